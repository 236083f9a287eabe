package cn.hazedesk.domain.document;

import java.time.LocalDate;

/** One day of the consultation's forecast as a notice quotes it: the daily AQI range expected. */
public record ForecastDay(LocalDate date, int aqiLow, int aqiHigh) {
    public ForecastDay {
        if (date == null || aqiLow < 0 || aqiHigh < aqiLow) {
            throw new IllegalArgumentException("forecast day needs a date and 0 <= low <= high: " + date + " " + aqiLow + "-" + aqiHigh);
        }
    }
}
