package cn.hazedesk.domain.document;

import cn.hazedesk.domain.enterprise.WarningLevel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 预警解除通知 (docs/documents.md, "The documents"): number, date, the number of the notice that issued the warning it lifts,
 * the city's level in force at lifting and each district's ({@code areas}; empty when all are at the city's level),
 * when the warning was issued and when it is lifted, the basis actually used ({@code ground}, with the forecast hours
 * below the start criteria, the hours the rule requires, and the officer's reason), within how many working days units
 * report their summary (null: the template's pending wording, the city's usual deadline), drill.
 */
public record LiftNotice(String documentNumber, LocalDate date, String liftedNumber, WarningLevel level,
                         List<AreaLevel> areas, LocalDateTime issuedAt, LocalDateTime liftedAt, LiftGround ground,
                         Integer hoursBelow, int requiredHours, String reason, Integer summaryWithinWorkingDays,
                         boolean drill) {
    public LiftNotice {
        areas = List.copyOf(areas);
        if (ground == null) {
            throw new IllegalArgumentException("a lift notice states its basis");
        }
    }

    /** True when the city has no level and only the districts in {@code areas} are under a warning (county plans). */
    public boolean districtOnly() {
        return level == null && !areas.isEmpty();
    }

    public boolean mixed() {
        return areas.stream().anyMatch(a -> a.level() != level);
    }
}
