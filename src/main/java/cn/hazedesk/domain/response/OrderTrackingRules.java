package cn.hazedesk.domain.response;

import cn.hazedesk.domain.common.Outcome.Refusal;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.episode.EpisodePhase;

import java.time.Instant;
import java.util.Optional;

/**
 * The rules of what happens to an order once issued (docs/episode.md, "Orders, tracking and inspections"): an order is
 * tracked (delivered, acknowledged, implemented) and inspected only while its episode is in force and only in its
 * current round; an inspection names its inspector and its finding; an acknowledgement is overdue after the city's
 * hours; non-compliance lowers the grade in effect by one step.
 */
public final class OrderTrackingRules {
    private OrderTrackingRules() {
    }

    /** Why the order cannot be tracked or inspected now, if so. */
    public static Optional<Refusal> trackable(EpisodePhase phase, boolean currentRound) {
        if (!phase.inForce()) {
            return Optional.of(Refusal.of(OrderTrackingRefusal.EPISODE_NOT_IN_FORCE, phase.name()));
        }
        if (!currentRound) {
            return Optional.of(Refusal.of(OrderTrackingRefusal.ORDER_SUPERSEDED));
        }
        return Optional.empty();
    }

    /** Why an inspection record cannot be kept as written, if so. */
    public static Optional<Refusal> inspection(String inspector, String finding) {
        if (inspector == null || inspector.isBlank()) {
            return Optional.of(Refusal.of(OrderTrackingRefusal.INSPECTOR_REQUIRED));
        }
        if (finding == null || finding.isBlank()) {
            return Optional.of(Refusal.of(OrderTrackingRefusal.FINDING_REQUIRED));
        }
        return Optional.empty();
    }

    /**
     * Whether a current-round order not yet acknowledged is overdue: its episode in force and more than
     * {@code acknowledgeHours} passed since its notice was issued.
     */
    public static boolean overdue(EpisodePhase phase, boolean currentRound, Instant acknowledgedAt, Instant issued,
                                  int acknowledgeHours, Instant now) {
        if (!currentRound || acknowledgedAt != null || !phase.inForce()) {
            return false;
        }
        return issued != null && now.isAfter(issued.plusSeconds(3600L * acknowledgeHours));
    }

    /** The grade one step lower after non-compliance: A+ → A → B → B- → C → D, 引领性 → 非引领性. */
    public static PerformanceGrade nextLower(PerformanceGrade g) {
        return switch (g) {
            case A_PLUS -> PerformanceGrade.A;
            case A -> PerformanceGrade.B;
            case LEADING -> PerformanceGrade.NON_LEADING;
            case B -> PerformanceGrade.B_MINUS;
            case B_MINUS -> PerformanceGrade.C;
            default -> PerformanceGrade.D;
        };
    }
}
