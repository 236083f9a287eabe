package cn.hazedesk.application;

import cn.hazedesk.application.port.EnterpriseStore;
import cn.hazedesk.application.port.Transactions;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.measure.MeasureSelector;
import cn.hazedesk.domain.reduction.AdequacyReport;
import cn.hazedesk.domain.reduction.GradedEnterprise;
import cn.hazedesk.domain.reduction.ReductionCalculator;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reduction accounting of the stored list: each enterprise with its overall grade in effect at the moment asked
 * for (grading records, or the list grade where none had started), each line's measure chosen by the rules,
 * totals per district and for the city against the targets. Read-only.
 */
public final class ReductionService {
    private final Transactions tx;
    private final EnterpriseStore enterprises;
    private final GradingService grading;
    private final MeasureSelector selector;
    private final ReductionCalculator calculator;
    private final Clock clock;

    public ReductionService(Transactions tx, EnterpriseStore enterprises, GradingService grading,
                            MeasureSelector selector, ReductionCalculator calculator, Clock clock) {
        this.tx = tx;
        this.enterprises = enterprises;
        this.grading = grading;
        this.selector = selector;
        this.calculator = calculator;
        this.clock = clock;
    }

    /** The report for the given levels with the grades in effect now. */
    public AdequacyReport report(Collection<WarningLevel> levels) {
        return report(levels, clock.instant());
    }

    /** The report for the given levels with the grades in effect at {@code at} (e.g. a response start). */
    public AdequacyReport report(Collection<WarningLevel> levels, Instant at) {
        return calculator.compute(graded(at), levels);
    }

    /** The list with each enterprise's overall grade in effect at {@code at}. */
    public List<GradedEnterprise> graded(Instant at) {
        return tx.inTransaction(() -> {
            List<Enterprise> list = enterprises.loadAll().stream().map(StoredEnterprise::enterprise).toList();
            Map<String, PerformanceGrade> grades = grading.overallGradesAt(list, at);
            return list.stream().map(e -> new GradedEnterprise(e, grades.get(e.uscc()))).toList();
        });
    }

    /**
     * {@link #graded} a page of at most {@code size} enterprises at a time, in id order, in one transaction: for work
     * that looks at one enterprise at a time (the list's check), so that the whole list is never held at once.
     */
    public void gradedInPages(Instant at, int size, java.util.function.Consumer<List<GradedEnterprise>> each) {
        tx.inTransaction(() -> {
            long after = Long.MIN_VALUE;
            for (List<StoredEnterprise> page = enterprises.loadPage(after, size); !page.isEmpty();
                 page = enterprises.loadPage(after, size)) {
                List<Enterprise> list = page.stream().map(StoredEnterprise::enterprise).toList();
                Map<String, PerformanceGrade> grades = grading.overallGradesAt(list, at);
                each.accept(list.stream().map(e -> new GradedEnterprise(e, grades.get(e.uscc()))).toList());
                after = page.get(page.size() - 1).id();
            }
        });
    }

    /** The measure of each line of one enterprise at a level, with the rule that chose it. */
    public List<MeasureSelector.LineChoice> measures(GradedEnterprise e, WarningLevel level) {
        return selector.choose(e.enterprise(), e.grade(), level);
    }
}
