package cn.hazedesk.domain.enterprise;

import java.math.BigDecimal;

/** The measure one production line takes at one warning level; fraction is the share of emissions cut (0-1). */
public record LevelMeasure(WarningLevel level, MeasureType type, BigDecimal fraction, String text) {
}
