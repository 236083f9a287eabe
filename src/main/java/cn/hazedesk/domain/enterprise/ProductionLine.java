package cn.hazedesk.domain.enterprise;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A production line with its annual emissions in tonnes and its measure at each level (any level may be absent).
 * {@code designCokingHours} is a coke oven line's design coking time (T0), from which an extended coking time
 * gives the share cut (1 − T0/T1); null for every other line.
 */
public record ProductionLine(String name, String process, String capacity, BigDecimal so2Tonnes,
                             BigDecimal noxTonnes, BigDecimal pmTonnes, BigDecimal vocsTonnes,
                             List<LevelMeasure> measures, BigDecimal designCokingHours) {
    public ProductionLine {
        measures = List.copyOf(measures);
    }

    /** A line without a design coking time. */
    public ProductionLine(String name, String process, String capacity, BigDecimal so2Tonnes, BigDecimal noxTonnes,
                          BigDecimal pmTonnes, BigDecimal vocsTonnes, List<LevelMeasure> measures) {
        this(name, process, capacity, so2Tonnes, noxTonnes, pmTonnes, vocsTonnes, measures, null);
    }

    public Optional<LevelMeasure> measure(WarningLevel level) {
        for (LevelMeasure m : measures) {
            if (m.level() == level) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    public BigDecimal tonnes(Enterprise.Pollutant p) {
        return switch (p) {
            case SO2 -> so2Tonnes;
            case NOX -> noxTonnes;
            case PM -> pmTonnes;
            case VOCS -> vocsTonnes;
        };
    }
}
