package cn.hazedesk.domain.warning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 36-hour lifting condition (DOMAIN §1.5, §10.2): how long the forecast stays below the yellow criteria, counted
 * from its first day. A day is below when every area's daily AQI is at or under the lowest AQI that any yellow
 * condition of the profile counts (150 in 2024, 200 in 2018), or the day is dust-driven (dust never counts).
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
        int threshold = yellowThreshold(profile);
        Map<LocalDate, Boolean> below = new TreeMap<>();
        for (DailyForecast d : allAreasDays) {
            boolean b = d.dust() || d.aqi() <= threshold;
            below.merge(d.date(), b, Boolean::logicalAnd);
        }
        int hours = 0;
        LocalDate prev = null;
        for (Map.Entry<LocalDate, Boolean> e : below.entrySet()) {
            if (!e.getValue() || (prev != null && !e.getKey().equals(prev.plusDays(1)))) {
                break;
            }
            hours += 24;
            prev = e.getKey();
        }
        return hours;
    }
}
