package cn.hazedesk.domain.grading;

import java.time.Instant;

/** One step of a record's history: which action, from which status (none for the first) to which, when, who, why. */
public record GradeStep(int number, GradeAction action, GradeStatus from, GradeStatus to, Instant at, String actor,
                        String comment) {
}
