package cn.hazedesk.domain.warning;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applies a criteria profile to an area's forecast (docs/warning-criteria.md, "What is forecast"): levels are tried
 * from RED down; a condition holds when {@code dur(x)} reaches its hours, where {@code dur(x)} is the longest stretch
 * covered by consecutive 24-hour windows whose mean AQI is above x. A window starts at the start of each forecast
 * period (every day for a daily forecast, every 12 h for half-days, every hour for an hourly one) and must be wholly
 * forecast; its mean weighs each period by its hours, so "any continuous 24 h" may cross midnight wherever the forecast
 * is finer than a day. Dust-driven periods never count (a window holding one does not count and breaks the run) — for
 * them the app offers health advice instead. A forecast by day gives runs of whole days, as before.
 */
public final class CriteriaEvaluator {
    private static final List<RecommendedLevel> FROM_TOP = List.of(RecommendedLevel.RED, RecommendedLevel.ORANGE,
            RecommendedLevel.YELLOW, RecommendedLevel.TEMP_CONTROL);

    private CriteriaEvaluator() {
    }

    public static Recommendation recommend(CriteriaProfile profile, List<DailyForecast> days) {
        return recommendPeriods(profile, days.stream().map(DailyForecast::period).toList());
    }

    public static Recommendation recommendPeriods(CriteriaProfile profile, List<ForecastPeriod> periods) {
        List<ForecastPeriod> sorted = periods.stream().sorted(Comparator.comparing(ForecastPeriod::start)).toList();
        List<LocalDate> dust = sorted.stream().filter(ForecastPeriod::dust).map(p -> p.start().toLocalDate())
                .distinct().toList();
        List<Window> windows = windows(sorted);
        for (RecommendedLevel level : FROM_TOP) {
            for (List<CriteriaProfile.Condition> clause : profile.rules().getOrDefault(level, List.of())) {
                List<Recommendation.Run> evidence = new ArrayList<>();
                boolean all = true;
                for (CriteriaProfile.Condition c : clause) {
                    Optional<Recommendation.Run> run = longestRun(windows, c.aboveAqi());
                    if (run.isEmpty() || run.get().hours() < c.minHours()) {
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

    /**
     * A 24-hour window from {@code start}: its mean AQI ×24 (exact), whether dust is in it, and where the next window
     * starts (the next period's start).
     */
    record Window(LocalDateTime start, LocalDateTime next, long aqiHours, boolean dust) {
        boolean above(int x) {
            return !dust && aqiHours > 24L * x;
        }
    }

    /** The 24-hour windows starting at each period's start that the forecast covers without a gap. */
    static List<Window> windows(List<ForecastPeriod> sorted) {
        List<Window> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            LocalDateTime start = sorted.get(i).start();
            LocalDateTime end = start.plusHours(24);
            LocalDateTime at = start;
            long sum = 0;
            boolean dust = false;
            boolean covered = true;
            for (int j = i; j < sorted.size() && at.isBefore(end); j++) {
                ForecastPeriod p = sorted.get(j);
                if (!p.start().equals(at)) {
                    covered = false; // a gap or an overlap: no continuous 24 h here
                    break;
                }
                long h = Math.min(p.hours(), Duration.between(at, end).toHours());
                sum += h * p.aqi();
                dust |= p.dust();
                at = p.end();
            }
            if (covered && !at.isBefore(end)) {
                out.add(new Window(start, sorted.get(i).end(), sum, dust));
            }
        }
        return out;
    }

    /**
     * The longest stretch covered by windows above {@code above} that follow one another (each starting at the next
     * period start): from the first window's start to the last window's end.
     */
    static Optional<Recommendation.Run> longestRun(List<Window> windows, int above) {
        Recommendation.Run best = null;
        LocalDateTime runStart = null;
        Window prev = null;
        for (Window w : windows) {
            boolean follows = prev != null && prev.above(above) && w.start().equals(prev.next());
            if (w.above(above)) {
                if (runStart == null || !follows) {
                    runStart = w.start();
                }
                LocalDateTime to = w.start().plusHours(24);
                int hours = (int) Duration.between(runStart, to).toHours();
                if (best == null || hours > best.hours()) {
                    best = new Recommendation.Run(above, runStart, to, hours);
                }
            } else {
                runStart = null;
            }
            prev = w;
        }
        return Optional.ofNullable(best);
    }

    private static int max(List<ForecastPeriod> periods) {
        return periods.stream().filter(p -> !p.dust()).mapToInt(ForecastPeriod::aqi).max().orElse(0);
    }

    private static LocalDate maxDay(List<ForecastPeriod> periods) {
        return periods.stream().filter(p -> !p.dust()).max(Comparator.comparingInt(ForecastPeriod::aqi))
                .map(p -> p.start().toLocalDate()).orElse(null);
    }
}
