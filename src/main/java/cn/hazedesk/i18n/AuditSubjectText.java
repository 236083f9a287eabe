package cn.hazedesk.i18n;

import cn.hazedesk.domain.audit.AuditDetail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words an audit record's subject when it is shown (操作记录, its export, a refusal naming an episode). A subject
 * written as structured data ({@link AuditDetail}'s stored form, e.g. an episode's title, number and drill mark) is
 * worded by {@code audit.subject.<kind>}, whose {@code {field}} places take a present field's value — through
 * {@code audit.subject.<kind>.<field>} ({0} the value) when the bundle has it — and are empty for an absent one.
 * Any other subject (a USCC, a user name, a record written before subjects were structured) is shown as stored.
 */
public final class AuditSubjectText {
    private static final Pattern PLACE = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private final Messages m;

    public AuditSubjectText(Messages messages) {
        this.m = messages;
    }

    /** The subject in words; a subject that is not structured data as it is. */
    public String text(String stored) {
        if (stored == null) {
            return "";
        }
        return AuditDetail.read(stored).map(this::text).orElse(stored);
    }

    private String text(AuditDetail d) {
        String key = "audit.subject." + d.kind();
        if (!m.has(key)) {
            // a kind this version has no words for (written by a newer one): its values as they are
            return String.join(" ", d.fields().values());
        }
        Matcher mt = PLACE.matcher(m.get(key));
        StringBuilder b = new StringBuilder();
        while (mt.find()) {
            String field = mt.group(1);
            String wrap = key + "." + field;
            String v = d.field(field).map(x -> m.has(wrap) ? m.get(wrap, x) : x).orElse("");
            mt.appendReplacement(b, Matcher.quoteReplacement(v));
        }
        mt.appendTail(b);
        return b.toString();
    }
}
