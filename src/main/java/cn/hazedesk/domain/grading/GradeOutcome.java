package cn.hazedesk.domain.grading;

import java.util.List;
import java.util.Optional;

/**
 * What a grading step did: the records it changed or created (in the order to store them), or why it was
 * refused. {@code statusSeen} is the status the record had when refused (null when there was no record).
 */
public record GradeOutcome(List<GradeRecord> records, GradeRefusal refusal, GradeStatus statusSeen) {
    public GradeOutcome {
        records = List.copyOf(records);
    }

    public static GradeOutcome done(GradeRecord... records) {
        return new GradeOutcome(List.of(records), null, null);
    }

    public static GradeOutcome refused(GradeRefusal why, GradeStatus seen) {
        return new GradeOutcome(List.of(), why, seen);
    }

    public boolean ok() {
        return refusal == null;
    }

    public Optional<GradeRefusal> refusalReason() {
        return Optional.ofNullable(refusal);
    }

    /** The record the step was about (for a downgrade: the new, lower one). */
    public Optional<GradeRecord> record() {
        return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1));
    }
}
