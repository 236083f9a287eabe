package cn.hazedesk.domain.document;

import cn.hazedesk.domain.enterprise.WarningLevel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 预警解除通知 (DOCUMENTS.md §2.3): number, date, the level lifted, districts (empty: the whole city), when the warning
 * was issued and when it is lifted, the basis (weather improving, lifting condition met), within how many working
 * days units report their summary (null: the template's pending wording, the city's usual deadline), drill.
 */
public record LiftNotice(String documentNumber, LocalDate date, WarningLevel level, List<String> districts,
                         LocalDateTime issuedAt, LocalDateTime liftedAt, String basis, Integer summaryWithinWorkingDays,
                         boolean drill) {
    public LiftNotice {
        districts = List.copyOf(districts);
    }
}
