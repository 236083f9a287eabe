package cn.hazedesk.domain.campaign;

import cn.hazedesk.domain.enterprise.PerformanceGrade;

import java.time.LocalDate;
import java.util.List;

/** A 创A升B campaign: a name, a period, and the enterprises (per industry) with the grade each should reach. */
public record Campaign(long id, String name, LocalDate startsOn, LocalDate endsOn, List<Target> targets) {
    /** One enterprise's goal in one industry. */
    public record Target(String uscc, String industry, PerformanceGrade targetGrade) {
    }

    public Campaign {
        targets = List.copyOf(targets);
    }
}
