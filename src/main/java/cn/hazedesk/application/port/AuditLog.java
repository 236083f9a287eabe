package cn.hazedesk.application.port;

import cn.hazedesk.domain.audit.AuditDetail;

import java.time.Instant;

/**
 * Every action that changes stored data leaves a record: who, when, what, on which subject, and its details as data
 * ({@link AuditDetail}, stored in its canonical form and worded only when shown).
 */
public interface AuditLog {
    void record(Instant when, String actor, String action, String subject, AuditDetail detail);

    /** The same, for an action on a warning episode: the episode's timeline lists it. */
    void record(Instant when, String actor, String action, String subject, AuditDetail detail, long episodeId);
}
