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
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.common.Outcome.Refusal;
import cn.hazedesk.domain.episode.Proposal;
import cn.hazedesk.domain.episode.WorkflowSettings;
import cn.hazedesk.domain.response.OrderTrackingRefusal;
import cn.hazedesk.domain.response.OrderTrackingRules;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static cn.hazedesk.application.EpisodeService.subject;

/**
 * What happens to an episode's orders once issued: the tracking steps (delivered, acknowledged, implemented), the
 * inspections (督查) with their photos, the overdue acknowledgements, and the grade downgrade asked for after
 * non-compliance. The rules are {@link OrderTrackingRules}'; this runs them: each write is one transaction with its
 * audit record; a refused step changes nothing.
 */
final class OrderTracking {
    private final Transactions tx;
    private final EpisodeStore store;
    private final WorkflowSettings settings;
    private final AuditLog audit;
    private final PhotoArchive photos;
    private final Clock clock;
    private final GradingService grading;
    private final java.util.function.Supplier<cn.hazedesk.domain.document.compose.Phrases> phrases;

    OrderTracking(Transactions tx, EpisodeStore store, WorkflowSettings settings, AuditLog audit, PhotoArchive photos,
                  Clock clock, GradingService grading,
                  java.util.function.Supplier<cn.hazedesk.domain.document.compose.Phrases> phrases) {
        this.tx = tx;
        this.store = store;
        this.settings = settings;
        this.audit = audit;
        this.photos = photos;
        this.clock = clock;
        this.grading = grading;
        this.phrases = phrases;
    }

    /**
     * Records one tracking step of a current order (delivered, acknowledged, implemented). Refused when the episode
     * is not in force or the order was superseded; an earlier step not yet recorded is recorded with it.
     */
    Outcome<Episode> track(long orderId, TrackStep step, Actor by) {
        String actor = by.name();
        return tx.inTransaction(() -> {
            Tracked t = tracked(orderId);
            Access.require(by, Action.ORDER_TRACK, t.order().order().districtCode());
            if (t.refusal().isPresent()) {
                return new Outcome.Refused<>(t.refusal().get());
            }
            StoredOrder o = t.order();
            Episode e = t.episode();
            Instant now = clock.instant();
            for (TrackStep s : TrackStep.values()) {
                if (s.ordinal() <= step.ordinal() && store.track(orderId, s, now, actor)) {
                    audit.record(now, actor, "order." + s.name().toLowerCase(java.util.Locale.ROOT), subject(e),
                            AuditDetail.of("order.step").with("step", s).with("enterprise", o.order().enterpriseName())
                                    .with("uscc", o.order().uscc()).with("round", o.round()), e.id());
                }
            }
            return Outcome.accepted(e);
        });
    }

    /** An order with its episode, and why it cannot be tracked now (if so). */
    private record Tracked(StoredOrder order, Episode episode, Optional<Refusal> refusal) {
    }

    /**
     * The episode kept from changing first (a publication superseding the orders waits for this step, or this step
     * for it, and then sees it; other seats' steps go on beside it), then the order read as it is stored.
     */
    private Tracked tracked(long orderId) {
        Episode e = store.findForStep(order(orderId).episodeId()).orElseThrow();
        StoredOrder o = order(orderId);
        return new Tracked(o, e, OrderTrackingRules.trackable(e.phase(), o.current()));
    }

    private StoredOrder order(long orderId) {
        return store.order(orderId).orElseThrow(() -> new IllegalArgumentException("no order " + orderId));
    }

    /** Records an inspection (督查) of an order's enterprise, keeping a copy of the photo in the data folder. */
    Outcome<Episode> inspect(long orderId, Instant at, String inspector, String finding, boolean compliant, Path photo,
                          Actor by) {
        String actor = by.name();
        return tx.inTransaction(() -> {
            Tracked t = tracked(orderId);
            Access.require(by, Action.INSPECTION_RECORD, t.order().order().districtCode());
            if (t.refusal().isPresent()) {
                return new Outcome.Refused<>(t.refusal().get());
            }
            StoredOrder o = t.order();
            Episode e = t.episode();
            Optional<Refusal> incomplete = OrderTrackingRules.inspection(inspector, finding);
            if (incomplete.isPresent()) {
                return new Outcome.Refused<>(incomplete.get());
            }
            Instant now = clock.instant();
            String kept = photo == null ? null : photos.keep(photo, e.id(), orderId).toString();
            store.addInspection(orderId, new Inspection(0, orderId, at == null ? now : at, inspector.strip(),
                    finding.strip(), compliant, kept, actor, now));
            audit.record(now, actor, compliant ? "order.inspect" : "order.noncompliant", subject(e),
                    AuditDetail.of("order.inspect").with("enterprise", o.order().enterpriseName())
                            .with("uscc", o.order().uscc()).with("finding", finding.strip()).with("photo", kept), e.id());
            return Outcome.accepted(e);
        });
    }

