package cn.hazedesk.domain.grading;

import java.util.Arrays;
import java.util.Optional;

/** The reviewer a record waits for, and the status it waits in: one work queue per stage. */
public enum ReviewStage {
    /** 区县初审 of an application. */
    COUNTY(GradeStatus.APPLIED),
    /** 市级审核 (document check, on-site verification, experts). */
    CITY(GradeStatus.COUNTY_APPROVED),
    /** 省级确认: after it the grade is published for comment (公示). */
    PROVINCE(GradeStatus.CITY_APPROVED),
    /** 公示 ends: approving takes the grade into effect. */
    PUBLICITY(GradeStatus.PUBLICITY);

    private final GradeStatus awaiting;

    ReviewStage(GradeStatus awaiting) {
        this.awaiting = awaiting;
    }

    public GradeStatus awaiting() {
        return awaiting;
    }

    public static Optional<ReviewStage> of(GradeStatus status) {
        return Arrays.stream(values()).filter(s -> s.awaiting == status).findFirst();
    }
}
