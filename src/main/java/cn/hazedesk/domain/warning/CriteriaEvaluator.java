package cn.hazedesk.domain.warning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applies a criteria profile to an area's daily forecast (DOMAIN.md §10.2): levels are tried from RED down; a
 * condition holds when the longest run of consecutive forecast days above its AQI reaches its hours. Dust-driven
 * days never count (they break a run) — for them the app offers health advice instead.
 */
public final class CriteriaEvaluator {
    private static final List<RecommendedLevel> FROM_TOP = List.of(RecommendedLevel.RED, RecommendedLevel.ORANGE,
            RecommendedLevel.YELLOW, RecommendedLevel.TEMP_CONTROL);

    private CriteriaEvaluator() {
    }

    public static Recommendation recommend(CriteriaProfile profile, List<DailyForecast> days) {
        List<DailyForecast> sorted = days.stream().sorted(Comparator.comparing(DailyForecast::date)).toList();
        List<LocalDate> dust = sorted.stream().filter(DailyForecast::dust).map(DailyForecast::date).toList();
        for (RecommendedLevel level : FROM_TOP) {
            for (List<CriteriaProfile.Condition> clause : profile.rules().getOrDefault(level, List.of())) {
                List<Recommendation.Run> evidence = new ArrayList<>();
                boolean all = true;
                for (CriteriaProfile.Condition c : clause) {
                    Optional<Recommendation.Run> run = longestRun(sorted, c.aboveAqi());
                    if (run.isEmpty() || run.get().days() * 24 < c.minHours()) {
                        all = false;
                        break;
                    }
                    evidence.add(run.get());
                }
                if (all && !clause.isEmpty()) {
                    return new Recommendation(level, evidence, dust, max(sorted), maxDay(sorted));
                }
            }
        }
        return new Recommendation(RecommendedLevel.NONE, List.of(), dust, max(sorted), maxDay(sorted));
    }

    /** The longest run of consecutive calendar days with AQI above {@code above}, dust days not counted. */
    static Optional<Recommendation.Run> longestRun(List<DailyForecast> sorted, int above) {
        Recommendation.Run best = null;
        LocalDate start = null;
        LocalDate prev = null;
        for (DailyForecast d : sorted) {
            boolean counts = !d.dust() && d.aqi() > above;
            boolean consecutive = prev != null && d.date().equals(prev.plusDays(1));
            if (counts) {
                if (start == null || !consecutive) {
                    start = d.date();
                }
                int len = (int) (d.date().toEpochDay() - start.toEpochDay()) + 1;
                if (best == null || len > best.days()) {
                    best = new Recommendation.Run(above, start, d.date(), len);
                }
                prev = d.date();
            } else {
                start = null;
                prev = d.date();
            }
        }
        return Optional.ofNullable(best);
    }

    private static int max(List<DailyForecast> days) {
        return days.stream().filter(d -> !d.dust()).mapToInt(DailyForecast::aqi).max().orElse(0);
    }

    private static LocalDate maxDay(List<DailyForecast> days) {
        return days.stream().filter(d -> !d.dust()).max(Comparator.comparingInt(DailyForecast::aqi))
                .map(DailyForecast::date).orElse(null);
    }
}
