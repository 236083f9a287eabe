package cn.hazedesk.domain.document;

import cn.hazedesk.domain.enterprise.WarningLevel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The notice of a step that keeps the warning's levels: 延长 (extend its expected end), 暂停 (suspend the response) or
 * 恢复 (resume it). Number, date, the number of the notice that issued the warning, the city's level and each
 * district's ({@code areas}; empty when all are at the city's), from when it applies, the expected end before and
 * after (an extension), the basis (consultation and reason as recorded; null: a line to fill in), drill.
 */
public record StepNotice(Kind kind, String documentNumber, LocalDate date, String warningNumber, WarningLevel level,
                         List<AreaLevel> areas, LocalDateTime effectiveAt, LocalDateTime previousEnd,
                         LocalDateTime newEnd, String basis, boolean drill) {
    public enum Kind {
        EXTEND(DocumentKind.EXTEND_NOTICE), SUSPEND(DocumentKind.SUSPEND_NOTICE), RESUME(DocumentKind.RESUME_NOTICE);

        private final DocumentKind document;

        Kind(DocumentKind document) {
            this.document = document;
        }

        public DocumentKind document() {
            return document;
        }
    }

    public StepNotice {
        // level null: a warning of districts under their county plans (no city level), areas name them
        if (kind == null || level == null && (areas == null || areas.isEmpty())) {
            throw new IllegalArgumentException("a step notice needs its kind and level");
        }
        areas = List.copyOf(areas);
    }

    /** True when the city has no level and only the districts in {@code areas} are under a warning (county plans). */
    public boolean districtOnly() {
        return level == null && !areas.isEmpty();
    }

    public boolean mixed() {
        return areas.stream().anyMatch(a -> a.level() != level);
    }
}
