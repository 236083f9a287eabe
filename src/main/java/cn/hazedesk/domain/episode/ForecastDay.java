package cn.hazedesk.domain.episode;

import cn.hazedesk.domain.warning.DailyForecast;

import java.time.LocalDate;

/**
 * One area's forecast for one day as entered at a consultation: the daily AQI (typed, or computed from the
 * concentrations, which are then kept as typed), the primary pollutant, and whether dust drives it.
 */
public record ForecastDay(String regionCode, LocalDate date, int aqi, boolean dust, String primaryPollutant,
                          String concentrations) {
    public ForecastDay {
        if (aqi < 0) {
            throw new IllegalArgumentException("AQI below zero");
        }
        primaryPollutant = primaryPollutant == null ? "" : primaryPollutant;
        concentrations = concentrations == null ? "" : concentrations;
    }

    public DailyForecast daily() {
        return new DailyForecast(date, aqi, dust);
    }
}
