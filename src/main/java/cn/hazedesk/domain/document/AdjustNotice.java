package cn.hazedesk.domain.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * 预警调整（升级/降级）通知 (docs/documents.md, "The documents"): number, date, urgency, the areas whose level changed with their
 * old and new level (only those; one change with area null for the whole city), from when, the basis (new consultation,
 * or a higher authority's document), the daily report deadline, contact, drill; {@code countyAreas}: under county
 * plans (no city level before and after), the districts whose bodies approve it (empty for a city warning).
 */
public record AdjustNotice(String documentNumber, LocalDate date, Urgency urgency, List<LevelChange> changes,
                           LocalDateTime effectiveAt, String basis, LocalTime dailyReportBy, String contactName,
                           String contactPhone, boolean drill, List<String> countyAreas) {
    public AdjustNotice {
        if (changes == null || changes.isEmpty()) {
            throw new IllegalArgumentException("an adjustment changes at least one level");
        }
        changes = List.copyOf(changes);
        urgency = urgency == null ? Urgency.NONE : urgency;
        countyAreas = countyAreas == null ? List.of() : List.copyOf(countyAreas);
    }

    /** An adjustment of a city warning. */
    public AdjustNotice(String documentNumber, LocalDate date, Urgency urgency, List<LevelChange> changes,
                        LocalDateTime effectiveAt, String basis, LocalTime dailyReportBy, String contactName,
                        String contactPhone, boolean drill) {
        this(documentNumber, date, urgency, changes, effectiveAt, basis, dailyReportBy, contactName, contactPhone, drill,
                List.of());
    }

    /** True when every change goes up (升级); false when every one goes down; mixed adjustments are neither. */
    public boolean upgrade() {
        return changes.stream().allMatch(LevelChange::upgrade);
    }

    /** True when the changes go both ways or differ by area: the title then names no single pair of levels. */
    public boolean mixed() {
        LevelChange first = changes.get(0);
        return changes.stream().anyMatch(c -> c.startsOrEnds() || c.before() != first.before() || c.after() != first.after());
    }
}
