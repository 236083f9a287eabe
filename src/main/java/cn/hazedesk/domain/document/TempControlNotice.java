package cn.hazedesk.domain.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 轻中度污染临时管控通知 (temp-control-notice.txt): starting ({@code lift} false) or lifting a temporary control for
 * light or moderate pollution. It is not a warning: no level, no response grade, a number of its own series, and the
 * light measures stated as general measures ({@code measures}, from data/temp-control-measures.csv) — no enterprise
 * gets an order. For a start: the forecast window with its daily AQI and primary pollutant, from when and until when;
 * for a lift: the number of the notice that started it, when it ends and why.
 */
public record TempControlNotice(String documentNumber, LocalDate date, boolean lift, LocalDate forecastFrom,
                                LocalDate forecastTo, List<ForecastDay> forecast, String primaryPollutant,
                                LocalDateTime issuedAt, LocalDateTime startAt, LocalDateTime endAt,
                                List<Measure> measures, String startedNumber, String reason, boolean drill) {
    /** One light measure: its heading and what is to be done. */
    public record Measure(String category, String text) {
    }

    public TempControlNotice {
        forecast = List.copyOf(forecast);
        measures = List.copyOf(measures);
    }
}
