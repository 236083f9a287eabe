package cn.hazedesk.domain.enterprise;

import java.math.BigDecimal;

/**
 * The measure one production line takes at one warning level: its type, the share of the line's emissions cut
 * (0-1; null when the list gives none and none can be read from the text), the text as the list writes it, and the
 * road-freight rule that goes with it (read from the text; {@link TransportRule#NONE} when it names none).
 */
public record LevelMeasure(WarningLevel level, MeasureType type, BigDecimal fraction, String text,
                           TransportRule transport) {
    public LevelMeasure {
        transport = transport == null ? TransportRule.NONE : transport;
    }

    /** A measure without a transport rule. */
    public LevelMeasure(WarningLevel level, MeasureType type, BigDecimal fraction, String text) {
        this(level, type, fraction, text, TransportRule.NONE);
    }
}
