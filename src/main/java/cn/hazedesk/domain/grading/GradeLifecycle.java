package cn.hazedesk.domain.grading;

import cn.hazedesk.domain.common.Outcome;

import cn.hazedesk.domain.enterprise.PerformanceGrade;

import java.time.Instant;
import java.util.List;

/**
 * The legal steps of a grade record (docs/grading.md, "The review steps"):
 * 企业申报 → 区县初审 → 市级审核 → 省级确认/公示 → 生效; 驳回 at any review step; an effective grade can be
 * downgraded (with a reason) or revoked. Every step is refused, with its reason, when it is not legal; nothing is
 * changed by a refused step. Pure functions: the caller stores what they return.
 */
public final class GradeLifecycle {
    private GradeLifecycle() {
    }

    /**
     * A new application. {@code keyIndustry} says whether the industry is graded at all; {@code existing} are
     * the enterprise's records (an open application for the same industry blocks a second one).
     */
    public static Outcome<GradeChange> apply(String uscc, String industry, boolean keyIndustry, PerformanceGrade grade,
                                     List<GradeRecord> existing, String sourceDocument, Instant at, String actor,
                                     String comment) {
        if (blank(actor)) {
            return Outcome.refused(GradeRefusal.ACTOR_REQUIRED);
        }
        if (grade == null || grade == PerformanceGrade.UNRATED) {
            return Outcome.refused(GradeRefusal.GRADE_NOT_APPLICABLE);
        }
        if (!keyIndustry) {
            return Outcome.refused(GradeRefusal.INDUSTRY_NOT_GRADED);
        }
        for (GradeRecord r : existing) {
            if (r.industry().equals(industry) && r.status().underReview()) {
                return Outcome.refused(GradeRefusal.ALREADY_UNDER_REVIEW, r.status());
            }
        }
        GradeStep first = new GradeStep(1, GradeAction.APPLY, null, GradeStatus.APPLIED, at, actor, trim(comment));
        return GradeChange.done(new GradeRecord(0, uscc, industry, grade, GradeStatus.APPLIED, at, null, null, null,
                null, trim(sourceDocument), List.of(first)));
    }

    /** The next review step passed; from 公示 the grade takes effect at {@code at}. */
    public static Outcome<GradeChange> approve(GradeRecord r, Instant at, String actor, String comment) {
        if (blank(actor)) {
            return Outcome.refused(GradeRefusal.ACTOR_REQUIRED, r.status());
        }
        if (!r.status().underReview()) {
            return Outcome.refused(GradeRefusal.NOT_UNDER_REVIEW, r.status());
        }
        GradeStatus to = r.status().afterApproval().orElseThrow();
        Instant from = to == GradeStatus.EFFECTIVE ? at : null;
        return GradeChange.done(r.step(GradeAction.approvalFrom(r.status()), to, at, actor, trim(comment), from,
                null, null));
    }

    /**
     * {@code step} (an approval or a rejection) taken on the record as the reviewer saw it, waiting in {@code seen}:
     * refused as {@link GradeRefusal#MOVED_ON} when it waits in another step now (another reviewer took the one
     * seen meanwhile), so that a click is never applied to a step the reviewer did not see. {@code seen} null: the
     * step the record waits in, whichever it is.
     */
    public static Outcome<GradeChange> asSeen(GradeRecord r, ReviewStage seen,
                                              java.util.function.Function<GradeRecord, Outcome<GradeChange>> step) {
        if (seen != null && r.status().underReview() && r.status() != seen.awaiting()) {
            return Outcome.refused(GradeRefusal.MOVED_ON, r.status());
        }
        return step.apply(r);
    }

    /** 驳回 at the step the record waits in; the comment (why) is required. */
    public static Outcome<GradeChange> reject(GradeRecord r, Instant at, String actor, String comment) {
        if (blank(actor)) {
            return Outcome.refused(GradeRefusal.ACTOR_REQUIRED, r.status());
        }
        if (!r.status().underReview()) {
            return Outcome.refused(GradeRefusal.NOT_UNDER_REVIEW, r.status());
        }
        if (blank(comment)) {
            return Outcome.refused(GradeRefusal.COMMENT_REQUIRED, r.status());
        }
        return GradeChange.done(r.step(GradeAction.REJECT, GradeStatus.REJECTED, at, actor, trim(comment), null,
                null, null));
    }

    /** 撤销 of the grade in effect: it ends at {@code at}; the comment (why) is required. */
    public static Outcome<GradeChange> revoke(GradeRecord r, Instant at, String actor, String comment) {
        if (blank(actor)) {
            return Outcome.refused(GradeRefusal.ACTOR_REQUIRED, r.status());
        }
        if (r.status() != GradeStatus.EFFECTIVE) {
            return Outcome.refused(GradeRefusal.NOT_EFFECTIVE, r.status());
        }
        if (blank(comment)) {
            return Outcome.refused(GradeRefusal.COMMENT_REQUIRED, r.status());
        }
        return GradeChange.done(r.step(GradeAction.REVOKE, GradeStatus.REVOKED, at, actor, trim(comment),
                r.effectiveFrom(), at, null));
    }

    /**
     * 降级: the record in effect ends at {@code at} (status DOWNGRADED, with the reason) and a new record with the
     * lower grade is in effect from {@code at}. Returns both: first the closed one, then the new one (id 0).
     */
    public static Outcome<GradeChange> downgrade(GradeRecord r, PerformanceGrade to, DowngradeReason reason, Instant at,
                                         String actor, String comment) {
        if (blank(actor)) {
            return Outcome.refused(GradeRefusal.ACTOR_REQUIRED, r.status());
        }
        if (r.status() != GradeStatus.EFFECTIVE) {
            return Outcome.refused(GradeRefusal.NOT_EFFECTIVE, r.status());
        }
        if (reason == null) {
            return Outcome.refused(GradeRefusal.REASON_REQUIRED, r.status());
        }
        if (reason == DowngradeReason.OTHER && blank(comment)) {
            return Outcome.refused(GradeRefusal.COMMENT_REQUIRED, r.status());
        }
        if (to == null || to == PerformanceGrade.UNRATED || !GradeOrder.lower(to, r.grade())) {
            return Outcome.refused(GradeRefusal.NOT_LOWER, r.status());
        }
        GradeRecord closed = r.step(GradeAction.DOWNGRADE, GradeStatus.DOWNGRADED, at, actor, trim(comment),
                r.effectiveFrom(), at, reason);
        GradeStep first = new GradeStep(1, GradeAction.ISSUED_BY_DOWNGRADE, null, GradeStatus.EFFECTIVE, at, actor,
                trim(comment));
        GradeRecord lower = new GradeRecord(0, r.uscc(), r.industry(), to, GradeStatus.EFFECTIVE, at, at, null, null,
                r.id(), r.sourceDocument(), List.of(first));
        return GradeChange.done(closed, lower);
    }

    /** A newer grade of the same industry took effect at {@code at}: this one ends there. */
    public static GradeRecord supersede(GradeRecord r, Instant at, String actor, String comment) {
        if (r.status() != GradeStatus.EFFECTIVE) {
            throw new IllegalArgumentException("only a grade in effect can be superseded, not " + r.status());
        }
        return r.step(GradeAction.SUPERSEDE, GradeStatus.SUPERSEDED, at, actor, comment, r.effectiveFrom(), at, null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
