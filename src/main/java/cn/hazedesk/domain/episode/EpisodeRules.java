package cn.hazedesk.domain.episode;

import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.EpisodeAction.Approve;
import cn.hazedesk.domain.episode.EpisodeAction.Cancel;
import cn.hazedesk.domain.episode.EpisodeAction.Close;
import cn.hazedesk.domain.episode.EpisodeAction.Consult;
import cn.hazedesk.domain.episode.EpisodeAction.Propose;
import cn.hazedesk.domain.episode.EpisodeAction.Publish;
import cn.hazedesk.domain.episode.EpisodeAction.Reject;
import cn.hazedesk.domain.episode.EpisodeAction.Withdraw;
import cn.hazedesk.domain.audit.AuditDetail;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.warning.CriteriaProfile;
import cn.hazedesk.domain.warning.LiftCheck;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The warning state machine (docs/episode.md). {@link #apply} takes an episode and an action and gives either the
 * episode after it, with what the audit trail records, or a refusal that leaves everything as it was.
 * <pre>
 * DRAFT ──propose ISSUE──▶ (pending) ──approve──▶ (approved) ──publish──▶ ACTIVE
 *        ◀──reject/withdraw──┘                                             │
 * ACTIVE ──ADJUST / EXTEND (same approve → publish path)──▶ ACTIVE         │
 * ACTIVE ──SUSPEND──▶ SUSPENDED ──RESUME──▶ ACTIVE                          │
 * ACTIVE/SUSPENDED ──LIFT──▶ LIFTED ──close (summary)──▶ CLOSED
 * DRAFT ──cancel──▶ CANCELLED
 * </pre>
 * Invariants kept: districts never below the city; issue time ≤ response start &lt; expected end; every change
 * in force was approved then published, in that order, and rests on a consultation where it sets levels; a
 * published proposal never changes; a forecast that reaches a level only on dust days cannot start it. The levels a
 * proposal sets are checked by {@link ProposedLevels}.
 */
public final class EpisodeRules {
    private final Map<String, CriteriaProfile> profiles;
    private final SignatoryPolicy signatories;
    private final RegionCatalog regions;
    private final ProposedLevels proposedLevels;

    public EpisodeRules(Map<String, CriteriaProfile> profiles, SignatoryPolicy signatories, RegionCatalog regions) {
        this.profiles = Map.copyOf(profiles);
        this.signatories = signatories;
        this.regions = regions;
        this.proposedLevels = new ProposedLevels(regions, this::recommend);
    }

    public SignatoryPolicy signatories() {
        return signatories;
    }

    /** The recommendation per area for one of the episode's consultations. */
    public Map<String, AreaRecommendation> recommend(Consultation c) {
        return AreaRecommendation.of(profile(c), c, regions);
    }

    /** Forecast hours below the yellow criteria according to {@code c}. */
    public int hoursBelow(Consultation c) {
        return LiftCheck.hoursBelowPeriods(profile(c), c.periods());
    }

    /** The signatory a proposal of {@code kind} needs, given the target levels (or the current ones). */
    public String signatoryFor(Episode e, ProposalKind kind, AreaLevels target) {
        AreaLevels after = kind.setsLevels() ? target : e.levels();
        return e.tempControl() ? signatories.forTempControl() : after == null ? signatories.requiredFor(WarningLevel.YELLOW)
                : signatories.requiredFor(e.levels(), after);
    }

    public Outcome<EpisodeChange> apply(Episode e, EpisodeAction action, String actor, Instant now) {
        if (e.phase().finished()) {
            return refuse(EpisodeRefusal.FINISHED, e.phase().name());
        }
        if (action instanceof Consult c) {
            return consult(e, c, actor, now);
        } else if (action instanceof Propose p) {
            return propose(e, p, actor, now);
        } else if (action instanceof Approve a) {
            return approve(e, a, now);
        } else if (action instanceof Reject r) {
            return reject(e, r, now);
        } else if (action instanceof Withdraw w) {
            return withdraw(e, w, actor, now);
        } else if (action instanceof Publish p) {
            return publish(e, p, actor);
        } else if (action instanceof Close c) {
            return close(e, c);
        } else if (action instanceof Cancel c) {
            return cancel(e, c, actor, now);
        }
        throw new IllegalArgumentException("unknown action " + action);
    }

    private Outcome<EpisodeChange> consult(Episode e, Consult c, String actor, Instant now) {
        if (!(e.phase() == EpisodePhase.DRAFT || e.phase().inForce())) {
            return refuse(EpisodeRefusal.CONSULT_NOT_ALLOWED, e.phase().name());
        }
        if (!profiles.containsKey(c.profile())) {
            return refuse(EpisodeRefusal.UNKNOWN_PROFILE, c.profile());
        }
        if (c.days().isEmpty()) {
            return refuse(EpisodeRefusal.NO_FORECAST);
        }
        // one value per area and hour: periods (days, half-days, hours) of an area must not overlap
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ForecastDay d : c.days()) {
            for (int h = d.startHour(); h < d.startHour() + d.hours(); h++) {
                if (!seen.add(d.regionCode() + " " + d.date() + " " + h)) {
                    return refuse(EpisodeRefusal.DUPLICATE_FORECAST, name(d.regionCode()), d.date());
                }
            }
        }
        Consultation made = new Consultation(e.consultations().size() + 1, c.heldAt() == null ? now : c.heldAt(),
                c.profile(), c.days(), blankToEmpty(c.opinion()), blankToEmpty(c.participants()), actor, now);
        List<Consultation> cs = new ArrayList<>(e.consultations());
        cs.add(made);
        Episode after = e.with(e.phase(), e.levels(), e.number(), e.issuedAt(), e.responseStart(), e.expectedEnd(),
                e.liftedAt(), cs, e.proposals(), e.summary(), e.round());
        Map<String, AreaRecommendation> rec = recommend(made);
        return done(e, after, "episode.consult", AuditDetail.of("episode.consult").with("consultation", made.seq())
                .with("profile", made.profile()).with("recommended", EpisodeState.recommendedField(rec)));
    }

    private Outcome<EpisodeChange> propose(Episode e, Propose p, String actor, Instant now) {
        if (e.open().isPresent()) {
            return refuse(EpisodeRefusal.OPEN_PROPOSAL_EXISTS, e.open().get().kind().name());
        }
        if (p.kind() == null || !allowed(e, p.kind())) {
            return refuse(EpisodeRefusal.KIND_NOT_ALLOWED, p.kind(), e.phase().name());
        }
        AreaLevels target = e.levels();
        Instant start = null;
        Instant end = e.expectedEnd();
        Integer hoursBelow = null;
        int basis = e.latestConsultation().map(Consultation::seq).orElse(0);
        String reason = blankToEmpty(p.reason());
        switch (p.kind()) {
            case ISSUE, ADJUST -> {
                Optional<Consultation> c = e.latestConsultation();
                if (c.isEmpty()) {
                    return refuse(EpisodeRefusal.NO_CONSULTATION);
                }
                // a temporary control sets no level: whatever levels the form carried are not its own
                Optional<Outcome.Refusal> bad = e.tempControl() ? Optional.empty()
                        : proposedLevels.check(e, p.levels(), c.get(), reason, p.kind());
                if (bad.isPresent()) {
                    return new Outcome.Refused<>(bad.get());
                }
                target = e.tempControl() ? null : p.levels();
                start = p.responseStart();
                end = p.expectedEnd() != null ? p.expectedEnd() : e.expectedEnd();
                if (start == null || end == null) {
                    return refuse(EpisodeRefusal.TIME_REQUIRED);
                }
                if (!end.isAfter(start)) {
                    return refuse(EpisodeRefusal.END_BEFORE_START, start, end);
                }
            }
            case EXTEND -> {
                if (p.expectedEnd() == null) {
                    return refuse(EpisodeRefusal.TIME_REQUIRED);
                }
                if (!p.expectedEnd().isAfter(e.expectedEnd())) {
                    return refuse(EpisodeRefusal.EXTEND_NOT_LATER, e.expectedEnd());
                }
                end = p.expectedEnd();
            }
            case SUSPEND, RESUME -> {
                if (reason.isEmpty()) {
                    return refuse(EpisodeRefusal.REASON_REQUIRED);
                }
                start = p.kind() == ProposalKind.RESUME ? p.responseStart() : null;
                if (p.kind() == ProposalKind.RESUME && start == null) {
                    return refuse(EpisodeRefusal.TIME_REQUIRED);
                }
            }
            case LIFT -> {
                if (p.liftBasis() == null) {
                    return refuse(EpisodeRefusal.LIFT_BASIS_REQUIRED);
                }
                if (p.liftBasis() == LiftBasis.AUTHORITY_LIFTED && reason.isEmpty()) {
                    return refuse(EpisodeRefusal.LIFT_BASIS_REQUIRED);
                }
                // lifting a warning whose response has not yet begun is unusual: the form must say why
                if (e.responseStart() != null && now.isBefore(e.responseStart()) && reason.isEmpty()) {
                    return refuse(EpisodeRefusal.LIFT_BEFORE_RESPONSE, e.responseStart());
                }
                // the 36 h rule is the warning's (below the yellow criteria); a temporary control is below them already
                if (p.liftBasis() == LiftBasis.BELOW_CRITERIA && !e.tempControl()) {
                    hoursBelow = e.latestConsultation().map(this::hoursBelow).orElse(0);
                    if (hoursBelow < LiftCheck.REQUIRED_HOURS && !p.shortfallConfirmed()) {
                        return refuse(EpisodeRefusal.LIFT_36H_NOT_CONFIRMED, hoursBelow, LiftCheck.REQUIRED_HOURS);
                    }
                }
            }
        }
        Proposal made = new Proposal(e.proposals().size() + 1, p.kind(), target, start, end,
                blankToEmpty(p.measuresSummary()), reason, p.kind() == ProposalKind.LIFT ? p.liftBasis() : null,
                hoursBelow, basis, signatoryFor(e, p.kind(), target), actor, now, ProposalState.PENDING,
                null, null, "", null, null, null, p.basisNotice());
        return done(e, e.withProposal(made), "episode.propose", AuditDetail.of("episode.propose")
                .with("proposal", made.seq()).with("kind", made.kind()).with("levels", EpisodeState.levelsField(target))
                .with("signatory", made.signatory()).with("notice", made.onHigherNotice() ? made.basisNotice() : null));
    }

    private Outcome<EpisodeChange> approve(Episode e, Approve a, Instant now) {
        Optional<Proposal> open = e.open();
        if (open.isEmpty()) {
            return refuse(EpisodeRefusal.NO_OPEN_PROPOSAL);
        }
        if (open.get().state() == ProposalState.APPROVED) {
            return refuse(EpisodeRefusal.ALREADY_APPROVED, open.get().decidedBy());
        }
        if (blank(a.signedBy())) {
            return refuse(EpisodeRefusal.NAME_REQUIRED);
        }
        Proposal p = open.get().decided(ProposalState.APPROVED, a.signedBy().trim(), now, blankToEmpty(a.comment()));
        return done(e, e.withProposal(p), "episode.approve", AuditDetail.of("episode.approve").with("proposal", p.seq())
                .with("kind", p.kind()).with("by", p.decidedBy()).with("signatory", p.signatory()));
    }

    private Outcome<EpisodeChange> reject(Episode e, Reject r, Instant now) {
        Optional<Proposal> open = e.open();
        if (open.isEmpty()) {
            return refuse(EpisodeRefusal.NO_OPEN_PROPOSAL);
        }
        if (open.get().state() == ProposalState.APPROVED) {
            return refuse(EpisodeRefusal.ALREADY_APPROVED, open.get().decidedBy());
        }
        if (blank(r.signedBy())) {
            return refuse(EpisodeRefusal.NAME_REQUIRED);
        }
        if (blank(r.reason())) {
            return refuse(EpisodeRefusal.REASON_REQUIRED);
        }
        Proposal p = open.get().decided(ProposalState.REJECTED, r.signedBy().trim(), now, r.reason().trim());
        return done(e, e.withProposal(p), "episode.reject", AuditDetail.of("episode.reject").with("proposal", p.seq())
                .with("kind", p.kind()).with("by", p.decidedBy()).with("reason", p.decisionComment()));
    }

    private Outcome<EpisodeChange> withdraw(Episode e, Withdraw w, String actor, Instant now) {
        Optional<Proposal> open = e.open();
        if (open.isEmpty()) {
            return refuse(EpisodeRefusal.NO_OPEN_PROPOSAL);
        }
        if (blank(w.reason())) {
            return refuse(EpisodeRefusal.REASON_REQUIRED);
        }
        Proposal p = open.get().decided(ProposalState.WITHDRAWN, actor, now, w.reason().trim());
        return done(e, e.withProposal(p), "episode.withdraw", AuditDetail.of("episode.withdraw")
                .with("proposal", p.seq()).with("kind", p.kind()).with("reason", p.decisionComment()));
    }

    private Outcome<EpisodeChange> publish(Episode e, Publish pub, String actor) {
        Optional<Proposal> open = e.open();
        if (open.isEmpty()) {
            return refuse(EpisodeRefusal.NO_OPEN_PROPOSAL);
        }
        Proposal p = open.get();
        if (p.state() != ProposalState.APPROVED) {
            return refuse(EpisodeRefusal.NOT_APPROVED_YET, p.signatory());
        }
        if (blank(pub.number())) {
            return refuse(EpisodeRefusal.NUMBER_REQUIRED);
        }
        if (pub.issueTime() == null) {
            return refuse(EpisodeRefusal.TIME_REQUIRED);
        }
        // times are typed to the minute: the minute of the signature is fine
        if (pub.issueTime().isBefore(p.decidedAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES))) {
            return refuse(EpisodeRefusal.PUBLISH_BEFORE_APPROVAL, p.decidedAt());
        }
        Optional<Instant> lastNotice = e.published().stream().map(Proposal::issuedAt).max(Instant::compareTo);
        if (lastNotice.isPresent() && pub.issueTime().isBefore(lastNotice.get())) {
            // notices follow one another: a change is never issued before the notice it changes
            return refuse(EpisodeRefusal.TIME_ORDER, lastNotice.get(), pub.issueTime());
        }
        Instant start = pub.responseStart() != null ? pub.responseStart() : p.responseStart();
        if (start != null && start.isBefore(pub.issueTime())) {
            return refuse(EpisodeRefusal.TIME_ORDER, pub.issueTime(), start);
        }
        if (start != null && p.expectedEnd() != null && !p.expectedEnd().isAfter(start)) {
            return refuse(EpisodeRefusal.END_BEFORE_START, start, p.expectedEnd());
        }
        Proposal published = p.published(pub.number().trim(), pub.issueTime(), start, actor);
        Episode withP = e.withProposal(published);
        Episode after = switch (p.kind()) {
            case ISSUE -> withP.with(EpisodePhase.ACTIVE, p.levels(), published.number(), pub.issueTime(), start,
                    p.expectedEnd(), null, e.consultations(), withP.proposals(), e.summary(), e.round() + 1);
            case ADJUST -> withP.with(EpisodePhase.ACTIVE, p.levels(), e.number(), e.issuedAt(), e.responseStart(),
                    p.expectedEnd(), null, e.consultations(), withP.proposals(), e.summary(), e.round() + 1);
            case EXTEND -> withP.with(e.phase(), e.levels(), e.number(), e.issuedAt(), e.responseStart(),
                    p.expectedEnd(), null, e.consultations(), withP.proposals(), e.summary(), e.round());
            case SUSPEND -> withP.with(EpisodePhase.SUSPENDED, e.levels(), e.number(), e.issuedAt(), e.responseStart(),
                    e.expectedEnd(), null, e.consultations(), withP.proposals(), e.summary(), e.round());
            case RESUME -> withP.with(EpisodePhase.ACTIVE, e.levels(), e.number(), e.issuedAt(), e.responseStart(),
                    e.expectedEnd(), null, e.consultations(), withP.proposals(), e.summary(), e.round());
            // the lift takes effect at its own time when the notice gives one, else when the notice is issued
            case LIFT -> withP.with(EpisodePhase.LIFTED, e.levels(), e.number(), e.issuedAt(), e.responseStart(),
                    e.expectedEnd(), start != null ? start : pub.issueTime(), e.consultations(), withP.proposals(),
                    e.summary(), e.round());
        };
        if (after.phase().inForce() && !after.expectedEnd().isAfter(after.responseStart())) {
            // e.g. an adjustment ending before the response it adjusts has started
            return refuse(EpisodeRefusal.END_BEFORE_START, after.responseStart(), after.expectedEnd());
        }
        return done(e, after, "episode.publish", AuditDetail.of("episode.publish").with("number", published.number())
                .with("kind", p.kind()).with("levels", EpisodeState.levelsField(after.levels()))
                .with("issuedAt", pub.issueTime()).with("responseStart", start));
    }

    private Outcome<EpisodeChange> close(Episode e, Close c) {
        if (e.phase() != EpisodePhase.LIFTED) {
            return refuse(EpisodeRefusal.NOT_LIFTED, e.phase().name());
        }
        if (blank(c.summary())) {
            return refuse(EpisodeRefusal.SUMMARY_REQUIRED);
        }
        Episode after = e.with(EpisodePhase.CLOSED, e.levels(), e.number(), e.issuedAt(), e.responseStart(),
                e.expectedEnd(), e.liftedAt(), e.consultations(), e.proposals(), c.summary().trim(), e.round());
        return done(e, after, "episode.close", AuditDetail.of("episode.close")
                .with("summaryLength", c.summary().trim().length()));
    }

    private Outcome<EpisodeChange> cancel(Episode e, Cancel c, String actor, Instant now) {
        if (e.phase() != EpisodePhase.DRAFT) {
            return refuse(EpisodeRefusal.CANCEL_NOT_DRAFT, e.phase().name());
        }
        if (blank(c.reason())) {
            return refuse(EpisodeRefusal.REASON_REQUIRED);
        }
        Episode base = e.open().map(p -> e.withProposal(p.decided(ProposalState.WITHDRAWN, actor, now, c.reason().trim())))
                .orElse(e);
        Episode after = base.with(EpisodePhase.CANCELLED, null, null, null, null, null, null, e.consultations(),
                base.proposals(), c.reason().trim(), e.round());
        return done(e, after, "episode.cancel", AuditDetail.of("episode.cancel").with("reason", c.reason().trim()));
    }

    /**
     * Whether a proposal of {@code kind} may be prepared for {@code e} now: a temporary control is only issued and
     * lifted (its light measures have no levels to adjust); a warning as {@link #allowed(EpisodePhase, ProposalKind)}.
     */
    public static boolean allowed(Episode e, ProposalKind kind) {
        if (e.tempControl()) {
            return kind == ProposalKind.ISSUE && e.phase() == EpisodePhase.DRAFT
                    || kind == ProposalKind.LIFT && e.phase().inForce();
        }
        return allowed(e.phase(), kind);
    }

    /** Whether a proposal of {@code kind} may be prepared in {@code phase} (the forms offer only these). */
    public static boolean allowed(EpisodePhase phase, ProposalKind kind) {
        return switch (kind) {
            case ISSUE -> phase == EpisodePhase.DRAFT;
            case ADJUST, EXTEND, SUSPEND -> phase == EpisodePhase.ACTIVE;
            case RESUME -> phase == EpisodePhase.SUSPENDED;
            case LIFT -> phase.inForce();
        };
    }

    private CriteriaProfile profile(Consultation c) {
        CriteriaProfile p = profiles.get(c.profile());
        if (p == null) {
            throw new IllegalStateException("consultation " + c.seq() + " names unknown profile " + c.profile());
        }
        return p;
    }

    private String name(String code) {
        return regions.byCode(code).map(Region::name).orElse(code);
    }

    /** The state the audit trail keeps of the episode: phase, open proposal, levels. */
    public static EpisodeState summary(Episode e) {
        return EpisodeState.of(e);
    }

    private static Outcome<EpisodeChange> done(Episode before, Episode after, String action, AuditDetail detail) {
        return Outcome.accepted(new EpisodeChange(after, action, summary(before), summary(after), detail));
    }

    private static Outcome<EpisodeChange> refuse(EpisodeRefusal code, Object... args) {
        return Outcome.refused(code, args);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.trim();
    }
}
