package cn.hazedesk.application.port;

import java.time.Instant;

/** Every action that changes stored data leaves a record: who, when, what, on which subject, details. */
public interface AuditLog {
    void record(Instant when, String actor, String action, String subject, String detail);
}
