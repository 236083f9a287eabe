package cn.hazedesk.domain.episode;

import cn.hazedesk.domain.warning.ForecastPeriod;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One consultation (会商): when it was held, under which criteria profile, the forecast (by area code, then day and
 * period: by day, half-day or hour, for as many days as the forecast gives, up to 7), the
 * opinion and who took part.
 */
public record Consultation(int seq, Instant heldAt, String profile, List<ForecastDay> days, String opinion,
                           String participants, String recordedBy, Instant recordedAt) {
    public Consultation {
        // one value per area and day: kept in that order (area code, then date) however they were entered, so
        // that a stored consultation reads back equal
        days = days.stream().sorted(Comparator.comparing(ForecastDay::regionCode).thenComparing(ForecastDay::date)
                .thenComparingInt(ForecastDay::startHour)).toList();
        opinion = opinion == null ? "" : opinion;
        participants = participants == null ? "" : participants;
    }

    /** The periods of one area, as the criteria evaluator takes them. */
    public List<ForecastPeriod> periodsOf(String regionCode) {
        return days.stream().filter(d -> d.regionCode().equals(regionCode)).map(ForecastDay::period).toList();
    }

    /** Every area's periods. */
    public List<ForecastPeriod> periods() {
        return days.stream().map(ForecastDay::period).toList();
    }
}
