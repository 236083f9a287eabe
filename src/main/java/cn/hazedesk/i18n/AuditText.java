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

    /**
     * One line of a record's details as read: a line {@code before: ...} or {@code after: ...} (how the episode
     * workflow records a change) starts with the words for before and after; other lines stay as written.
     */
    public String detailLine(String line) {
        if (line.startsWith("before: ")) {
            return m.get("audit.detail.before", line.substring("before: ".length()));
        }
        if (line.startsWith("after: ")) {
            return m.get("audit.detail.after", line.substring("after: ".length()));
        }
        return line;
    }
}
