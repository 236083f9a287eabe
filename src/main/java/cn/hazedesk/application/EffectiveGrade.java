package cn.hazedesk.application;

import cn.hazedesk.domain.enterprise.PerformanceGrade;

import java.util.Map;

/**
 * An enterprise's grade at a moment: the overall grade (lowest over its industries), the grade per industry, and
 * where it comes from. RECORDS: from grade records (未评级 when every record has ended by then, e.g. revoked);
 * LIST: no grade record had started by then, so the grade the list showed then counts (today's list grade with
 * the later changes of its change history undone).
 */
public record EffectiveGrade(PerformanceGrade overall, Map<String, PerformanceGrade> byIndustry, Source source) {
    public enum Source { RECORDS, LIST }

    public EffectiveGrade {
        byIndustry = Map.copyOf(byIndustry);
    }
}
