package cn.hazedesk.application.port;

import cn.hazedesk.application.ChangeRecord;
import cn.hazedesk.domain.enterprise.FieldChange;

import java.time.Instant;
import java.util.List;

/** The per-enterprise change history, kept by USCC so that it outlives a deletion. */
public interface ChangeLog {
    void record(String uscc, String enterpriseName, Instant when, String actor, List<FieldChange> changes);

    /** The changes of one enterprise, for {@link #recordAll}. */
    record Entry(String uscc, String enterpriseName, List<FieldChange> changes) {
    }

    /**
     * Records many enterprises' changes at once, as part of writing list version {@code listVersion} (see
     * {@link ListVersions}): they are shown once that version is current, and never if it is abandoned.
     */
    void recordAll(Instant when, String actor, List<Entry> entries, long listVersion);

    /** Newest first. */
    List<ChangeRecord> history(String uscc);
}
