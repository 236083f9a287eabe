package cn.hazedesk.domain.grading;

import java.util.Optional;

/**
 * Where a grade record stands. The four review states wait for the next reviewer (区县 → 市 → 省 → 公示期满);
 * EFFECTIVE is the grade in force; the others are closed. DOWNGRADED, REVOKED and SUPERSEDED records were in
 * force for a while (their effective period is kept), REJECTED ones never were. Their words are the bundles'
 * grading.status.*.
 */
public enum GradeStatus {
    APPLIED,
    COUNTY_APPROVED,
    CITY_APPROVED,
    PUBLICITY,
    EFFECTIVE,
    REJECTED,
    DOWNGRADED,
    REVOKED,
    SUPERSEDED;

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
