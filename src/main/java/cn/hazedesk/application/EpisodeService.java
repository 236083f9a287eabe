package cn.hazedesk.application;

import cn.hazedesk.domain.audit.AuditDetail;
import cn.hazedesk.domain.access.Action;
import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.application.port.AuditLog;
import cn.hazedesk.application.port.EpisodeStore;
import cn.hazedesk.application.port.EpisodeStore.Inspection;
import cn.hazedesk.application.port.EpisodeStore.StoredOrder;
import cn.hazedesk.application.port.EpisodeStore.TrackStep;
import cn.hazedesk.application.port.PhotoArchive;
import cn.hazedesk.application.port.Transactions;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.EpisodeAction;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.common.Outcome.Refusal;
import cn.hazedesk.domain.episode.EpisodeChange;
import cn.hazedesk.domain.episode.EpisodeRefusal;
import cn.hazedesk.domain.episode.EpisodeRules;
import cn.hazedesk.domain.episode.Proposal;
import cn.hazedesk.domain.episode.ProposalKind;
import cn.hazedesk.domain.episode.WorkflowSettings;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.response.ResponseOrder;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs warning episodes: every action goes through the domain state machine ({@link EpisodeRules}) and, when
 * accepted, is stored with its audit record in one transaction — publishing an issue or adjustment also generates
 * the round's response orders (grades in effect at the response start) and marks the previous round superseded.
 * A refused action changes nothing and says why. Order tracking, inspections and the downgrade after
 * non-compliance are run by {@link OrderTracking}, the evaluation by {@link EpisodeEvaluation}.
 */
public final class EpisodeService {
    private final Transactions tx;
    private final EpisodeStore store;
    private final EpisodeRules rules;
    private final WorkflowSettings settings;
    private final ResponseOrderService orders;
    private final AuditLog audit;
    private final RegionCatalog regions;
    private final Clock clock;
    private final OrderTracking tracking;
    private final EpisodeEvaluation evaluation;
    private final NoticeNumbers numbers;

    public EpisodeService(Transactions tx, EpisodeStore store, EpisodeRules rules, WorkflowSettings settings,
                          ResponseOrderService orders, GradingService grading, ReductionService reduction,
                          AuditLog audit, PhotoArchive photos, RegionCatalog regions, Clock clock,
                          java.util.function.Supplier<cn.hazedesk.domain.document.compose.Phrases> phrases) {
        this.tx = tx;
        this.store = store;
        this.rules = rules;
        this.settings = settings;
        this.orders = orders;
        this.audit = audit;
        this.regions = regions;
        this.clock = clock;
        this.tracking = new OrderTracking(tx, store, settings, audit, photos, clock, grading, phrases);
        this.evaluation = new EpisodeEvaluation(tx, store, reduction, regions);
        this.numbers = new NoticeNumbers(tx, store, settings, regions, clock);
    }

    public EpisodeRules rules() {
        return rules;
    }

    public WorkflowSettings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * A new draft. Only one real (non-drill) episode may be open at a time: while one is a draft or in force, a new
     * forecast belongs to it (a new consultation, then an adjustment) — docs/warning-criteria.md, "Two episodes close together".
     */
    public Outcome<Episode> create(String title, boolean drill, Actor by) {
        return create(title, drill, false, by);
    }

    /** As {@link #create(String, boolean, Actor)}; a temporary control (not a warning) is open beside a warning. */
    public Outcome<Episode> create(String title, boolean drill, boolean tempControl, Actor by) {
        Access.require(by, drill ? Action.DRILL_CREATE : Action.EPISODE_CREATE);
        String actor = by.name();
        return tx.inTransaction(() -> {
            long id = store.nextId(); // the episodes' turn first: another seat's new episode is then seen below
            if (!drill) {
                Optional<Episode> open = store.all().stream().filter(e -> !e.drill() && e.tempControl() == tempControl)
                        .filter(e -> e.phase() == cn.hazedesk.domain.episode.EpisodePhase.DRAFT || e.phase().inForce())
                        .findFirst();
                if (open.isPresent()) {
                    return Outcome.refused(EpisodeRefusal.ANOTHER_IN_FORCE, label(open.get()));
                }
            }
            Instant now = clock.instant();
            String t = title == null || title.isBlank() ? defaultTitle(now) : title.strip();
            Episode e = tempControl ? Episode.draftTempControl(id, t, actor, now) : Episode.draft(id, t, drill, actor, now);
            store.save(e);
            audit.record(now, actor, "episode.create", subject(e), AuditDetail.of("episode.create").with("title", t)
                    .with("drill", drill ? true : null).with("tempControl", tempControl ? true : null), e.id());
            return Outcome.accepted(e);
        });
    }

