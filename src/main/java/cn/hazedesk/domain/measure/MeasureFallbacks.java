package cn.hazedesk.domain.measure;

import cn.hazedesk.domain.enterprise.PerformanceGrade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which matrix rows stand in when the matrix has none for an industry or a grade (data/measure-fallbacks.csv;
 * docs/measures-and-reductions.md, "Rows standing in for others"): a grade falls back to another grade's row (B- → C,
 * 非引领性 → D), an industry's sub-type to the industry's rows (长流程钢铁 / 短流程钢铁 → 钢铁). Chains are followed (a cycle stops at
 * the first repeat).
 */
public record MeasureFallbacks(Map<PerformanceGrade, PerformanceGrade> grades, Map<String, String> industries) {
    public MeasureFallbacks {
        grades = Map.copyOf(grades);
        industries = Map.copyOf(industries);
    }

    public static MeasureFallbacks none() {
        return new MeasureFallbacks(Map.of(), Map.of());
    }

    /** {@code g}, then the grade it falls back to, and so on. */
    public List<PerformanceGrade> gradeChain(PerformanceGrade g) {
        List<PerformanceGrade> out = new ArrayList<>();
        for (PerformanceGrade x = g; x != null && !out.contains(x); x = grades.get(x)) {
            out.add(x);
        }
        return out;
    }

    /** {@code industry}, then the industry whose rows it uses, and so on. */
    public List<String> industryChain(String industry) {
        List<String> out = new ArrayList<>();
        for (String x = industry; x != null && !out.contains(x); x = industries.get(x)) {
            out.add(x);
        }
        return out;
    }
}
