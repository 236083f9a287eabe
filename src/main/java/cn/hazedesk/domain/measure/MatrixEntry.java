package cn.hazedesk.domain.measure;

import cn.hazedesk.domain.enterprise.TransportRule;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.WarningLevel;

import java.math.BigDecimal;

/**
 * One default measure: what a line of {@code industry} graded {@code grade} does at {@code level}. {@code fraction}
 * is the share of the line's emissions cut (0-1), {@code source} a source id (docs/README.md, "Sources") or a note.
 */
public record MatrixEntry(String industry, PerformanceGrade grade, WarningLevel level, MeasureType type,
                          BigDecimal fraction, String text, TransportRule transport, String source,
                          Confidence confidence) {
    public MatrixEntry {
        if (fraction == null || fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("fraction must be between 0 and 1: " + fraction);
        }
        if (industry == null || industry.isBlank() || grade == null || level == null || type == null
                || transport == null || confidence == null) {
            throw new IllegalArgumentException("incomplete matrix entry");
        }
    }
}
