package cn.hazedesk.domain.reduction;

import cn.hazedesk.domain.enterprise.Enterprise.Pollutant;
import cn.hazedesk.domain.enterprise.WarningLevel;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** The share of the baseline each level must cut, per pollutant (data/reduction-targets.csv; 10/20/30 %). */
public record ReductionTargets(Map<WarningLevel, Map<Pollutant, BigDecimal>> shares) {
    public ReductionTargets {
        Map<WarningLevel, Map<Pollutant, BigDecimal>> copy = new EnumMap<>(WarningLevel.class);
        for (WarningLevel l : WarningLevel.values()) {
            Map<Pollutant, BigDecimal> byPollutant = shares.get(l);
            for (Pollutant p : Pollutant.values()) {
                BigDecimal s = byPollutant == null ? null : byPollutant.get(p);
                if (s == null || s.signum() < 0 || s.compareTo(BigDecimal.ONE) > 0) {
                    throw new IllegalArgumentException("target for " + l + " " + p + " missing or not 0-1: " + s);
                }
            }
            copy.put(l, Map.copyOf(byPollutant));
        }
        shares = Map.copyOf(copy);
    }

    /** The share (0.10 for 10 %). */
    public BigDecimal share(WarningLevel level, Pollutant p) {
        return shares.get(level).get(p);
    }
}
