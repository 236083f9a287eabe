package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.enterprise.Enterprise;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The plausible most of one line's annual emission per pollutant (data/list-limits.csv): a value above it is a
 * problem (a unit slip), not a number to store. A pollutant without a limit has none.
 */
public record ListLimits(Map<Enterprise.Pollutant, BigDecimal> maxTonnesPerLine) {
    public ListLimits {
        EnumMap<Enterprise.Pollutant, BigDecimal> m = new EnumMap<>(Enterprise.Pollutant.class);
        m.putAll(maxTonnesPerLine);
        maxTonnesPerLine = java.util.Collections.unmodifiableMap(m);
    }

    public static ListLimits none() {
        return new ListLimits(Map.of());
    }

    public Optional<BigDecimal> max(Enterprise.Pollutant p) {
        return Optional.ofNullable(maxTonnesPerLine.get(p));
    }
}
