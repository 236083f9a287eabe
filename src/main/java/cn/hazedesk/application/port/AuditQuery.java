package cn.hazedesk.application.port;

import cn.hazedesk.application.AuditEntry;
import cn.hazedesk.application.AuditFilter;

import java.util.List;

/** Reads the audit trail that {@link AuditLog} writes. */
public interface AuditQuery {
    /** The records matching {@code filter}, newest first, skipping {@code offset} and at most {@code limit}. */
    List<AuditEntry> find(AuditFilter filter, int offset, int limit);

    /** How many records match {@code filter}. */
    long count(AuditFilter filter);

    /** The action codes present in the trail, each once, in code order. */
    List<String> actions();

    /** Every record whose subject equals {@code subject}, oldest first. */
    List<AuditEntry> forSubject(String subject);
}
