package cn.hazedesk.domain.grading;

import java.util.Optional;

/**
 * Where a grade record stands. The four review states wait for the next reviewer (区县 → 市 → 省 → 公示期满);
 * EFFECTIVE is the grade in force; the others are closed. DOWNGRADED, REVOKED and SUPERSEDED records were in
 * force for a while (their effective period is kept), REJECTED ones never were.
 */
public enum GradeStatus {
    APPLIED("企业申报"),
    COUNTY_APPROVED("区县初审通过"),
    CITY_APPROVED("市级审核通过"),
    PUBLICITY("省级确认/公示"),
    EFFECTIVE("生效"),
    REJECTED("驳回"),
    DOWNGRADED("降级"),
    REVOKED("撤销"),
    SUPERSEDED("被新评级替代");

    private final String chineseName;

    GradeStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Waiting for a reviewer: approve and reject are allowed. */
    public boolean underReview() {
        return this == APPLIED || this == COUNTY_APPROVED || this == CITY_APPROVED || this == PUBLICITY;
    }

    /** The status an approval leads to (PUBLICITY → EFFECTIVE); empty when this status is not under review. */
    public Optional<GradeStatus> afterApproval() {
        return switch (this) {
            case APPLIED -> Optional.of(COUNTY_APPROVED);
            case COUNTY_APPROVED -> Optional.of(CITY_APPROVED);
            case CITY_APPROVED -> Optional.of(PUBLICITY);
            case PUBLICITY -> Optional.of(EFFECTIVE);
            default -> Optional.empty();
        };
    }
}
