package cn.hazedesk.domain.grading;

import cn.hazedesk.domain.enterprise.PerformanceGrade;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The grades of one enterprise in effect at an instant: per industry (at most one record of an industry is in
 * effect at a time) and overall, the lowest of them (docs/grading.md, "The grade in effect").
 */
public record GradesInEffect(Map<String, PerformanceGrade> byIndustry) {
    public GradesInEffect {
        byIndustry = Map.copyOf(byIndustry);
    }

    /** From the enterprise's records (any order). */
    public static GradesInEffect at(Collection<GradeRecord> records, Instant t) {
        Map<String, GradeRecord> latest = new TreeMap<>();
        for (GradeRecord r : records) {
            if (r.inEffectAt(t)) {
                // periods of one industry do not overlap; should stored data ever disagree, the newest start wins
                latest.merge(r.industry(), r, (a, b) -> b.effectiveFrom().isAfter(a.effectiveFrom()) ? b : a);
            }
        }
        Map<String, PerformanceGrade> grades = new TreeMap<>();
        latest.forEach((industry, r) -> grades.put(industry, r.grade()));
        return new GradesInEffect(grades);
    }

    /** The overall grade: the lowest over the industries; empty when no grade is in effect. */
    public Optional<PerformanceGrade> overall() {
        return GradeOrder.lowest(byIndustry.values());
    }
}
