package cn.hazedesk.domain.grading;

import cn.hazedesk.domain.common.Outcome;

import java.util.List;
import java.util.Optional;

/**
 * What an accepted grading step did: the records it changed or created, in the order to store them. A refused step
 * is an {@link Outcome.Refused} whose code is a {@link GradeRefusal} and whose fact, where it matters, is the status
 * the record was in.
 */
public record GradeChange(List<GradeRecord> records) {
    public GradeChange {
        records = List.copyOf(records);
    }

    public static Outcome<GradeChange> done(GradeRecord... records) {
        return Outcome.accepted(new GradeChange(List.of(records)));
    }

    /** The record the step was about (for a downgrade: the new, lower one). */
    public Optional<GradeRecord> record() {
        return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1));
    }
}
