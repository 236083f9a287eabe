package cn.hazedesk.domain.document;

import cn.hazedesk.domain.enterprise.WarningLevel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * 关于发布重污染天气X色预警的通知 (docs/documents.md, "The documents"): number (e.g. 石环发〔2026〕12号), date signed, urgency, the city's
 * level and each district's level ({@code areas}; empty when every district is at the city's level), the forecast
 * window with its daily AQI and primary pollutant, the weather cause, when the warning is issued and the response
 * starts, how many listed enterprises take measures, the daily report deadline, contact, attachments, whether it is
 * published, drill; {@code basisNotice}: the provincial or regional warning notice the warning follows (its number),
 * or null. The approval is by the body the site names (common.txt), never a person.
 */
public record IssueNotice(String documentNumber, LocalDate date, Urgency urgency, WarningLevel level,
                          List<AreaLevel> areas, LocalDate forecastFrom, LocalDate forecastTo,
                          List<ForecastDay> forecast, String primaryPollutant, String weatherCause,
                          LocalDateTime issuedAt, LocalDateTime responseStart, int enterpriseCount,
                          LocalTime dailyReportBy, String contactName, String contactPhone, List<String> attachments,
                          boolean publicRelease, boolean drill, String basisNotice) {
    public IssueNotice {
        areas = List.copyOf(areas);
        forecast = List.copyOf(forecast);
        attachments = List.copyOf(attachments);
        urgency = urgency == null ? Urgency.NONE : urgency;
    }

    /** True when some district is at another level than the city: each area's level is stated. */
    /** True when the city has no level and only the districts in {@code areas} are under a warning (county plans). */
    public boolean districtOnly() {
        return level == null && !areas.isEmpty();
    }

    public boolean mixed() {
        return areas.stream().anyMatch(a -> a.level() != level);
    }
}
