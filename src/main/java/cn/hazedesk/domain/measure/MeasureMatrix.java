package cn.hazedesk.domain.measure;

import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.grading.GradeOrder;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * industry × grade × level → default measure, as read from data/measure-matrix.csv (docs/measures-and-reductions.md,
 * "The measure matrix").
 */
public record MeasureMatrix(List<MatrixEntry> entries) {
    public MeasureMatrix {
        entries = List.copyOf(entries);
        Set<String> seen = new HashSet<>();
        for (MatrixEntry e : entries) {
            if (!seen.add(e.industry() + "|" + e.grade() + "|" + e.level())) {
                throw new IllegalArgumentException("two matrix rows for " + e.industry() + " " + e.grade().code()
                        + " " + e.level());
            }
        }
    }

    public Optional<MatrixEntry> find(String industry, PerformanceGrade grade, WarningLevel level) {
        return entries.stream()
                .filter(e -> e.industry().equals(industry) && e.grade() == grade && e.level() == level)
                .findFirst();
    }

    /**
     * The text of a voluntary measure (自主减排 in the bundled matrix): the text of the matrix's VOLUNTARY rows, the
     * first one when they differ; a line of a grade that is always voluntary (A+, 引领性) and has no text of its own
     * gets it. Empty when the matrix has no VOLUNTARY row (data/measure-matrix.csv must have one, MeasureMatrixCsv).
     */
    public String voluntaryText() {
        return entries.stream().filter(e -> e.type() == cn.hazedesk.domain.enterprise.MeasureType.VOLUNTARY)
                .map(MatrixEntry::text).filter(t -> t != null && !t.isBlank()).findFirst().orElse("");
    }

    /** The lowest grade the matrix has rows for in this industry (未评级 rows do not count); empty when none. */
    public Optional<PerformanceGrade> lowestGrade(String industry) {
        return GradeOrder.lowest(entries.stream().filter(e -> e.industry().equals(industry))
                .map(MatrixEntry::grade).toList());
    }
}
