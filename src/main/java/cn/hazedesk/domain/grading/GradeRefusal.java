package cn.hazedesk.domain.grading;

/** Why a grading step was refused; worded under refusal.GradeRefusal.<code> (an Outcome.Refusal carries it). */
public enum GradeRefusal {
    /** No enterprise on the list has this credit code. */
    UNKNOWN_ENTERPRISE,
    /** No grade record has this id. */
    UNKNOWN_RECORD,
    /** The industry is not a graded key industry (电石, 活性炭, 其他 follow local measures). */
    INDUSTRY_NOT_GRADED,
    /** 未评级 is what a firm is without a grade; nobody applies for it. */
    GRADE_NOT_APPLICABLE,
    /** An application of this enterprise for this industry is still under review. */
    ALREADY_UNDER_REVIEW,
    /** Approve or reject of a record that waits for no reviewer (already effective, rejected, closed). */
    NOT_UNDER_REVIEW,
    /**
     * Approve or reject of a record that has moved on from the review step the reviewer saw (another reviewer took
     * that step meanwhile, e.g. on another seat): nothing recorded, so one click never passes two steps.
     */
    MOVED_ON,
    /** Downgrade or revoke of a record that is not the grade in effect. */
    NOT_EFFECTIVE,
    /** A downgrade without its reason. */
    REASON_REQUIRED,
    /** A rejection, a revocation or a downgrade for another reason without a comment saying why. */
    COMMENT_REQUIRED,
    /** A downgrade to a grade that is not lower than the one in effect. */
    NOT_LOWER,
    /** A step without the name of who took it. */
    ACTOR_REQUIRED
}
