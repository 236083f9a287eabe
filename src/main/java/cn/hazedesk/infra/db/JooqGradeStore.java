package cn.hazedesk.infra.db;

import cn.hazedesk.application.port.GradeStore;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.grading.DowngradeReason;
import cn.hazedesk.domain.grading.GradeAction;
import cn.hazedesk.domain.grading.GradeRecord;
import cn.hazedesk.domain.grading.GradeStatus;
import cn.hazedesk.domain.grading.GradeStep;
import cn.hazedesk.infra.db.generated.tables.records.GradeRecordRecord;
import cn.hazedesk.infra.db.generated.tables.records.GradeStepRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.hazedesk.infra.db.generated.Tables.ENTERPRISE;
import static cn.hazedesk.infra.db.generated.Tables.ENTERPRISE_CHANGE;
import static cn.hazedesk.infra.db.generated.Tables.GRADE_RECORD;
import static cn.hazedesk.infra.db.generated.Tables.GRADE_STEP;

/** Grade records and their steps in H2 (tables grade_record and grade_step, V3). */
public final class JooqGradeStore implements GradeStore {
    private final JooqTransactions tx;
    private final java.time.ZoneId zone;

    /** {@code zone}: the one the change history writes its local times in (the app clock's). */
    public JooqGradeStore(JooqTransactions tx, java.time.ZoneId zone) {
        this.tx = tx;
        this.zone = zone;
    }

    @Override
    public long insert(GradeRecord r) {
        DSLContext d = tx.dsl();
        long id = d.insertInto(GRADE_RECORD)
                .set(GRADE_RECORD.USCC, r.uscc())
                .set(GRADE_RECORD.INDUSTRY, r.industry())
                .set(GRADE_RECORD.GRADE, r.grade().name())
                .set(GRADE_RECORD.STATUS, r.status().name())
                .set(GRADE_RECORD.APPLIED_AT, odt(r.appliedAt()))
                .set(GRADE_RECORD.EFFECTIVE_FROM, odt(r.effectiveFrom()))
                .set(GRADE_RECORD.EFFECTIVE_TO, odt(r.effectiveTo()))
                .set(GRADE_RECORD.DOWNGRADE_REASON, r.downgradeReason() == null ? null : r.downgradeReason().name())
                .set(GRADE_RECORD.REPLACES_ID, r.replacesId())
                .set(GRADE_RECORD.SOURCE_DOCUMENT, r.sourceDocument())
                .returningResult(GRADE_RECORD.ID)
                .fetchOne().value1();
        insertSteps(d, id, r.steps());
        return id;
    }

    @Override
    public void update(GradeRecord r) {
        DSLContext d = tx.dsl();
        int n = d.update(GRADE_RECORD)
                .set(GRADE_RECORD.STATUS, r.status().name())
                .set(GRADE_RECORD.EFFECTIVE_FROM, odt(r.effectiveFrom()))
                .set(GRADE_RECORD.EFFECTIVE_TO, odt(r.effectiveTo()))
                .set(GRADE_RECORD.DOWNGRADE_REASON, r.downgradeReason() == null ? null : r.downgradeReason().name())
                .where(GRADE_RECORD.ID.eq(r.id()))
                .execute();
        if (n != 1) {
            throw new IllegalStateException("grade record " + r.id() + " does not exist");
        }
        Integer stored = d.select(DSL.max(GRADE_STEP.STEP_NO)).from(GRADE_STEP)
                .where(GRADE_STEP.RECORD_ID.eq(r.id())).fetchOne().value1();
        int have = stored == null ? 0 : stored;
        insertSteps(d, r.id(), r.steps().stream().filter(s -> s.number() > have).toList());
    }

    private static void insertSteps(DSLContext d, long id, List<GradeStep> steps) {
        for (GradeStep s : steps) {
            d.insertInto(GRADE_STEP)
                    .set(GRADE_STEP.RECORD_ID, id)
                    .set(GRADE_STEP.STEP_NO, s.number())
                    .set(GRADE_STEP.ACTION, s.action().name())
                    .set(GRADE_STEP.FROM_STATUS, s.from() == null ? null : s.from().name())
                    .set(GRADE_STEP.TO_STATUS, s.to().name())
                    .set(GRADE_STEP.OCCURRED_AT, odt(s.at()))
                    .set(GRADE_STEP.ACTOR, s.actor())
                    .set(GRADE_STEP.COMMENT, s.comment())
                    .execute();
        }
    }

