package cn.hazedesk.application;

import java.time.LocalDate;

/**
 * Which audit records to show; every criterion given must hold, and an empty one (null or blank) matches all.
 *
 * @param from       first day, inclusive
 * @param to         last day, inclusive
 * @param actor      the operator: equal to it when {@code actorExact}, else containing it (ignoring case)
 * @param actorExact whether {@code actor} must match exactly
 * @param action     the action code, exactly
 * @param text       contained in the subject or the details, ignoring case
 */
public record AuditFilter(LocalDate from, LocalDate to, String actor, boolean actorExact, String action, String text) {
    /** No criterion: every record. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, false, null, null);

    public AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
        text = blankToNull(text);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public AuditFilter between(LocalDate first, LocalDate last) {
        return new AuditFilter(first, last, actor, actorExact, action, text);
    }

    public AuditFilter byActor(String name) {
        return new AuditFilter(from, to, name, true, action, text);
    }

    public AuditFilter actorContaining(String part) {
        return new AuditFilter(from, to, part, false, action, text);
    }

    public AuditFilter withAction(String code) {
        return new AuditFilter(from, to, actor, actorExact, code, text);
    }

    public AuditFilter containing(String words) {
        return new AuditFilter(from, to, actor, actorExact, action, words);
    }
}
