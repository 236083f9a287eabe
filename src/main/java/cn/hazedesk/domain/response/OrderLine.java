package cn.hazedesk.domain.response;

import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.measure.MeasureRule;
import cn.hazedesk.domain.enterprise.TransportRule;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One production line of a response order: the measure it takes at the order's level and the rule that chose it.
 * {@code type} is null when no measure applies (exempt, long-term shutdown, protection task, no measure);
 * {@code fraction} is the share of the line's emissions the measure cuts (0-1), {@code counted} whether that share
 * counts towards the reduction (never for 自主减排 or an exemption). {@code text} is the measure as the order prints it
 * (may be empty when nothing applies); {@code process} may be null. {@code unverifiedDefault}: the measure is a matrix
 * default whose row is still UNVERIFIED, printed as 默认措施（待核实）.
 */
public record OrderLine(String lineName, String process, MeasureRule rule, MeasureType type, BigDecimal fraction,
                        boolean counted, String text, TransportRule transport, boolean unverifiedDefault) {
    public OrderLine {
        Objects.requireNonNull(lineName, "lineName");
        Objects.requireNonNull(rule, "rule");
        fraction = fraction == null ? BigDecimal.ZERO : fraction;
        text = text == null ? "" : text;
        transport = transport == null ? TransportRule.NONE : transport;
    }

    public Optional<MeasureType> measureType() {
        return Optional.ofNullable(type);
    }
}
