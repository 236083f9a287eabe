package cn.hazedesk.domain.warning;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 36-hour lifting condition (docs/warning-criteria.md, "Lifting"): how many hours the forecast stays below the
 * yellow criteria, counted from its first hour. An hour is below when every area's forecast for it is at or under the
 * lowest AQI that any yellow condition of the profile counts (150 in 2024, 200 in 2018), or is dust-driven (dust never
 * counts). A forecast by day counts whole days of 24 h; by half-day or hour it counts 12 h or single hours, so 36 h can
 * be met exactly. The count stops at the first hour above, or where the forecast has a gap.
 */
public final class LiftCheck {
    public static final int REQUIRED_HOURS = 36;

    private LiftCheck() {
    }

    /** The lowest AQI a yellow condition counts ("above X"). */
    public static int yellowThreshold(CriteriaProfile profile) {
        return profile.rules().getOrDefault(RecommendedLevel.YELLOW, List.of()).stream().flatMap(List::stream)
                .mapToInt(CriteriaProfile.Condition::aboveAqi).min().orElse(200);
    }

    /** Hours below the yellow criteria from the first forecast day, whole days of 24 h; areas' days together. */
    public static int hoursBelow(CriteriaProfile profile, List<DailyForecast> allAreasDays) {
        return hoursBelowPeriods(profile, allAreasDays.stream().map(DailyForecast::period).toList());
    }

    /** Hours below the yellow criteria from the forecast's first hour, every area's periods together. */
    public static int hoursBelowPeriods(CriteriaProfile profile, List<ForecastPeriod> allAreas) {
        int threshold = yellowThreshold(profile);
        Map<LocalDateTime, Boolean> below = new TreeMap<>();
        for (ForecastPeriod p : allAreas) {
            boolean b = p.dust() || p.aqi() <= threshold;
            for (int h = 0; h < p.hours(); h++) {
                below.merge(p.start().plusHours(h), b, Boolean::logicalAnd);
            }
        }
        int hours = 0;
        LocalDateTime prev = null;
        for (Map.Entry<LocalDateTime, Boolean> e : below.entrySet()) {
            if (!e.getValue() || (prev != null && !e.getKey().equals(prev.plusHours(1)))) {
                break;
            }
            hours++;
            prev = e.getKey();
        }
        return hours;
    }
}
