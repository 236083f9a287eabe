package cn.hazedesk.domain.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * 预警调整（升级/降级）通知 (docs/documents.md, "The documents"): number, date, urgency, the areas whose level changed with their
 * old and new level (only those; one change with area null for the whole city), from when, the basis (new consultation,
 * or a higher authority's document), the daily report deadline, contact, drill.
 */
public record AdjustNotice(String documentNumber, LocalDate date, Urgency urgency, List<LevelChange> changes,
                           LocalDateTime effectiveAt, String basis, LocalTime dailyReportBy, String contactName,
                           String contactPhone, boolean drill) {
    public AdjustNotice {
        if (changes == null || changes.isEmpty()) {
            throw new IllegalArgumentException("an adjustment changes at least one level");
        }
        changes = List.copyOf(changes);
        urgency = urgency == null ? Urgency.NONE : urgency;
    }

    /** True when every change goes up (升级); false when every one goes down; mixed adjustments are neither. */
    public boolean upgrade() {
        return changes.stream().allMatch(LevelChange::upgrade);
    }

    /** True when the changes go both ways or differ by area: the title then names no single pair of levels. */
    public boolean mixed() {
        LevelChange first = changes.get(0);
        return changes.stream().anyMatch(c -> c.before() != first.before() || c.after() != first.after());
    }
}
