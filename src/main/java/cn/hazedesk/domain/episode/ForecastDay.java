package cn.hazedesk.domain.episode;

import cn.hazedesk.domain.warning.ForecastPeriod;

import java.time.LocalDate;

/**
 * One area's forecast for one period as entered at a consultation: the day, the period within it (from
 * {@code startHour}, {@code hours} long: 0 and 24 for a whole day, 0 or 12 and 12 for a half-day, an hour for an
 * hourly forecast), the AQI (typed, or computed from the concentrations, which are then kept as typed), the primary
 * pollutant, and whether dust drives it.
 */
public record ForecastDay(String regionCode, LocalDate date, int startHour, int hours, int aqi, boolean dust,
                          String primaryPollutant, String concentrations) {
    public ForecastDay {
        if (aqi < 0) {
            throw new IllegalArgumentException("AQI below zero");
        }
        // validated as a period (1-24 h, on its own grid, within the day)
        new ForecastPeriod(date.atTime(startHour, 0), hours, aqi, dust);
        if (startHour + hours > 24) {
            throw new IllegalArgumentException("a period ends within its day: " + startHour + "+" + hours);
        }
        primaryPollutant = primaryPollutant == null ? "" : primaryPollutant;
        concentrations = concentrations == null ? "" : concentrations;
    }

    /** A whole day. */
    public ForecastDay(String regionCode, LocalDate date, int aqi, boolean dust, String primaryPollutant,
                       String concentrations) {
        this(regionCode, date, 0, 24, aqi, dust, primaryPollutant, concentrations);
    }

    public ForecastPeriod period() {
        return new ForecastPeriod(date.atTime(startHour, 0), hours, aqi, dust);
    }

    public boolean wholeDay() {
        return hours == 24;
    }
}
