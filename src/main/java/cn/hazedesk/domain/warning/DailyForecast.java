package cn.hazedesk.domain.warning;

import java.time.LocalDate;

/** One area's forecast for one day: the daily AQI and whether dust drives it. */
public record DailyForecast(LocalDate date, int aqi, boolean dust) {
    /** The day as a 24-hour period. */
    public ForecastPeriod period() {
        return ForecastPeriod.day(date, aqi, dust);
    }
}
