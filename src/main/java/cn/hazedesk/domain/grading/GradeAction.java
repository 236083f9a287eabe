package cn.hazedesk.domain.grading;

/** One step in a grade record's history. */
public enum GradeAction {
    /** 企业申报: the record is created. */
    APPLY,
    /** 区县初审 passed. */
    COUNTY_APPROVE,
    /** 市级审核 passed. */
    CITY_APPROVE,
    /** 省级确认: published for comment. */
    PROVINCE_CONFIRM,
    /** 公示期满, 生效. */
    TAKE_EFFECT,
    /** 驳回 at any review step. */
    REJECT,
    /** 降级: this record ends and a lower one takes its place. */
    DOWNGRADE,
    /** The lower record created by a downgrade, in effect at once. */
    ISSUED_BY_DOWNGRADE,
    /** 撤销 of a grade in effect. */
    REVOKE,
    /** A newer grade for the same industry took effect. */
    SUPERSEDE;

    /** The approval step that leaves {@code from}. */
    static GradeAction approvalFrom(GradeStatus from) {
        return switch (from) {
            case APPLIED -> COUNTY_APPROVE;
            case COUNTY_APPROVED -> CITY_APPROVE;
            case CITY_APPROVED -> PROVINCE_CONFIRM;
            case PUBLICITY -> TAKE_EFFECT;
            default -> throw new IllegalArgumentException("no approval from " + from);
        };
    }
}