    @Override
    public boolean writeListGrade(String uscc, PerformanceGrade grade) {
        DSLContext d = tx.dsl();
        SharedLocks.list(d);
        boolean written = d.update(ENTERPRISE)
                .set(ENTERPRISE.GRADE, grade.name())
                .set(ENTERPRISE.UPDATED_AT, java.time.LocalDateTime.now())
                .set(ENTERPRISE.ROW_VERSION, ENTERPRISE.ROW_VERSION.plus(1)) // an editor open on it must not save over it
                .where(ENTERPRISE.USCC.eq(uscc))
                .and(ENTERPRISE.LIST_VERSION.eq(JooqListVersions.currentField()))
                .execute() == 1;
        if (written) {
            JooqListVersions.touch(d);
        }
        return written;
    }

    @Override
    public List<ListGradeChange> listGradeChangesAfter(Instant t, String uscc) {
        Condition c = JooqChangeLog.visible().and(ENTERPRISE_CHANGE.FIELD.eq("GRADE"))
                .and(ENTERPRISE_CHANGE.CHANGED_AT.gt(java.time.LocalDateTime.ofInstant(t, zone)));
        if (uscc != null) {
            c = c.and(ENTERPRISE_CHANGE.USCC.eq(uscc));
        }
        return tx.dsl().selectFrom(ENTERPRISE_CHANGE).where(c)
                .orderBy(ENTERPRISE_CHANGE.CHANGED_AT, ENTERPRISE_CHANGE.ID)
                .fetch(r -> new ListGradeChange(r.getUscc(), r.getChangedAt().atZone(zone).toInstant(), r.getOldValue()));
    }

    @Override
    public Optional<GradeRecord> find(long id) {
        return load(GRADE_RECORD.ID.eq(id)).stream().findFirst();
    }

    @Override
    public Optional<GradeRecord> findForChange(long id) {
        tx.dsl().select(GRADE_RECORD.ID).from(GRADE_RECORD).where(GRADE_RECORD.ID.eq(id)).forUpdate().fetch();
        return find(id);
    }

    @Override
    public void lockApplications() {
        SharedLocks.take(tx.dsl(), SharedLocks.GRADE_APPLICATION);
    }

    @Override
    public List<GradeRecord> history(String uscc) {
        return load(GRADE_RECORD.USCC.eq(uscc));
    }

    @Override
    public List<GradeRecord> withStatus(GradeStatus status) {
        return load(GRADE_RECORD.STATUS.eq(status.name()));
    }

    @Override
    public List<GradeRecord> all() {
        return load(DSL.noCondition());
    }

    private List<GradeRecord> load(Condition where) {
        DSLContext d = tx.dsl();
        Map<Long, List<GradeStep>> steps = new HashMap<>();
        d.select(GRADE_STEP.fields()).from(GRADE_STEP).join(GRADE_RECORD).on(GRADE_STEP.RECORD_ID.eq(GRADE_RECORD.ID))
                .where(where).orderBy(GRADE_STEP.RECORD_ID, GRADE_STEP.STEP_NO)
                .fetchInto(GRADE_STEP)
                .forEach(s -> steps.computeIfAbsent(s.getRecordId(), k -> new ArrayList<>()).add(toStep(s)));
        List<GradeRecord> out = new ArrayList<>();
        for (GradeRecordRecord r : d.selectFrom(GRADE_RECORD).where(where).orderBy(GRADE_RECORD.ID)) {
            out.add(new GradeRecord(r.getId(), r.getUscc(), r.getIndustry(), PerformanceGrade.valueOf(r.getGrade()),
                    GradeStatus.valueOf(r.getStatus()), instant(r.getAppliedAt()), instant(r.getEffectiveFrom()),
                    instant(r.getEffectiveTo()),
                    r.getDowngradeReason() == null ? null : DowngradeReason.valueOf(r.getDowngradeReason()),
                    r.getReplacesId(), r.getSourceDocument(), steps.getOrDefault(r.getId(), List.of())));
        }
        return out;
    }

    private static GradeStep toStep(GradeStepRecord s) {
        return new GradeStep(s.getStepNo(), GradeAction.valueOf(s.getAction()),
                s.getFromStatus() == null ? null : GradeStatus.valueOf(s.getFromStatus()),
                GradeStatus.valueOf(s.getToStatus()), instant(s.getOccurredAt()), s.getActor(), s.getComment());
    }

    private static OffsetDateTime odt(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
