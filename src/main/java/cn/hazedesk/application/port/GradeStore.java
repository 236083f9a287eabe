package cn.hazedesk.application.port;

import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.grading.GradeRecord;
import cn.hazedesk.domain.grading.GradeStatus;

import java.util.List;
import java.util.Optional;

/** Grade records with their steps. Writes join the caller's transaction. */
public interface GradeStore {
    /** Stores a new record (id 0) with its steps; returns its id. */
    long insert(GradeRecord record);

    /** Writes the record's status, period and reason, and the steps not stored yet. */
    void update(GradeRecord record);

    Optional<GradeRecord> find(long id);

    /**
     * The record, locked for the rest of the transaction: a second seat's review step on it waits, then is checked
     * against the step this one stored.
     */
    Optional<GradeRecord> findForChange(long id);

    /**
     * Takes the applications' turn for the rest of the transaction: two seats entering an application at once are
     * checked one after the other against the records stored.
     */
    void lockApplications();

    /** The records of one enterprise, oldest first. */
    List<GradeRecord> history(String uscc);

    /** Records in a status, oldest application first. */
    List<GradeRecord> withStatus(GradeStatus status);

    /**
     * Writes the overall grade in effect into the list (enterprise.grade) so that the list shows it; returns
     * false when no enterprise has this credit code.
     */
    boolean writeListGrade(String uscc, PerformanceGrade grade);

    /** A change of an enterprise's grade on the list, as its change history recorded it (old value as shown). */
    record ListGradeChange(String uscc, java.time.Instant at, String oldLabel) {
    }

    /**
     * The list-grade changes strictly after {@code t} (of one enterprise, or of all when {@code uscc} is null),
     * oldest first: undoing them gives the grade the list showed at {@code t}.
     */
    List<ListGradeChange> listGradeChangesAfter(java.time.Instant t, String uscc);

    /** Every record, oldest first (for the grades in effect of the whole list). */
    List<GradeRecord> all();
}
