package cn.hazedesk.domain.campaign;

import cn.hazedesk.domain.common.Outcome.Refusal;
import cn.hazedesk.domain.enterprise.PerformanceGrade;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a 创A升B campaign needs (docs/grading.md): a name not used by another campaign, a period whose end is not
 * before its start, and targets that are enterprises on the list with a grade one can reach (not 未评级 or 非引领性).
 */
public final class CampaignRules {
    private CampaignRules() {
    }

    /** Why a campaign cannot be created so, if so; {@code nameTaken}: another campaign has the (trimmed) name. */
    public static Optional<Refusal> creation(String name, LocalDate startsOn, LocalDate endsOn, boolean nameTaken) {
        if (name == null || name.isBlank()) {
            return Optional.of(Refusal.of(CampaignRefusal.NAME_REQUIRED));
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            return Optional.of(Refusal.of(CampaignRefusal.PERIOD_INVALID));
        }
        if (nameTaken) {
            return Optional.of(Refusal.of(CampaignRefusal.NAME_TAKEN));
        }
        return Optional.empty();
    }

    /** Why a target cannot be set, if so; {@code onList}: an enterprise on the list has its credit code. */
    public static Optional<Refusal> target(PerformanceGrade target, boolean onList) {
        if (target == null || target == PerformanceGrade.UNRATED || target == PerformanceGrade.NON_LEADING) {
            return Optional.of(Refusal.of(CampaignRefusal.GRADE_NOT_A_TARGET));
        }
        if (!onList) {
            return Optional.of(Refusal.of(CampaignRefusal.UNKNOWN_ENTERPRISE));
        }
        return Optional.empty();
    }
}
