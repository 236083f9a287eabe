package cn.hazedesk.domain.response;

/**
 * Why a tracking step or an inspection of a response order was refused (the order-tracking code set); worded by the
 * bundles under {@code refusal.OrderTrackingRefusal.<code>}.
 */
public enum OrderTrackingRefusal {
    /** The order's episode is not in force (ACTIVE or SUSPENDED): its phase. */
    EPISODE_NOT_IN_FORCE,
    /** The order belongs to an earlier round that a later notice replaced. */
    ORDER_SUPERSEDED,
    /** An inspection without the inspector's name. */
    INSPECTOR_REQUIRED,
    /** An inspection without what was found. */
    FINDING_REQUIRED,
    /** A downgrade after non-compliance, but no grade record is in effect (the grade comes from the list): the
     *  enterprise's name. */
    NO_GRADE_RECORD
}
