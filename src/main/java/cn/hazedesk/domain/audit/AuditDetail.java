package cn.hazedesk.domain.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The details of an audit record as data: a kind (such as {@code episode.orders}) and named fields in a fixed order
 * whose values are codes, ids, numbers, ISO instants or dates — or text a person typed (a reason, a finding, a
 * name), kept as typed. Words come only when a record is shown ({@code i18n.AuditDetailText}, bundle keys
 * {@code audit.detail.<kind>}); nothing reads words back.
 *
 * <p><b>Stored form</b> (the audit table's detail column, which the hash chain covers, so it is canonical: the same
 * detail always gives the same text): {@code ad1:<kind>} followed by {@code &<name>=<value>} per field in the order
 * they were added. Kind and names are {@code [A-Za-z0-9_.]}; in values {@code %}, {@code &}, {@code =} and the control
 * characters are written {@code %XX} (upper-case hex; only ASCII is escaped), everything else as it is (Chinese stays readable in
 * the database). A field whose value is null is left out. Records written before this form (free text) do not start
 * with {@code ad1:} and {@link #read} gives nothing for them; they are shown as stored.
 */
public record AuditDetail(String kind, Map<String, String> fields) {
    /** The prefix of the stored form (version 1). */
    public static final String PREFIX = "ad1:";

    public AuditDetail {
        if (!kind.matches("[A-Za-z0-9_.]+")) {
            throw new IllegalArgumentException("audit detail kind " + kind);
        }
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        for (String name : fields.keySet()) {
            if (!name.matches("[A-Za-z0-9_]+")) {
                throw new IllegalArgumentException("audit detail field " + name);
            }
        }
    }

    /** The details of a record that needs none beyond its action and subject (a sign-in, say). */
    public static final AuditDetail NONE = new AuditDetail("none", Map.of());

    public static AuditDetail of(String kind) {
        return new AuditDetail(kind, Map.of());
    }

    /** This detail with one more field (left out when {@code value} is null); its text is {@code String.valueOf}. */
    public AuditDetail with(String name, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> f = new LinkedHashMap<>(fields);
        f.put(name, String.valueOf(value));
        return new AuditDetail(kind, f);
    }

    /** A field's value, if present. */
    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The canonical stored form (see the class comment). */
    public String stored() {
        StringBuilder b = new StringBuilder(PREFIX).append(kind);
        fields.forEach((k, v) -> b.append('&').append(k).append('=').append(escape(v)));
        return b.toString();
    }

    /** The detail a stored text holds; empty for a record written as free text before structured details. */
    public static Optional<AuditDetail> read(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = stored.substring(PREFIX.length()).split("&", -1);
        Map<String, String> f = new LinkedHashMap<>();
        try {
            for (int i = 1; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                if (eq <= 0) {
                    return Optional.empty();
                }
                f.put(parts[i].substring(0, eq), unescape(parts[i].substring(eq + 1)));
            }
            return Optional.of(new AuditDetail(parts[0], f));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private static String escape(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '%' || c == '&' || c == '=' || c < 0x20 || c == 0x7f) {
                b.append('%').append(String.format("%02X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String unescape(String v) {
        if (v.indexOf('%') < 0) {
            return v;
        }
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '%') {
                if (i + 3 > v.length()) {
                    throw new IllegalArgumentException("cut escape");
                }
                b.append((char) Integer.parseInt(v.substring(i + 1, i + 3), 16)); // only ASCII is escaped
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return stored();
    }
}
