package cn.hazedesk.domain.measure;

import cn.hazedesk.domain.enterprise.TransportRule;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The measure that applies to one line at one level and the rule that chose it. {@code grade} is the grade the
 * rule went by (for UNGRADED_KEY_INDUSTRY the industry's lowest). {@code type}, {@code fraction} and {@code text}
 * describe the measure (type null when there is none); {@code countedFraction} is the share that counts towards
 * the reduction (0 when the rule counts nothing, and for 自主减排). {@code entry} is the matrix row used, if any (for a
 * fallback, the row it fell back to: its industry or grade may differ from the enterprise's). {@code transport} is
 * the line's one transport rule (see {@link MeasureSelector}).
 */
public record MeasureChoice(MeasureRule rule, PerformanceGrade grade, MeasureType type, BigDecimal fraction,
                            BigDecimal countedFraction, String text, TransportRule transport, MatrixEntry entry) {

    public boolean counted() {
        return countedFraction.signum() > 0;
    }

    public Optional<MatrixEntry> matrixEntry() {
        return Optional.ofNullable(entry);
    }

    /** True when the measure is a matrix default whose row is still UNVERIFIED: 默认措施（待核实）, not the guide's. */
    public boolean unverifiedDefault() {
        return entry != null && entry.confidence() == Confidence.UNVERIFIED;
    }
}
