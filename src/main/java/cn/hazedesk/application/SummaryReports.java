package cn.hazedesk.application;

import cn.hazedesk.domain.document.compose.Phrases;
import cn.hazedesk.application.port.EpisodeStore.StoredOrder;
import cn.hazedesk.domain.document.PollutantReduction;
import cn.hazedesk.domain.document.SummaryReport;
import cn.hazedesk.domain.document.TimelineRow;
import cn.hazedesk.domain.enterprise.Enterprise.Pollutant;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.AreaLevels;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.Proposal;
import cn.hazedesk.domain.episode.ProposalKind;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.response.OrderLine;
import cn.hazedesk.domain.response.ResponseOrder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summary evaluation report (总结评估报告) from what the episode recorded: the timeline of its published
 * notices, the peak AQI (observed, else forecast), the orders and inspections counted, the city's reductions against
 * their targets. Nothing is invented: what the episode does not hold stays null for the template to word.
 */
final class SummaryReports {
    private static final int HEAVY_AQI = 201;

    private final EpisodeService episodes;
    private final RegionCatalog regions;
    private final LevelChanges levelChanges;

    private final java.util.function.Supplier<Phrases> phrases;

    SummaryReports(EpisodeService episodes, RegionCatalog regions, LevelChanges levelChanges,
                   java.util.function.Supplier<Phrases> phrases) {
        this.phrases = phrases;
        this.episodes = episodes;
        this.regions = regions;
        this.levelChanges = levelChanges;
    }

    private LocalDateTime local(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, episodes.zone());
    }

    SummaryReport report(Episode e) {
        if (e.issuedAt() == null || e.tempControl()) {
            // a temporary control has no level to report: the report would claim one
            throw new IllegalArgumentException("episode " + e.id() + " was never issued as a warning");
        }
        Phrases words = phrases.get();
        EpisodeService.Evaluation ev = episodes.evaluate(e.id());
        List<Proposal> published = e.published();
        List<TimelineRow> timeline = new ArrayList<>();
        AreaLevels prev = null;
        WarningLevel highest = null;
        for (Proposal p : published) {
            AreaLevels l = p.levels();
            WarningLevel after = p.kind() == ProposalKind.LIFT || p.kind() == ProposalKind.SUSPEND ? null
                    : l == null ? (prev == null ? null : LevelChanges.headline(prev)) : LevelChanges.headline(l);
            String note = words.join("clauseSeparator", p.number(), p.kind() == ProposalKind.LIFT || l == null ? null : levelChanges.districtNote(l),
                    p.onHigherNotice() ? words.get("report.basis", "notice", p.basisNotice()) : null);
            timeline.add(new TimelineRow(local(p.issuedAt()), words.get("report.event." + event(p, prev)), after, note));
            if (l != null && p.kind() != ProposalKind.LIFT) {
                highest = highest == null || l.highest().compareTo(highest) > 0 ? l.highest() : highest;
                prev = l;
            }
        }
        if (highest == null) {
            highest = e.levels() == null ? WarningLevel.YELLOW : e.levels().highest();
        }
        // the peak: observed AQI when recorded, else the highest forecast
        Map<LocalDate, Integer> daily = new TreeMap<>();
        ev.observed().values().forEach(m -> m.forEach((d, a) -> { if (a != null) daily.merge(d, a, Math::max); }));
        boolean observed = !daily.isEmpty();
        if (!observed) {
            e.consultations().forEach(c -> c.days().forEach(d -> daily.merge(d.date(), d.aqi(), Math::max)));
        }
        Integer peak = daily.values().stream().max(Integer::compare).orElse(null);
        int heavy = (int) daily.values().stream().filter(a -> a >= HEAVY_AQI).count();
        String pollutant = e.latestConsultation().flatMap(EpisodeDocumentService::primaryPollutant).orElse(null);

        List<StoredOrder> orders = episodes.orders(e.id());
        List<ResponseOrder> current = orders.stream().filter(StoredOrder::current).map(StoredOrder::order).toList();
        int stopped = (int) current.stream().filter(o -> has(o, MeasureType.STOP)).count();
        int limited = (int) current.stream().filter(o -> !has(o, MeasureType.STOP))
                .filter(o -> o.lines().stream().anyMatch(SummaryReports::restricts)).count();
        int lines = (int) current.stream().flatMap(o -> o.lines().stream()).filter(SummaryReports::restricts).count();
        int visits = orders.stream().mapToInt(StoredOrder::inspections).sum();
        int problems = orders.stream().mapToInt(StoredOrder::nonCompliant).sum();

        Region city = regions.city();
        Map<Pollutant, PollutantReduction> reductions = new EnumMap<>(Pollutant.class);
        for (EpisodeService.ReductionRow r : ev.reductions()) {
            if (r.region().code().equals(city.code()) && r.dailyCut() != null && r.dailyBaseline() != null) {
                reductions.put(r.pollutant(), new PollutantReduction(pollutantName(r.pollutant()),
                        r.dailyCut().setScale(3, RoundingMode.HALF_UP), r.dailyBaseline().setScale(3, RoundingMode.HALF_UP),
                        r.targetPercent().divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP).stripTrailingZeros(),
                        r.baselineSource() == cn.hazedesk.domain.reduction.BaselineSource.INVENTORY));
            }
        }
        String text = e.summary().isBlank() ? null : e.summary().strip();
        LocalDateTime end = local(e.liftedAt());
        // the period: from the warning's issue (or an earlier response start) to its lift
        Instant from = e.responseStart() != null && e.responseStart().isBefore(e.issuedAt()) ? e.responseStart() : e.issuedAt();
        SummaryReport.Orders counts = new SummaryReport.Orders(ev.orders(), (int) ev.delivered(), (int) ev.acknowledged(),
                (int) ev.implemented(), stopped, limited, lines);
        return new SummaryReport(episodes.summaryNumber(e.id()).orElse(null),
                end == null ? LocalDate.now(episodes.clock()) : end.toLocalDate(), local(from), end, List.of(), highest,
                peak, observed, null, pollutant, observed ? heavy : null, null, timeline, counts, null, null,
                visits, (int) ev.inspected(), problems, null, List.copyOf(reductions.values()),
                text, ev.nonCompliant().isEmpty() ? null
                        : words.get("report.nonCompliant", "names", words.joinAll("listSeparator", ev.nonCompliant())),
                null, e.drill());
    }

    private static boolean has(ResponseOrder o, MeasureType t) {
        return o.lines().stream().anyMatch(l -> l.type() == t);
    }

    private static boolean restricts(OrderLine l) {
        return l.type() != null && l.type() != MeasureType.VOLUNTARY && l.type() != MeasureType.TRANSPORT;
    }

    private static String pollutantName(Pollutant p) {
        return switch (p) {
            case SO2 -> "SO2";
            case NOX -> "NOx";
            case PM -> "PM";
            case VOCS -> "VOCs";
        };
    }

    /** The event of a published proposal on the timeline: its kind, an adjustment by its direction (phrases.txt). */
    private static String event(Proposal p, AreaLevels prev) {
        return switch (p.kind()) {
            case ADJUST -> prev == null ? "ADJUST" : switch (Integer.signum(LevelChanges.direction(prev, p.levels()))) {
                case 1 -> "UPGRADE";
                case -1 -> "DOWNGRADE";
                default -> "ADJUST";
            };
            default -> p.kind().name();
        };
    }
}
