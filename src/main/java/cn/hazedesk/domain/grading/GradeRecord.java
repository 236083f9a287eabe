package cn.hazedesk.domain.grading;

import cn.hazedesk.domain.enterprise.PerformanceGrade;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One grade of one enterprise in one industry, from its application to its end, with every step taken. A record
 * is in effect from {@code effectiveFrom} (inclusive) to {@code effectiveTo} (exclusive, open while null).
 * {@code id} is 0 until stored. {@code replacesId} links the record a downgrade created to the one it replaced;
 * {@code downgradeReason} is set on the replaced (DOWNGRADED) record.
 */
public record GradeRecord(long id, String uscc, String industry, PerformanceGrade grade, GradeStatus status,
                          Instant appliedAt, Instant effectiveFrom, Instant effectiveTo,
                          DowngradeReason downgradeReason, Long replacesId, String sourceDocument,
                          List<GradeStep> steps) {
    public GradeRecord {
        steps = List.copyOf(steps);
    }

    public boolean inEffectAt(Instant t) {
        return effectiveFrom != null && !t.isBefore(effectiveFrom) && (effectiveTo == null || t.isBefore(effectiveTo));
    }

    public GradeRecord withId(long newId) {
        return new GradeRecord(newId, uscc, industry, grade, status, appliedAt, effectiveFrom, effectiveTo,
                downgradeReason, replacesId, sourceDocument, steps);
    }

    /** This record after {@code action}: new status, one more step, and the given period and reason. */
    GradeRecord step(GradeAction action, GradeStatus to, Instant at, String actor, String comment,
                     Instant newFrom, Instant newTo, DowngradeReason reason) {
        List<GradeStep> more = new ArrayList<>(steps);
        more.add(new GradeStep(steps.size() + 1, action, status, to, at, actor, comment));
        return new GradeRecord(id, uscc, industry, grade, to, appliedAt, newFrom, newTo, reason, replacesId,
                sourceDocument, more);
    }

    /** The last step taken. */
    public GradeStep lastStep() {
        return steps.get(steps.size() - 1);
    }
}
