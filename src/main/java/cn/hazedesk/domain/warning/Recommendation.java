package cn.hazedesk.domain.warning;

import java.time.LocalDate;
import java.util.List;

/**
 * The level the criteria give, with the evidence: for the clause that was met, each condition's run of days
 * (first day, last day, days); the dust days left out; the highest AQI (and its day) when nothing was met.
 */
public record Recommendation(RecommendedLevel level, List<Run> evidence, List<LocalDate> dustDays, int maxAqi,
                             LocalDate maxDay) {
    /** Consecutive days above {@code aboveAqi}. */
    public record Run(int aboveAqi, LocalDate from, LocalDate to, int days) {
    }

    public Recommendation {
        evidence = List.copyOf(evidence);
        dustDays = List.copyOf(dustDays);
    }
}
