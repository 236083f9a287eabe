package cn.hazedesk.application.port;

import cn.hazedesk.application.ChangeRecord;
import cn.hazedesk.domain.enterprise.FieldChange;

import java.time.Instant;
import java.util.List;

/** The per-enterprise change history, kept by USCC so that it outlives a deletion. */
public interface ChangeLog {
    void record(String uscc, String enterpriseName, Instant when, String actor, List<FieldChange> changes);

    /** Newest first. */
    List<ChangeRecord> history(String uscc);
}
