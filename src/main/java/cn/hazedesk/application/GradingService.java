package cn.hazedesk.application;

import cn.hazedesk.domain.audit.AuditDetail;
import cn.hazedesk.domain.access.Action;
import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.application.port.AuditLog;
import cn.hazedesk.application.port.ChangeLog;
import cn.hazedesk.application.port.EnterpriseStore;
import cn.hazedesk.application.port.GradeStore;
import cn.hazedesk.application.port.Transactions;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.FieldChange;
import cn.hazedesk.domain.enterprise.Industry;
import cn.hazedesk.domain.enterprise.IndustryCatalog;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.grading.DowngradeReason;
import cn.hazedesk.domain.grading.GradeLifecycle;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.grading.GradeChange;
import cn.hazedesk.domain.grading.GradeRecord;
import cn.hazedesk.domain.grading.GradeRefusal;
import cn.hazedesk.domain.grading.GradeStatus;
import cn.hazedesk.domain.grading.GradesInEffect;
import cn.hazedesk.domain.grading.ReviewStage;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Performance grading: applications, the review steps, downgrades and revocations, each in one transaction
 * with an audit record. A refused step changes nothing and says why ({@link Outcome#refusal()}). Whenever
 * a grade takes effect or ends, the enterprise's grade on the list is set to its overall grade in effect (with a
 * line in the list's change history), in the same transaction.
 */
public final class GradingService {
    private final Transactions tx;
    private final GradeStore grades;
    private final EnterpriseStore enterprises;
    private final ChangeLog changes;
    private final AuditLog audit;
    private final IndustryCatalog industries;
    private final Clock clock;

    /** The list's words: a grade is written into the list's history as the list writes it, and read back. */
    private final cn.hazedesk.domain.listimport.ListVocabulary words;

    public GradingService(Transactions tx, GradeStore grades, EnterpriseStore enterprises, ChangeLog changes,
                          AuditLog audit, IndustryCatalog industries,
                          cn.hazedesk.domain.listimport.ListVocabulary words, Clock clock) {
        this.tx = tx;
        this.words = words;
        this.grades = grades;
        this.enterprises = enterprises;
        this.changes = changes;
        this.audit = audit;
        this.industries = industries;
        this.clock = clock;
    }

    /** What a batch approval did: the records approved (as they are now) and the refused ones with why. */
    public record BatchResult(List<GradeRecord> approved, Map<Long, Outcome<GradeChange>> refused) {
    }

    /** 企业申报: a new record for one industry of a listed enterprise. */
    public Outcome<GradeChange> apply(String uscc, String industry, PerformanceGrade grade, String sourceDocument,
                              Actor by, String comment) {
        String actor = by.name();
        return tx.inTransaction(() -> {
            grades.lockApplications(); // a second seat's application waits, then is checked against this one
            Optional<StoredEnterprise> e = enterprises.findByUscc(uscc);
            if (e.isEmpty()) {
                return Outcome.refused(GradeRefusal.UNKNOWN_ENTERPRISE);
            }
            Access.require(by, Action.GRADE_APPLY, e.get().enterprise().districtCode());
            boolean key = industries.byName(industry).map(Industry::key).orElse(false);
            Instant now = now();
            Outcome<GradeChange> o = GradeLifecycle.apply(uscc, industry, key, grade, grades.history(uscc), sourceDocument,
                    now, actor, comment);
            if (!o.isAccepted()) {
                return o;
            }
            GradeRecord stored = o.value().records().get(0).withId(grades.insert(o.value().records().get(0)));
            audit.record(now, actor, "grade.apply", uscc, detail(stored, comment));
            return GradeChange.done(stored);
        });
    }

    /** The next review step passed (区县初审, 市级审核, 省级确认, 公示期满 → 生效). */
    public Outcome<GradeChange> approve(long id, Actor by, String comment) {
        return approve(id, null, by, comment);
    }

    /**
     * The review step {@code seen} passed — the step the reviewer saw the record waiting in; refused when it has moved
     * on meanwhile (another reviewer, another seat). {@code seen} null: whichever step it waits in.
     */
    public Outcome<GradeChange> approve(long id, ReviewStage seen, Actor by, String comment) {
        return tx.inTransaction(() -> {
            requireReview(by, id);
            return approveInTransaction(id, seen, by.name(), comment);
        });
    }

    /**
     * A review step is taken at its own level (docs/access.md): 区县初审 by a reviewer of the enterprise's district
     * (or a city reviewer, where a district has none; the record names who), the later steps (市级审核, 省级确认, the
     * end of 公示) by a city reviewer only.
     */
    private void requireReview(Actor by, long id) {
        Optional<GradeRecord> r = grades.find(id);
        if (r.isEmpty()) {
            return; // refused as unknown by the step itself
        }
        String district = enterprises.findByUscc(r.get().uscc()).map(s -> s.enterprise().districtCode()).orElse(null);
        Access.require(by, Action.GRADE_REVIEW, district);
        ReviewStage.of(r.get().status()).ifPresent(stage -> {
            if (stage != ReviewStage.COUNTY && !by.scope().city()) {
                throw new AccessDenied(by.name(), cn.hazedesk.domain.access.AccessRefusal.LEVEL, Action.GRADE_REVIEW);
            }
        });
    }

    /** The district of the enterprise a record belongs to (null when it left the list: then a city matter). */
    private String districtOf(long id) {
        return grades.find(id).flatMap(r -> enterprises.findByUscc(r.uscc()))
                .map(s -> s.enterprise().districtCode()).orElse(null);
    }

    /** Approves each record; the legal ones all in one transaction, the refused ones reported. */
    public BatchResult approveAll(Collection<Long> ids, Actor by, String comment) {
        return approveAll(ids, null, by, comment);
    }

    /** As {@link #approveAll(Collection, Actor, String)}, each record as seen waiting in {@code seen}. */
    public BatchResult approveAll(Collection<Long> ids, ReviewStage seen, Actor by, String comment) {
        String actor = by.name();
        return tx.inTransaction(() -> {
            // all or nothing as to who may: one record out of the reviewer's reach refuses the batch
            for (long id : ids) {
                requireReview(by, id);
            }
            List<GradeRecord> approved = new ArrayList<>();
            Map<Long, Outcome<GradeChange>> refused = new LinkedHashMap<>();
            for (long id : ids) {
                Outcome<GradeChange> o = approveInTransaction(id, seen, actor, comment);
                if (o.isAccepted()) {
                    approved.add(o.value().record().orElseThrow());
                } else {
                    refused.put(id, o);
                }
            }
            return new BatchResult(approved, refused);
        });
    }

    private Outcome<GradeChange> approveInTransaction(long id, ReviewStage seen, String actor, String comment) {
        Instant now = now();
        return change(id, r -> GradeLifecycle.asSeen(r, seen, x -> GradeLifecycle.approve(x, now, actor, comment)),
                "grade.approve", actor, comment, now);
    }

    /** 驳回 at the step the record waits in; a comment saying why is required. */
    public Outcome<GradeChange> reject(long id, Actor by, String comment) {
        return reject(id, null, by, comment);
    }

    /** 驳回 of the record as seen waiting in {@code seen}; refused when it has moved on meanwhile. */
    public Outcome<GradeChange> reject(long id, ReviewStage seen, Actor by, String comment) {
        Instant now = now();
        String actor = by.name();
        return tx.inTransaction(() -> {
            requireReview(by, id);
            return change(id, r -> GradeLifecycle.asSeen(r, seen, x -> GradeLifecycle.reject(x, now, actor, comment)),
                    "grade.reject", actor, comment, now);
        });
    }

    /** 降级 of the grade in effect, with its reason: the lower grade is in effect from now. */
    public Outcome<GradeChange> downgrade(long id, PerformanceGrade to, DowngradeReason reason, Actor by,
                                  String comment) {
        Access.require(by, Action.GRADE_DOWNGRADE, tx.inTransaction(() -> districtOf(id)));
        return downgradeAfterInspection(id, to, reason, by.name(), comment);
    }

    /**
     * The downgrade itself; the episode's non-compliance step calls it after its own check
     * ({@link Action#GRADE_DOWNGRADE_PROPOSE} of the order's district).
     */
    Outcome<GradeChange> downgradeAfterInspection(long id, PerformanceGrade to, DowngradeReason reason, String actor,
                                          String comment) {
        Instant now = now();
        return tx.inTransaction(() -> change(id, r -> GradeLifecycle.downgrade(r, to, reason, now, actor, comment),
                "grade.downgrade", actor, comment, now));
    }

    /** 撤销 of the grade in effect; a comment saying why is required. */
    public Outcome<GradeChange> revoke(long id, Actor by, String comment) {
        Access.require(by, Action.GRADE_REVOKE, tx.inTransaction(() -> districtOf(id)));
        String actor = by.name();
        Instant now = now();
        return tx.inTransaction(() -> change(id, r -> GradeLifecycle.revoke(r, now, actor, comment), "grade.revoke",
                actor, comment, now));
    }

    private Outcome<GradeChange> change(long id, Function<GradeRecord, Outcome<GradeChange>> step, String action, String actor,
                                String comment, Instant now) {
        Optional<GradeRecord> found = grades.findForChange(id); // locked: another seat's step on it waits
        if (found.isEmpty()) {
            return Outcome.refused(GradeRefusal.UNKNOWN_RECORD);
        }
        Outcome<GradeChange> o = step.apply(found.get());
        if (!o.isAccepted()) {
            return o;
        }
        List<GradeRecord> stored = new ArrayList<>();
        boolean effectChanged = false;
        for (GradeRecord r : o.value().records()) {
            if (r.id() == 0) {
                stored.add(r.withId(grades.insert(r)));
            } else {
                grades.update(r);
                stored.add(r);
            }
            effectChanged |= r.effectiveFrom() != null;
        }
        GradeRecord last = stored.get(stored.size() - 1);
        List<GradeRecord> ended = new ArrayList<>();
        if (last.status() == GradeStatus.EFFECTIVE && last.replacesId() == null) {
            // a newer grade of the same industry took effect: the one in effect before ends now
            for (GradeRecord other : grades.history(last.uscc())) {
                if (other.id() != last.id() && other.industry().equals(last.industry())
                        && other.status() == GradeStatus.EFFECTIVE) {
                    ended.add(GradeLifecycle.supersede(other, now, actor, "#" + last.id()));
                    grades.update(ended.get(ended.size() - 1));
                }
            }
        }
        // the list before the audit trail, as every list write: a whole-list import that holds the list waits for
        // the audit trail's head at its end, so taking the head first and the list next could wait crosswise
        if (effectChanged) {
            syncListGrade(last.uscc(), now, actor);
        }
        ended.forEach(x -> audit.record(now, actor, "grade.supersede", x.uscc(), detail(x, "#" + last.id())));
        // a downgrade closes the record in effect and opens the lower one: the record the step was about is the last
        audit.record(now, actor, action, last.uscc(), detail(last, comment)
                .with("closed", stored.size() > 1 ? stored.get(0).id() : null));
        return Outcome.accepted(new GradeChange(stored));
    }

    /** Sets the list's grade to the overall grade in effect now, recording the change in the list's history. */
    private void syncListGrade(String uscc, Instant now, String actor) {
        Optional<StoredEnterprise> e = enterprises.findByUscc(uscc);
        if (e.isEmpty()) {
            return; // the enterprise left the list; its grading history stays
        }
        Enterprise before = e.get().enterprise();
        PerformanceGrade overall = gradeInEffect(before, grades.history(uscc), before.grade(), now).overall();
        if (overall != before.grade()) {
            grades.writeListGrade(uscc, overall);
            changes.record(uscc, before.name(), now, actor, List.of(new FieldChange(ListField.GRADE.name(), null,
                    words.values().word(before.grade()), words.values().word(overall))));
        }
    }

    /** The records of one enterprise, oldest first, each with its steps. */
    public List<GradeRecord> history(String uscc) {
        return grades.history(uscc);
    }

    public Optional<GradeRecord> find(long id) {
        return grades.find(id);
    }

    /** The records waiting for a reviewer at {@code stage}, oldest application first. */
    public List<GradeRecord> queue(ReviewStage stage) {
        return grades.withStatus(stage.awaiting());
    }

    /** The grade of an enterprise at {@code t}; empty when it is not on the list. */
    public Optional<EffectiveGrade> gradeInEffect(String uscc, Instant t) {
        return enterprises.findByUscc(uscc).map(e -> gradeInEffect(e.enterprise(), grades.history(uscc),
                listGradeAt(e.enterprise(), grades.listGradeChangesAfter(t, uscc)), t));
    }

    /** The overall grade at {@code t} of every enterprise of the list, by credit code. */
    public Map<String, PerformanceGrade> overallGradesAt(List<Enterprise> list, Instant t) {
        Map<String, List<GradeRecord>> byUscc = new HashMap<>();
        for (GradeRecord r : grades.all()) {
            byUscc.computeIfAbsent(r.uscc(), k -> new ArrayList<>()).add(r);
        }
        Map<String, List<GradeStore.ListGradeChange>> later = new HashMap<>();
        for (GradeStore.ListGradeChange c : grades.listGradeChangesAfter(t, null)) {
            later.computeIfAbsent(c.uscc(), k -> new ArrayList<>()).add(c);
        }
        Map<String, PerformanceGrade> out = new HashMap<>();
        for (Enterprise e : list) {
            out.put(e.uscc(), gradeInEffect(e, byUscc.getOrDefault(e.uscc(), List.of()),
                    listGradeAt(e, later.getOrDefault(e.uscc(), List.of())), t).overall());
        }
        return out;
    }

    /** The grade the list showed at a moment: today's, with the changes made after that moment undone. */
    private PerformanceGrade listGradeAt(Enterprise e, List<GradeStore.ListGradeChange> changesAfter) {
        if (changesAfter.isEmpty()) {
            return e.grade();
        }
        return words.values().grade(changesAfter.get(0).oldLabel()).map(cn.hazedesk.domain.listimport.ValueWords.GradeWords::grade)
                .orElse(e.grade());
    }

    /**
     * From the records when any had started by {@code t} (未评级 when all of those have ended), otherwise the grade
     * the list showed at {@code t}.
     */
    static EffectiveGrade gradeInEffect(Enterprise e, List<GradeRecord> records, PerformanceGrade listGradeAtT,
                                        Instant t) {
        boolean started = records.stream().anyMatch(r -> r.effectiveFrom() != null && !t.isBefore(r.effectiveFrom()));
        if (!started) {
            return new EffectiveGrade(listGradeAtT, listGradeAtT == PerformanceGrade.UNRATED ? Map.of()
                    : Map.of(e.industry(), listGradeAtT), EffectiveGrade.Source.LIST);
        }
        GradesInEffect g = GradesInEffect.at(records, t);
        return new EffectiveGrade(g.overall().orElse(PerformanceGrade.UNRATED), g.byIndustry(),
                EffectiveGrade.Source.RECORDS);
    }

    private Instant now() {
        // the store keeps microseconds: what is returned is what will be read back
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static AuditDetail detail(GradeRecord r, String comment) {
        return AuditDetail.of("grade.record").with("record", r.id()).with("industry", r.industry())
                .with("grade", r.grade()).with("status", r.status()).with("downgradeReason", r.downgradeReason())
                .with("comment", comment == null || comment.isBlank() ? null : comment.strip());
    }
}