    private String defaultTitle(Instant now) {
        return settings.title(LocalDate.ofInstant(now, clock.getZone()));
    }

    public Outcome<Episode> act(long episodeId, EpisodeAction action, Actor by) {
        // warning episodes are city-wide: a district user may not take their steps
        Access.require(by, needed(action));
        String actor = by.name();
        return tx.inTransaction(() -> {
            // locked: another seat's action on this episode waits, then is checked against what this one stored
            Episode before = store.findForChange(episodeId).orElseThrow(() -> new IllegalArgumentException("no episode " + episodeId));
            Instant now = clock.instant();
            Outcome<EpisodeChange> outcome = rules.apply(before, action, actor, now);
            if (outcome instanceof Outcome.Refused<EpisodeChange> r) {
                return new Outcome.Refused<>(r.why());
            }
            if (action instanceof EpisodeAction.Publish p) {
                store.lockNumbers(); // the numbers' turn: a number another seat just gave is seen below
                Optional<Refusal> clash = publishClash(before, p);
                if (clash.isPresent()) {
                    return new Outcome.Refused<>(clash.get());
                }
            }
            EpisodeChange done = outcome.value();
            Episode after = done.episode();
            store.save(after);
            audit.record(now, actor, done.action(), subject(after), done.auditDetail(), after.id());
            // a temporary control has no per-enterprise orders: its notice states the general light measures
            if (action instanceof EpisodeAction.Publish && after.round() > before.round() && !after.tempControl()) {
                Proposal published = after.published().get(after.published().size() - 1);
                issueOrders(after, published, actor, now);
            }
            return Outcome.accepted(after);
        });
    }

    /** The permission each step of an episode needs (data/roles.csv gives roles their actions). */
    static Action needed(EpisodeAction a) {
        if (a instanceof EpisodeAction.Consult) {
            return Action.CONSULTATION_SAVE;
        } else if (a instanceof EpisodeAction.Propose) {
            return Action.PROPOSAL_CREATE;
        } else if (a instanceof EpisodeAction.Approve) {
            return Action.PROPOSAL_APPROVE;
        } else if (a instanceof EpisodeAction.Reject) {
            return Action.PROPOSAL_REJECT;
        } else if (a instanceof EpisodeAction.Withdraw) {
            return Action.PROPOSAL_WITHDRAW;
        } else if (a instanceof EpisodeAction.Publish) {
            return Action.PROPOSAL_PUBLISH;
        }
        return Action.EPISODE_CLOSE; // Close and Cancel
    }

    private Optional<Refusal> publishClash(Episode e, EpisodeAction.Publish p) {
        if (p.number() != null && !p.number().isBlank()) {
            Optional<Refusal> badNumber = numbers.clash(e, p.number().strip());
            if (badNumber.isPresent()) {
                return badNumber;
            }
        }
        boolean issue = e.open().map(q -> q.kind() == ProposalKind.ISSUE).orElse(false);
        if (issue && !e.drill()) {
            Optional<Episode> other = store.all().stream()
                    .filter(x -> !x.drill() && x.tempControl() == e.tempControl() && x.id() != e.id() && x.phase().inForce()).findFirst();
            if (other.isPresent()) {
                return Optional.of(Refusal.of(EpisodeRefusal.ANOTHER_IN_FORCE, label(other.get())));
            }
        }
        return Optional.empty();
    }

    private void issueOrders(Episode e, Proposal p, String actor, Instant now) {
        List<ResponseOrder> made = new ArrayList<>();
        for (Region d : regions.districts()) {
            WarningLevel level = e.levels().of(d.code());
            if (level == null) {
                continue; // a county-plan warning: a district without a level gets no orders
            }
            made.addAll(orders.ordersAt(level, Optional.of(d.name()), p.responseStart()));
        }
        store.insertOrders(e.id(), e.round(), p.seq(), made);
        int superseded = store.supersedeBefore(e.id(), e.round(), p.issuedAt());
        audit.record(now, actor, "episode.orders", subject(e), AuditDetail.of("episode.orders").with("round", e.round())
                .with("orders", made.size()).with("superseded", superseded > 0 ? superseded : null), e.id());
    }

