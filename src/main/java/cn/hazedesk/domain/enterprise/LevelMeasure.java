package cn.hazedesk.domain.enterprise;

import java.math.BigDecimal;

/** The measure one production line takes at one warning level; fraction is the share of emissions cut (0-1). */
public record LevelMeasure(WarningLevel level, MeasureType type, BigDecimal fraction, String text) {
    public LevelMeasure {
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("reduction fraction must lie in 0-1: " + fraction);
        }
    }
}
