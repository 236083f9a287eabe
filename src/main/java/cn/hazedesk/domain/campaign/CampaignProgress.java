package cn.hazedesk.domain.campaign;

import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.grading.GradeOrder;
import cn.hazedesk.domain.grading.GradeRecord;
import cn.hazedesk.domain.grading.ReviewStage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where each target of a campaign stands at a moment: reached (the grade in effect in that industry is at least
 * the target), under review (an application at or above the target waits at a step), not applied; and overdue
 * when the period has ended without reaching it.
 */
public final class CampaignProgress {
    public enum State { REACHED, UNDER_REVIEW, NOT_APPLIED }

    /** One target's standing; {@code stage} is where its application waits (UNDER_REVIEW only). */
    public record Standing(Campaign.Target target, PerformanceGrade current, State state, ReviewStage stage,
                           boolean overdue) {
    }

    /** The counts a progress view leads with. */
    public record Summary(int targets, int reached, int underReview, int notApplied, int overdue) {
    }

    private CampaignProgress() {
    }

    /**
     * @param history   every grade record of the target's enterprise
     * @param listGrade the grade written on the list, which stands while the industry has no grade record at all
     * @param today     the date the campaign's end is compared with
     */
    public static Standing standing(Campaign campaign, Campaign.Target t, List<GradeRecord> history,
                                    PerformanceGrade listGrade, Instant now, LocalDate today) {
        boolean anyRecord = history.stream().anyMatch(r -> r.industry().equals(t.industry()));
        PerformanceGrade current = history.stream()
                .filter(r -> r.industry().equals(t.industry()) && r.inEffectAt(now))
                .map(GradeRecord::grade).findFirst()
                .orElse(anyRecord || listGrade == null ? PerformanceGrade.UNRATED : listGrade);
        if (reaches(current, t.targetGrade())) {
            return new Standing(t, current, State.REACHED, null, false);
        }
        boolean overdue = today.isAfter(campaign.endsOn());
        Optional<GradeRecord> pending = history.stream()
                .filter(r -> r.industry().equals(t.industry()) && ReviewStage.of(r.status()).isPresent()
                        && reaches(r.grade(), t.targetGrade()))
                .max(Comparator.comparing(GradeRecord::appliedAt));
        if (pending.isPresent()) {
            return new Standing(t, current, State.UNDER_REVIEW, ReviewStage.of(pending.get().status()).orElseThrow(), overdue);
        }
        return new Standing(t, current, State.NOT_APPLIED, null, overdue);
    }

    /** True when {@code grade} is at least as good as {@code target} (未评级 reaches nothing). */
    public static boolean reaches(PerformanceGrade grade, PerformanceGrade target) {
        if (grade == null || grade == PerformanceGrade.UNRATED) {
            return false;
        }
        return GradeOrder.BEST_FIRST.compare(grade, target) <= 0;
    }

    public static Summary summary(List<Standing> standings) {
        int reached = 0;
        int review = 0;
        int none = 0;
        int overdue = 0;
        for (Standing s : standings) {
            switch (s.state()) {
                case REACHED -> reached++;
                case UNDER_REVIEW -> review++;
                case NOT_APPLIED -> none++;
            }
            if (s.overdue()) {
                overdue++;
            }
        }
        return new Summary(standings.size(), reached, review, none, overdue);
    }

}