    public List<Episode> all() {
        return tx.inTransaction(store::all);
    }

    public Optional<Episode> find(long id) {
        return tx.inTransaction(() -> store.find(id));
    }

    /** The next notice number this year, by the city's pattern (the officer may change it). */
    public String suggestNumber() {
        return numbers.suggest(false, false);
    }

    /** As {@link #suggestNumber()}, of a drill's series or a temporary control's ({@link NoticeNumbers}). */
    public String suggestNumber(boolean drill, boolean tempControl) {
        return numbers.suggest(drill, tempControl);
    }

    /** The number suggested for publishing {@code e}'s open proposal, in the series of who issues it ({@link NoticeNumbers}). */
    public String suggestNumber(Episode e) {
        return numbers.suggest(e);
    }

    /** The number of the episode's summary evaluation report, once given. */
    public Optional<String> summaryNumber(long episodeId) {
        return tx.inTransaction(() -> store.summaryNumber(episodeId));
    }

    /**
     * Gives the summary evaluation report its number (a blank clears it). Refused when another notice or report
     * already has the number, or the episode was never issued; recorded in the audit trail.
     */
    public Outcome<Episode> setSummaryNumber(long episodeId, String number, Actor by) {
        Access.require(by, Action.EVALUATION_WRITE);
        String actor = by.name();
        return tx.inTransaction(() -> {
            Episode e = store.findForChange(episodeId).orElseThrow(() -> new IllegalArgumentException("no episode " + episodeId));
            store.lockNumbers();
            if (e.issuedAt() == null) {
                return Outcome.refused(EpisodeRefusal.SUMMARY_NOT_ISSUED, e.phase().name());
            }
            String n = number == null || number.isBlank() ? null : number.strip();
            Optional<String> before = store.summaryNumber(episodeId);
            if (java.util.Objects.equals(before.orElse(null), n)) {
                return Outcome.accepted(e);
            }
            if (n != null && numberUsed(n, episodeId)) {
                return Outcome.refused(EpisodeRefusal.NUMBER_TAKEN, n);
            }
            store.setSummaryNumber(episodeId, n);
            audit.record(clock.instant(), actor, "episode.summaryNumber", subject(e), AuditDetail.of("episode.summaryNumber")
                    .with("from", before.orElse(null)).with("to", n), e.id());
            return Outcome.accepted(e);
        });
    }

    /** True when a notice of any episode, or another episode's summary report, has the number. */
    private boolean numberUsed(String n, long exceptSummaryOf) {
        boolean notice = store.all().stream().anyMatch(x -> n.equals(x.number())
                || x.proposals().stream().anyMatch(q -> n.equals(q.number())));
        boolean summary = store.all().stream().filter(x -> x.id() != exceptSummaryOf)
                .anyMatch(x -> store.summaryNumber(x.id()).map(n::equals).orElse(false));
        return notice || summary;
    }

    /** The orders the actor sees: a district user only their district's (docs/access.md). */
    public List<StoredOrder> orders(long episodeId, Actor who) {
        return orders(episodeId).stream().filter(o -> who.scope().covers(o.order().districtCode())).toList();
    }

    public List<StoredOrder> orders(long episodeId) {
        return tx.inTransaction(() -> store.orders(episodeId));
    }

    /**
     * Records one tracking step of a current order (delivered, acknowledged, implemented). Refused when the episode
     * is not in force or the order was superseded; an earlier step not yet recorded is recorded with it.
     */
    public Outcome<Episode> track(long orderId, TrackStep step, Actor by) {
        return tracking.track(orderId, step, by);
    }

    /** Records an inspection (督查) of an order's enterprise, keeping a copy of the photo in the data folder. */
    public Outcome<Episode> inspect(long orderId, Instant at, String inspector, String finding, boolean compliant, Path photo,
                          Actor by) {
        return tracking.inspect(orderId, at, inspector, finding, compliant, photo, by);
    }

    public List<Inspection> inspections(long orderId) {
        return tracking.inspections(orderId);
    }

