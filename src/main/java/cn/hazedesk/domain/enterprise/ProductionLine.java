package cn.hazedesk.domain.enterprise;

import java.math.BigDecimal;
import java.util.List;

/** A production line with its annual emissions in tonnes and its measure at each level. */
public record ProductionLine(String name, String process, String capacity, BigDecimal so2Tonnes,
                             BigDecimal noxTonnes, BigDecimal pmTonnes, BigDecimal vocsTonnes,
                             List<LevelMeasure> measures) {
    public ProductionLine {
        measures = List.copyOf(measures);
        for (BigDecimal t : List.of(so2Tonnes, noxTonnes, pmTonnes, vocsTonnes)) {
            if (t.signum() < 0) {
                throw new IllegalArgumentException("emissions cannot be negative: " + name);
            }
        }
    }
}
