package cn.hazedesk.i18n;

/**
 * Words audit records for people: the action code (such as {@code enterprise.update}) by bundle key
 * {@code audit.action.<code>}, so that the 操作记录 page and an episode's timeline say the same thing.
 */
public final class AuditText {
    private final Messages m;

    public AuditText(Messages m) {
        this.m = m;
    }

    /** The action in words; a code without words (written by a newer version, say) shows as itself. */
    public String action(String code) {
        return m.has("audit.action." + code) ? m.get("audit.action." + code) : code;
    }
}
