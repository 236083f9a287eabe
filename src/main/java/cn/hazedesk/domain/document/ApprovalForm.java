package cn.hazedesk.domain.document;

import cn.hazedesk.domain.enterprise.WarningLevel;

import java.time.LocalDateTime;
import java.util.List;

/**
 * 重污染天气预警信息发布（调整、解除）审批表 (docs/documents.md, "The documents"): 编号 {year}年第{serial}期, when it was filled in, the
 * action, the level (and the level before, for an upgrade or downgrade; else null), districts (empty: 全市), start and
 * end (null: 另行通知), the consultation summary, the measures to apply, the drafter, notes (may be empty), drill.
 * Review and sign-off are signed by hand; who signs at which level is wording (approval-form.txt). {@code county}:
 * the district that takes the step itself under its own plan (then its office reviews and the county signs), else null.
 */
public record ApprovalForm(int year, int serial, LocalDateTime filledAt, ApprovalAction action,
                           WarningLevel previousLevel, WarningLevel level, List<String> districts, LocalDateTime start,
                           LocalDateTime end, String consultation, String measures, String drafter, String notes,
                           boolean drill, String county) {
    public ApprovalForm {
        if (action == null || level == null) {
            throw new IllegalArgumentException("an approval form needs an action and a level");
        }
        if ((action == ApprovalAction.UPGRADE || action == ApprovalAction.DOWNGRADE) && previousLevel == null) {
            throw new IllegalArgumentException("an upgrade or downgrade needs the previous level");
        }
        districts = List.copyOf(districts);
    }
}
