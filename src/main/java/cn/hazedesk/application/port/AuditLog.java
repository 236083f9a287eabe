package cn.hazedesk.application.port;

import java.time.Instant;

/** Every action that changes stored data leaves a record: who, when, what, on which subject, details. */
public interface AuditLog {
    void record(Instant when, String actor, String action, String subject, String detail);

    /** The same, for an action on a warning episode: the episode's timeline lists it. */
    default void record(Instant when, String actor, String action, String subject, String detail, long episodeId) {
        record(when, actor, action, subject, detail);
    }
}
