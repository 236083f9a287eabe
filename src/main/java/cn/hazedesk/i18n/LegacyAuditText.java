package cn.hazedesk.i18n;

import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Audit records written before details were structured ({@code cn.hazedesk.domain.audit.AuditDetail}): free text
 * such as {@code proposal 1 ISSUE city=ORANGE 640202=ORANGE} with {@code before: ...}/{@code after: ...} lines. They are
 * part of the tamper-evident chain and are never rewritten; to show them readably their region, level, phase, kind
 * and state codes are replaced by words and the before/after lines labelled, as the versions that wrote them did.
 * Only such old records come here: a structured detail is worded by {@link AuditDetailText} and never parsed.
 */
final class LegacyAuditText {
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]+\\b");
    private final Messages m;
    private final RegionCatalog regions;

    LegacyAuditText(Messages messages, RegionCatalog regions) {
        this.m = messages;
        this.regions = regions;
    }

    List<String> lines(String stored) {
        return stored.lines().map(this::line).toList();
    }

    private String line(String line) {
        if (line.startsWith("before: ")) {
            return m.get("audit.detail.before", codes(line.substring("before: ".length())));
        }
        if (line.startsWith("after: ")) {
            return m.get("audit.detail.after", codes(line.substring("after: ".length())));
        }
        return codes(line);
    }

    private String codes(String text) {
        String out = text;
        for (Region r : regions.regions()) {
            out = out.replace(r.code() + "=", r.name() + " ").replace("city=", regions.city().name() + " ");
        }
        Matcher mt = CODE.matcher(out);
        StringBuilder b = new StringBuilder();
        while (mt.find()) {
            mt.appendReplacement(b, Matcher.quoteReplacement(codeWord(mt.group())));
        }
        mt.appendTail(b);
        return b.toString();
    }

    private String codeWord(String code) {
        for (String prefix : List.of("warning.level.", "episode.phase.", "episode.kind.", "episode.proposalState.")) {
            if (m.has(prefix + code)) {
                return m.get(prefix + code);
            }
        }
        if (code.contains("_")) {
            String[] parts = code.split("_");
            for (int cut = parts.length - 1; cut > 0; cut--) {
                String head = String.join("_", java.util.Arrays.copyOfRange(parts, 0, cut));
                String tail = String.join("_", java.util.Arrays.copyOfRange(parts, cut, parts.length));
                String h = codeWord(head);
                String t = codeWord(tail);
                if (!h.equals(head) && !t.equals(tail)) {
                    return h + m.get("audit.detail.legacyJoin") + t;
                }
            }
        }
        return code;
    }
}
