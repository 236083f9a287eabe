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
    private final AuditDetailText details;

    public EpisodeText(Messages messages, RegionCatalog regions, ZoneId zone) {
        this.m = messages;
        this.regions = regions;
        this.zone = zone;
        this.details = new AuditDetailText(messages, regions, zone);
    }

    public String level(WarningLevel l) {
        return l == null ? m.get("episode.level.none") : m.get("warning.level." + l.name());
    }

    private String areaLevel(WarningLevel l) {
        return l == null ? m.get("warning.level.NONE") : level(l);
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
        // a county-plan warning: the city and the districts without a level read 不预警
        parts.add(m.get("episode.levels.city", regions.city().name(), areaLevel(l.city())));
        for (Region d : regions.districts()) {
            parts.add(m.get("episode.levels.district", d.name(), areaLevel(l.of(d.code()))));
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

    /**
     * The office that must sign (分管副市长, 市长 — as data/warning-workflow.csv names it) in the user's language:
     * office.<the name> in the bundles; an office the bundles do not know is shown as the city wrote it.
     */
    public String office(String name) {
        return name == null ? "" : m.has("office." + name) ? m.get("office." + name) : name;
    }

    public String title(Episode e) {
        return (e.drill() ? m.get("episode.drillPrefix") : "") + (e.tempControl() ? m.get("episode.tempControlPrefix") : "") + e.title() + (e.number() == null ? "" : " " + e.number());
    }

    /** An audit record's details in words, one line each (see {@link AuditDetailText}). */
    public String auditDetail(String stored) {
        return details.text(stored);
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
