package cn.hazedesk.i18n;

import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.AreaLevels;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.episode.Proposal;
import cn.hazedesk.domain.episode.ProposalKind;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Episodes in words: status, kinds, levels per area, times, durations, and each refusal (why, what to do). */
public final class EpisodeText {
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Messages m;
    private final RegionCatalog regions;
    private final ZoneId zone;

    public EpisodeText(Messages messages, RegionCatalog regions, ZoneId zone) {
        this.m = messages;
        this.regions = regions;
        this.zone = zone;
    }

    public String level(WarningLevel l) {
        return l == null ? m.get("episode.level.none") : m.get("warning.level." + l.name());
    }

    public String kind(ProposalKind k) {
        return m.get("episode.kind." + k.name());
    }

    /** e.g. "待审签：发布预警" or "响应中". */
    public String status(Episode e) {
        String phase = m.get("episode.phase." + e.phase().name());
        return e.open().map(p -> m.get("episode.status.open", phase, kind(p.kind()),
                m.get("episode.proposalState." + p.state().name()))).orElse(phase);
    }

    public String proposalState(Proposal p) {
        return m.get("episode.proposalState." + p.state().name());
    }

    /** 全市 黄色预警；大武口区 橙色预警 … */
    public String levels(AreaLevels l) {
        if (l == null) {
            return m.get("episode.level.none");
        }
        List<String> parts = new ArrayList<>();
        parts.add(m.get("episode.levels.city", regions.city().name(), level(l.city())));
        for (Region d : regions.districts()) {
            parts.add(m.get("episode.levels.district", d.name(), level(l.of(d.code()))));
        }
        return String.join(m.get("episode.levels.separator"), parts);
    }

    public String time(Instant t) {
        return t == null ? "—" : TIME.format(t.atZone(zone));
    }

    /** "3 小时 20 分" / "3 h 20 min"; negative → "尚未开始". */
    public String duration(Instant from, Instant now) {
        if (from == null) {
            return "—";
        }
        Duration d = Duration.between(from, now);
        if (d.isNegative()) {
            return m.get("episode.duration.notYet", time(from));
        }
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        return days > 0 ? m.get("episode.duration.days", days, hours, minutes) : m.get("episode.duration.hours", hours, minutes);
    }

    public String title(Episode e) {
        return (e.drill() ? m.get("episode.drillPrefix") : "") + e.title() + (e.number() == null ? "" : " " + e.number());
    }

    /**
     * An audit detail as the episode code writes it (codes of regions, levels, states, kinds) made readable: region
     * codes become names, level/phase/kind/state codes their words, before/after their labels.
     */
    public String readable(String detail) {
        if (detail == null) {
            return "";
        }
        String out = detail;
        for (Region r : regions.regions()) {
            out = out.replace(r.code() + "=", r.name() + " ").replace("city=", regions.city().name() + " ");
        }
        out = out.replace("before: ", m.get("episode.detail.before")).replace("after: ", m.get("episode.detail.after"));
        java.util.regex.Matcher mt = java.util.regex.Pattern.compile("\\b[A-Z][A-Z_]+\\b").matcher(out);
        StringBuilder b = new StringBuilder();
        while (mt.find()) {
            mt.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(codeWord(mt.group())));
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
                    return h + m.get("episode.detail.join") + t;
                }
            }
        }
        return code;
    }

    /**
     * Why an episode, order-tracking or inspection action was refused and what to do instead: the words of the
     * refusal's code ({@link Outcome.Refusal#key()}) with its facts in words.
     */
    public String refusal(Outcome.Refusal r) {
        Object[] args = r.args().stream().map(this::word).toArray();
        return m.get(r.key(), args);
    }

    /** Codes inside refusal arguments (phases, kinds, levels, times) in words; anything else as it is. */
    private String word(String a) {
        for (WarningLevel l : WarningLevel.values()) {
            if (l.name().equals(a)) {
                return level(l);
            }
        }
        for (cn.hazedesk.domain.warning.RecommendedLevel l : cn.hazedesk.domain.warning.RecommendedLevel.values()) {
            if (l.name().equals(a)) {
                return m.get("warning.level." + l.name());
            }
        }
        for (ProposalKind k : ProposalKind.values()) {
            if (k.name().equals(a)) {
                return kind(k);
            }
        }
        for (cn.hazedesk.domain.episode.EpisodePhase p : cn.hazedesk.domain.episode.EpisodePhase.values()) {
            if (p.name().equals(a)) {
                return m.get("episode.phase." + p.name());
            }
        }
        try {
            return time(Instant.parse(a));
        } catch (java.time.format.DateTimeParseException e) {
            return a;
        }
    }
}
