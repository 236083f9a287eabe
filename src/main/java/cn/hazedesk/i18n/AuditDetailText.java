package cn.hazedesk.i18n;

import cn.hazedesk.domain.audit.AuditDetail;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words an audit record's details when it is shown (操作记录, an episode's timeline). A structured detail
 * ({@link AuditDetail}) is worded by {@code audit.detail.<kind>}, whose {@code {field}} places take the field's value
 * in words; a field that is present and has a key {@code audit.detail.<kind>.<field>} adds that fragment (optional
 * facts: a photo, a notice, a comment). A field's value in words: {@code audit.detail.<kind>.<field>.<value>} when the
 * bundle has it, else by the field's name — {@code region} a region's name; {@code levels}, {@code recommended},
 * {@code ...Levels} the levels per area; {@code ...Phase}, {@code kind} / {@code ...Open}, {@code ...OpenState} the
 * episode's words; {@code grade}, {@code to}, {@code status}, {@code downgradeReason}, {@code role}, {@code mode} their
 * words — and an ISO instant as local time {@code yyyy-MM-dd HH:mm}; anything else (a number, a name, a typed reason)
 * as it is. The episode's state before and after a step ({@code before...}/{@code after...} fields) follows on lines
 * of their own. Records written before details were structured are shown by {@link LegacyAuditText}.
 */
public final class AuditDetailText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?Z");
    private static final Pattern PLACE = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final List<String> SIDES = List.of("before", "after");
    private final Messages m;
    private final RegionCatalog regions;
    private final ZoneId zone;
    private final LegacyAuditText legacy;

    public AuditDetailText(Messages messages, RegionCatalog regions, ZoneId zone) {
        this.m = messages;
        this.regions = regions;
        this.zone = zone;
        this.legacy = new LegacyAuditText(messages, regions);
    }

    /** The details as lines of words: the step's own line, then (for an episode step) the state before and after. */
    public List<String> lines(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return AuditDetail.read(stored).map(this::lines).orElseGet(() -> legacy.lines(stored));
    }

    /** All lines in one text, one per line. */
    public String text(String stored) {
        return String.join("\n", lines(stored));
    }

    List<String> lines(AuditDetail d) {
        List<String> out = new ArrayList<>();
        String main = main(d);
        if (!main.isEmpty()) {
            out.add(main);
        }
        for (String side : SIDES) {
            if (d.field(side + "Phase").isPresent()) {
                out.add(m.get("audit.detail." + side, state(d, side)));
            }
        }
        return out;
    }

    private String main(AuditDetail d) {
        String key = "audit.detail." + d.kind();
        List<String> used = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        if (m.has(key)) {
            b.append(fill(d, m.get(key), used));
        } else {
            // a kind this version has no words for (written by a newer one): its facts as they are
            d.fields().forEach((k, v) -> {
                if (!isState(k)) {
                    b.append(b.isEmpty() ? "" : m.get("audit.detail.fieldSeparator")).append(word(d, k, v));
                }
            });
            return b.toString();
        }
        for (Map.Entry<String, String> f : d.fields().entrySet()) {
            String fragment = key + "." + f.getKey();
            if (!used.contains(f.getKey()) && !isState(f.getKey()) && m.has(fragment)) {
                b.append(fill(d, m.get(fragment), used));
            }
        }
        return b.toString();
    }

    private static boolean isState(String field) {
        return SIDES.stream().anyMatch(s -> field.startsWith(s) && field.length() > s.length()
                && Character.isUpperCase(field.charAt(s.length())));
    }

    private String fill(AuditDetail d, String pattern, List<String> used) {
        Matcher mt = PLACE.matcher(pattern);
        StringBuilder b = new StringBuilder();
        while (mt.find()) {
            String name = mt.group(1);
            used.add(name);
            String v = d.field(name).map(x -> word(d, name, x)).orElse("—");
            mt.appendReplacement(b, Matcher.quoteReplacement(v));
        }
        mt.appendTail(b);
        return b.toString();
    }

    private String state(AuditDetail d, String side) {
        String phase = d.field(side + "Phase").map(p -> m.get("episode.phase." + p)).orElse("");
        String s = d.field(side + "Open").map(k -> m.get("episode.status.open", phase, m.get("episode.kind." + k),
                d.field(side + "OpenState").map(x -> m.get("episode.proposalState." + x)).orElse(""))).orElse(phase);
        return d.field(side + "Levels").map(l -> m.get("audit.detail.state", s, levels(l))).orElse(s);
    }

    /** One field's value in words (see the class comment). */
    String word(AuditDetail d, String field, String value) {
        String own = "audit.detail." + d.kind() + "." + field + "." + value;
        if (m.has(own)) {
            return m.get(own);
        }
        if (field.equals("region")) {
            return regions.byCode(value).map(Region::name).orElse(value);
        }
        if (field.equals("levels") || field.equals("recommended") || field.endsWith("Levels")) {
            return levels(value);
        }
        if (field.endsWith("Phase")) {
            return known("episode.phase." + value, value);
        }
        if (field.equals("kind") || field.endsWith("Open")) {
            return known("episode.kind." + value, value);
        }
        if (field.endsWith("OpenState")) {
            return known("episode.proposalState." + value, value);
        }
        switch (field) {
            case "grade", "to" -> {
                return known("enum.PerformanceGrade." + value, value);
            }
            case "status" -> {
                return known("grading.status." + value, value);
            }
            case "downgradeReason" -> {
                return known("grading.reason." + value, value);
            }
            case "role" -> {
                return known("role." + value, value);
            }
            case "mode" -> {
                return value.equals("MERGE") ? m.get("import.mode.merge")
                        : value.equals("REPLACE") ? m.get("import.mode.replace") : value;
            }
            default -> {
            }
        }
        if (INSTANT.matcher(value).matches()) {
            try {
                return TIME.format(Instant.parse(value).atZone(zone));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }

    private String known(String key, String value) {
        return m.has(key) ? m.get(key) : value;
    }

    /** {@code city:ORANGE,640202:RED,...} as 全市 橙色预警；大武口区 红色预警 …. */
    private String levels(String value) {
        List<String> parts = new ArrayList<>();
        for (String pair : value.split(",")) {
            int colon = pair.indexOf(':');
            if (colon < 0) {
                parts.add(pair);
                continue;
            }
            String area = pair.substring(0, colon);
            String level = known("warning.level." + pair.substring(colon + 1), pair.substring(colon + 1));
            boolean city = area.equals("city") || area.equals(regions.city().code());
            String name = city ? regions.city().name() : regions.byCode(area).map(Region::name).orElse(area);
            parts.add(m.get(city ? "episode.levels.city" : "episode.levels.district", name, level));
        }
        return String.join(m.get("episode.levels.separator"), parts);
    }
}
