package cn.hazedesk.domain.reduction;

import cn.hazedesk.domain.enterprise.Enterprise.Pollutant;
import cn.hazedesk.domain.enterprise.WarningLevel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The estimated reductions of mobile sources, dust and other sources per region, level and pollutant, in tonnes per
 * day (data/source-reductions.csv, shipped without rows): the rows a city's plan adds to industry's cut (ratio =
 * (Σ industry + Σ mobile + Σ dust + Σ other) / E_city; docs/measures-and-reductions.md, "The baseline and what
 * counts"). A district's row counts for the district and the city; a row for the city's own code counts for the city
 * only (city-wide measures not split by district).
 */
public record SourceReductions(List<Entry> entries) {
    public SourceReductions {
        entries = List.copyOf(entries);
    }

    /** One estimate: {@code dailyTonnes} cut of {@code pollutant} at {@code level} in {@code regionCode}. */
    public record Entry(String regionCode, OtherSource source, WarningLevel level, Pollutant pollutant,
                        BigDecimal dailyTonnes, String basis) {
        public Entry {
            Objects.requireNonNull(regionCode, "regionCode");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(pollutant, "pollutant");
            if (dailyTonnes == null || dailyTonnes.signum() < 0) {
                throw new IllegalArgumentException("daily tonnes must be 0 or more: " + dailyTonnes);
            }
        }
    }

    public static SourceReductions none() {
        return new SourceReductions(List.of());
    }

    /**
     * The annual-equivalent tonnes (daily × 365, exact, as industry's cuts are kept) cut at {@code level} of
     * {@code p} by the rows whose region code {@code regions} accepts.
     */
    public BigDecimal annualCut(Predicate<String> regions, WarningLevel level, Pollutant p) {
        return entries.stream().filter(e -> e.level() == level && e.pollutant() == p && regions.test(e.regionCode()))
                .map(Entry::dailyTonnes).reduce(BigDecimal.ZERO, BigDecimal::add).multiply(ReductionMath.DAYS_PER_YEAR);
    }
}