    List<Inspection> inspections(long orderId) {
        return tx.inTransaction(() -> store.inspections(orderId));
    }

    /** Orders of the current round not acknowledged within the city's hours after their notice was issued. */
    boolean overdue(Episode e, StoredOrder o, Instant now) {
        Instant issued = e.proposal(o.proposalSeq()).map(Proposal::issuedAt).orElse(e.issuedAt());
        return OrderTrackingRules.overdue(e.phase(), o.current(), o.acknowledgedAt(), issued, settings.acknowledgeHours(),
                now);
    }

    /**
     * Non-compliance found during the warning lowers the enterprise's grade in effect by one step (A+ → A → B → B-
     * → C → D) with reason 预警期间未落实减排措施; the comment names the episode and the findings, worded by
     * data/documents/phrases.txt ({@link #downgradeComment}). Nothing happens
     * when no grade record is in effect (the grade comes from the list only): refused NO_GRADE_RECORD; a refusal of
     * the grade step itself (GradeRefusal) is passed on.
     */
    Outcome<EpisodeService.Downgrade> downgradeForNonCompliance(long orderId, Actor by) {
        String actor = by.name();
        return tx.inTransaction(() -> {
            Episode e = store.findForChange(order(orderId).episodeId()).orElseThrow();
            StoredOrder o = order(orderId);
            Access.require(by, Action.GRADE_DOWNGRADE_PROPOSE, o.order().districtCode());
            Optional<cn.hazedesk.domain.grading.GradeRecord> rec = grading.history(o.order().uscc()).stream()
                    .filter(r -> r.status() == cn.hazedesk.domain.grading.GradeStatus.EFFECTIVE)
                    .filter(r -> r.industry().equals(o.order().industry())).findFirst()
                    .or(() -> grading.history(o.order().uscc()).stream()
                            .filter(r -> r.status() == cn.hazedesk.domain.grading.GradeStatus.EFFECTIVE).findFirst());
            if (rec.isEmpty()) {
                return Outcome.<EpisodeService.Downgrade>refused(OrderTrackingRefusal.NO_GRADE_RECORD,
                        o.order().enterpriseName());
            }
            PerformanceGrade from = rec.get().grade();
            PerformanceGrade to = OrderTrackingRules.nextLower(from);
            String comment = downgradeComment(e, store.inspections(orderId).stream().filter(i -> !i.compliant())
                    .map(Inspection::finding).toList());
            var outcome = grading.downgradeAfterInspection(rec.get().id(), to, cn.hazedesk.domain.grading.DowngradeReason
                    .NON_COMPLIANCE_DURING_WARNING, actor, comment);
            if (outcome.isAccepted()) {
                audit.record(clock.instant(), actor, "order.downgrade", subject(e), AuditDetail.of("order.downgrade")
                        .with("enterprise", o.order().enterpriseName()).with("uscc", o.order().uscc())
                        .with("grade", from).with("to", to), e.id());
            }
            return outcome.map(change -> new EpisodeService.Downgrade(o.order().enterpriseName(), from, to, change));
        });
    }

    /**
     * The grade record's comment on a downgrade for non-compliance, as phrases.txt words it: [downgradeComment] naming
     * the episode ([episodeNameDrill] for a drill, the title, [episodeNameNumber] once numbered), then — when findings
     * were written — [downgradeFindings] with them joined by [clauseSeparator]. It is kept with the grade record.
     */
    private String downgradeComment(Episode e, List<String> findings) {
        var words = phrases.get();
        String name = (e.drill() ? words.get("episodeNameDrill") : "") + e.title()
                + (e.number() == null ? "" : words.get("episodeNameNumber", "number", e.number()));
        String joined = words.joinAll("clauseSeparator", findings);
        return words.get("downgradeComment", "episode", name)
                + (joined.isEmpty() ? "" : words.get("downgradeFindings", "findings", joined));
    }
}