    public void setObservedAqi(long episodeId, String regionCode, LocalDate day, Integer aqi, Actor by) {
        Access.require(by, Action.OBSERVED_AQI_RECORD, regionCode);
        String actor = by.name();
        if (aqi != null && aqi < 0) {
            throw new IllegalArgumentException("AQI below zero: " + aqi);
        }
        if (regions.byCode(regionCode).isEmpty()) {
            throw new IllegalArgumentException("unknown region " + regionCode);
        }
        tx.inTransaction(() -> {
            Episode e = store.findForChange(episodeId).orElseThrow();
            store.setObservedAqi(episodeId, regionCode, day, aqi);
            audit.record(clock.instant(), actor, "episode.observed", subject(e), AuditDetail.of("episode.observed")
                    .with("region", regionCode).with("day", day).with("aqi", aqi), episodeId);
        });
    }

    public Map<String, Map<LocalDate, Integer>> observedAqi(long episodeId) {
        return tx.inTransaction(() -> store.observedAqi(episodeId));
    }

    public List<EpisodeStore.TimelineEntry> timeline(long episodeId) {
        return tx.inTransaction(() -> store.timeline(episodeId));
    }

    /** Orders of the current round not acknowledged within the city's hours after their notice was issued. */
    public boolean overdue(Episode e, StoredOrder o, Instant now) {
        return tracking.overdue(e, o, now);
    }

    /** One row of the levels over time: a published notice and the levels it set or kept. */
    public record LevelChange(Instant at, String number, ProposalKind kind, cn.hazedesk.domain.episode.AreaLevels levels) {
    }

    /**
     * An area's estimated reduction of one pollutant at its level, against the target share; {@code dailyCut} and
     * {@code dailyBaseline} in tonnes per day (the summary report's table). {@code verdict} is MET / SHORT only
     * against the inventory; UNKNOWN (待核定) when the baseline is the list's own total.
     */
    public record ReductionRow(Region region, WarningLevel level, cn.hazedesk.domain.enterprise.Enterprise.Pollutant pollutant,
                               java.math.BigDecimal percent, java.math.BigDecimal targetPercent,
                               cn.hazedesk.domain.reduction.Verdict verdict,
                               cn.hazedesk.domain.reduction.BaselineSource baselineSource,
                               java.math.BigDecimal dailyCut, java.math.BigDecimal dailyBaseline) {
    }

    /** What the 总结评估 draws on. */
    /** Counts are of enterprises over the whole episode (any round); {@code notices} counts every order issued. */
    public record Evaluation(Episode episode, List<LevelChange> levels, int orders, int notices, long delivered,
                             long acknowledged,
                             long implemented, long inspected, List<String> nonCompliant,
                             List<ReductionRow> reductions, Map<String, Map<LocalDate, Integer>> observed,
                             List<EpisodeStore.TimelineEntry> timeline) {
    }

    /** The episode's evaluation: notices and levels over time, compliance, reductions against targets, observed AQI. */
    public Evaluation evaluate(long episodeId) {
        return evaluation.evaluate(episodeId);
    }

    /** A downgrade after non-compliance that was made: the enterprise, its grade before and after, the grade step. */
    public record Downgrade(String enterprise, PerformanceGrade from, PerformanceGrade to,
                            cn.hazedesk.domain.grading.GradeChange change) {
    }

    public cn.hazedesk.domain.common.Outcome<Downgrade> downgradeForNonCompliance(long orderId, Actor by) {
        return tracking.downgradeForNonCompliance(orderId, by);
    }

    /** The kind of an episode's structured audit subject (words: audit.subject.episode). */
    public static final String SUBJECT_KIND = "episode";

    /**
     * How the episode is named in audit records, as data: its title, its number once issued and a drill mark
     * ({@link AuditDetail}'s stored form, kind {@code episode}); worded when shown ({@code i18n.AuditSubjectText},
     * {@code audit.subject.episode}), so the subject reads in the user's language.
     */
    public static String subject(Episode e) {
        return AuditDetail.of(SUBJECT_KIND).with("drill", e.drill() ? true : null)
                .with("tempControl", e.tempControl() ? true : null).with("title", e.title())
                .with("number", e.number()).stored();
    }

    private static String label(Episode e) {
        return subject(e);
    }

    public ZoneId zone() {
        return clock.getZone();
    }
}
