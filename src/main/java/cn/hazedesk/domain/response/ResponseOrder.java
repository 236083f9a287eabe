package cn.hazedesk.domain.response;

import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.measure.MeasureRule;
import cn.hazedesk.domain.enterprise.TransportRule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one enterprise must do at one warning level (企业重污染天气应急响应告知书): the enterprise as the list has it,
 * the overall grade in effect, each line's measure and the transport rule.
 *
 * <p>Every listed enterprise gets an order, exempt ones included: {@code notCountedReason} is null when at least
 * one line's measure counts towards the reduction, otherwise the reason nothing counts (LONG_TERM_SHUTDOWN, EXEMPT,
 * PROTECTION_TASK, VOLUNTARY_GRADE, NO_MEASURE, ...; see {@link ResponseOrderGenerator}). {@code transport} is the
 * order's one transport rule: the strictest over its lines. Optional facts of the list (address, contact) are null when the list does not give them.
 */
public record ResponseOrder(String uscc, String enterpriseName, String districtCode, String districtName,
                            String industry, PerformanceGrade grade, WarningLevel level, ControlType controlType,
                            String address, String contactName, String contactPhone, MeasureRule notCountedReason,
                            List<OrderLine> lines, TransportRule transport) {
    public ResponseOrder {
        Objects.requireNonNull(uscc, "uscc");
        Objects.requireNonNull(enterpriseName, "enterpriseName");
        Objects.requireNonNull(level, "level");
        grade = grade == null ? PerformanceGrade.UNRATED : grade;
        lines = List.copyOf(lines);
        transport = transport == null ? TransportRule.NONE : transport;
    }

    /** Empty when some line's measure counts; otherwise why nothing counts. */
    public Optional<MeasureRule> notCounted() {
        return Optional.ofNullable(notCountedReason);
    }

    /** True when at least one line's measure counts towards the reduction. */
    public boolean counted() {
        return notCountedReason == null;
    }

    /** 豁免 or 长期停产: listed with its reason, no measure to take. */
    public boolean exempt() {
        return notCountedReason == MeasureRule.EXEMPT || notCountedReason == MeasureRule.LONG_TERM_SHUTDOWN;
    }

    /** True when a line is a matrix default whose row is still UNVERIFIED (默认措施（待核实）). */
    public boolean hasUnverifiedDefault() {
        return lines.stream().anyMatch(OrderLine::unverifiedDefault);
    }
}
