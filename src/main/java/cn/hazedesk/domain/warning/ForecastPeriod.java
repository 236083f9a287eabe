package cn.hazedesk.domain.warning;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One area's forecast AQI for a period: a day (24 h from midnight), a half-day (12 h) or an hour, as the
 * meteorological bureau gives it; {@code dust}: the period's pollution is driven by dust (it never counts).
 */
public record ForecastPeriod(LocalDateTime start, int hours, int aqi, boolean dust) {
    public ForecastPeriod {
        if (start == null) {
            throw new IllegalArgumentException("a forecast period needs its start");
        }
        if (hours < 1 || hours > 24 || 24 % hours != 0) {
            throw new IllegalArgumentException("a forecast period is 1, 2, 3, 4, 6, 8, 12 or 24 hours: " + hours);
        }
        if (start.getHour() % hours != 0 || start.getMinute() != 0 || start.getSecond() != 0 || start.getNano() != 0) {
            throw new IllegalArgumentException("a " + hours + "-hour period starts on a multiple of " + hours + " h: " + start);
        }
        if (aqi < 0) {
            throw new IllegalArgumentException("AQI below zero");
        }
    }

    /** A whole day. */
    public static ForecastPeriod day(LocalDate date, int aqi, boolean dust) {
        return new ForecastPeriod(date.atStartOfDay(), 24, aqi, dust);
    }

    public LocalDateTime end() {
        return start.plusHours(hours);
    }
}
