package cn.hazedesk.application;

import java.time.LocalDateTime;

/**
 * One record of the audit trail as stored: when (wall-clock time in the store's zone), who, which action (a code
 * such as {@code enterprise.update}), on which subject (a USCC, a file name, ...), and the details.
 */
public record AuditEntry(long id, LocalDateTime when, String actor, String action, String subject, String detail) {
}
