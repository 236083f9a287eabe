package cn.hazedesk.domain.document;

import cn.hazedesk.domain.enterprise.WarningLevel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * 预警调整（升级/降级）通知 (DOCUMENTS.md §2.2): number, date, urgency, the level before and after, districts (empty:
 * the whole city), from when the new level applies, the basis (new consultation, or a higher authority's document),
 * the daily report deadline, contact, drill.
 */
public record AdjustNotice(String documentNumber, LocalDate date, Urgency urgency, WarningLevel previousLevel,
                           WarningLevel newLevel, List<String> districts, LocalDateTime effectiveAt, String basis,
                           LocalTime dailyReportBy, String contactName, String contactPhone, boolean drill) {
    public AdjustNotice {
        if (previousLevel == null || newLevel == null || previousLevel == newLevel) {
            throw new IllegalArgumentException("an adjustment changes the level: " + previousLevel + " -> " + newLevel);
        }
        districts = List.copyOf(districts);
        urgency = urgency == null ? Urgency.NONE : urgency;
    }

    /** True for 升级 (a higher level), false for 降级. */
    public boolean upgrade() {
        return newLevel.ordinal() > previousLevel.ordinal();
    }
}
