package cn.hazedesk.domain.warning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The level the criteria give, with the evidence: for the clause that was met, each condition's run (from, to,
 * hours: the stretch covered by consecutive 24-hour windows whose mean AQI is above the condition's); the days with
 * dust left out; the highest AQI (and its day) when nothing was met.
 */
public record Recommendation(RecommendedLevel level, List<Run> evidence, List<LocalDate> dustDays, int maxAqi,
                             LocalDate maxDay) {
    /**
     * A stretch of {@code hours} from {@code from} to {@code to} (exclusive) covered by consecutive 24-hour windows
     * whose mean AQI is above {@code aboveAqi}.
     */
    public record Run(int aboveAqi, LocalDateTime from, LocalDateTime to, int hours) {
        /** True when the run is made of whole calendar days (a forecast by day). */
        public boolean wholeDays() {
            return from.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && hours % 24 == 0;
        }

        /** Whole days (for a run of whole days). */
        public int days() {
            return hours / 24;
        }

        public LocalDate firstDay() {
            return from.toLocalDate();
        }

        /** The last day the run covers. */
        public LocalDate lastDay() {
            return to.minusNanos(1).toLocalDate();
        }
    }

    public Recommendation {
        evidence = List.copyOf(evidence);
        dustDays = List.copyOf(dustDays);
    }
}
