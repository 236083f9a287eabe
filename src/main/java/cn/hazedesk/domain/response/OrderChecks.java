package cn.hazedesk.domain.response;

import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.IndustryCatalog;
import cn.hazedesk.domain.enterprise.Industry;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.grading.GradeOrder;
import cn.hazedesk.domain.measure.MeasureRule;

import java.util.Collection;
import java.util.List;

/**
 * What a duty officer must see before a batch of orders goes out (docs/measures-and-reductions.md, "Checks
 * before orders go out"): enterprises of a key industry that still have no measure after every fallback (a line chosen
 * by NO_MEASURE, or no lines at all), orders whose measure is a matrix default still UNVERIFIED (默认措施（待核实）), and
 * 保障类 enterprises of a key industry graded below B (a protected firm must be B or better, or 引领性). Each list keeps
 * the orders' order.
 */
public record OrderChecks(List<ResponseOrder> keyIndustryWithoutMeasure, List<ResponseOrder> unverifiedDefaults,
                          List<ResponseOrder> protectedBelowB) {
    public OrderChecks {
        keyIndustryWithoutMeasure = List.copyOf(keyIndustryWithoutMeasure);
        unverifiedDefaults = List.copyOf(unverifiedDefaults);
        protectedBelowB = List.copyOf(protectedBelowB);
    }

    /** True when nothing needs a confirmation. */
    public boolean clean() {
        return keyIndustryWithoutMeasure.isEmpty() && unverifiedDefaults.isEmpty() && protectedBelowB.isEmpty();
    }

    public static OrderChecks of(Collection<ResponseOrder> orders, IndustryCatalog industries) {
        List<ResponseOrder> all = List.copyOf(orders);
        return new OrderChecks(
                all.stream().filter(o -> key(o, industries) && withoutMeasure(o)).toList(),
                all.stream().filter(ResponseOrder::hasUnverifiedDefault).toList(),
                all.stream().filter(o -> key(o, industries) && protectedBelowB(o.controlType(), o.grade())).toList());
    }

    private static boolean key(ResponseOrder o, IndustryCatalog industries) {
        return industries.byName(o.industry()).map(Industry::key).orElse(false);
    }

    /** No measure: a line left with NO_MEASURE, or no line at all, unless the firm is exempt or shut down for good. */
    public static boolean withoutMeasure(ResponseOrder o) {
        if (o.exempt()) {
            return false;
        }
        return o.lines().isEmpty() || o.lines().stream().anyMatch(l -> l.rule() == MeasureRule.NO_MEASURE);
    }

    /** A 保障类 firm not graded B or better or 引领性 (未评级 included). */
    public static boolean protectedBelowB(ControlType type, PerformanceGrade grade) {
        if (type != ControlType.PROTECTED) {
            return false;
        }
        return grade == null || grade == PerformanceGrade.UNRATED || grade == PerformanceGrade.NON_LEADING
                || GradeOrder.rank(grade) > GradeOrder.rank(PerformanceGrade.B);
    }
}
