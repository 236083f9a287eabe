package cn.hazedesk.domain.response;

import cn.hazedesk.domain.common.Outcome.Refusal;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.episode.EpisodePhase;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Which orders can be tracked and inspected, when an acknowledgement is overdue, and the grade after non-compliance. */
class OrderTrackingRulesTest {
    private static final Instant ISSUED = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void onlyCurrentOrdersOfAnEpisodeInForceAreTracked() {
        assertThat(OrderTrackingRules.trackable(EpisodePhase.ACTIVE, true)).isEmpty();
        assertThat(OrderTrackingRules.trackable(EpisodePhase.SUSPENDED, true)).isEmpty();
        assertThat(OrderTrackingRules.trackable(EpisodePhase.ACTIVE, false).map(Refusal::code))
                .contains(OrderTrackingRefusal.ORDER_SUPERSEDED);
        for (EpisodePhase p : new EpisodePhase[]{EpisodePhase.DRAFT, EpisodePhase.LIFTED, EpisodePhase.CLOSED}) {
            Refusal r = OrderTrackingRules.trackable(p, true).orElseThrow();
            assertThat(r.code()).isEqualTo(OrderTrackingRefusal.EPISODE_NOT_IN_FORCE);
            assertThat(r.args()).containsExactly(p.name());
            assertThat(r.key()).isEqualTo("refusal.OrderTrackingRefusal.EPISODE_NOT_IN_FORCE");
        }
    }

    @Test
    void anInspectionNeedsItsInspectorAndFinding() {
        assertThat(OrderTrackingRules.inspection(" ", "已停产").map(Refusal::code))
                .contains(OrderTrackingRefusal.INSPECTOR_REQUIRED);
        assertThat(OrderTrackingRules.inspection("督查组", "").map(Refusal::code))
                .contains(OrderTrackingRefusal.FINDING_REQUIRED);
        assertThat(OrderTrackingRules.inspection("督查组", "已停产")).isEmpty();
    }

    @Test
    void anAcknowledgementIsOverdueAfterTheCitysHours() {
        Instant inTime = ISSUED.plusSeconds(2 * 3600);
        Instant late = inTime.plusSeconds(1);
        assertThat(OrderTrackingRules.overdue(EpisodePhase.ACTIVE, true, null, ISSUED, 2, inTime)).isFalse();
        assertThat(OrderTrackingRules.overdue(EpisodePhase.ACTIVE, true, null, ISSUED, 2, late)).isTrue();
        assertThat(OrderTrackingRules.overdue(EpisodePhase.ACTIVE, true, ISSUED, ISSUED, 2, late)).isFalse();
        assertThat(OrderTrackingRules.overdue(EpisodePhase.ACTIVE, false, null, ISSUED, 2, late)).isFalse();
        assertThat(OrderTrackingRules.overdue(EpisodePhase.LIFTED, true, null, ISSUED, 2, late)).isFalse();
    }

    @Test
    void nonComplianceLowersTheGradeOneStep() {
        assertThat(OrderTrackingRules.nextLower(PerformanceGrade.A_PLUS)).isEqualTo(PerformanceGrade.A);
        assertThat(OrderTrackingRules.nextLower(PerformanceGrade.A)).isEqualTo(PerformanceGrade.B);
        assertThat(OrderTrackingRules.nextLower(PerformanceGrade.B)).isEqualTo(PerformanceGrade.B_MINUS);
        assertThat(OrderTrackingRules.nextLower(PerformanceGrade.B_MINUS)).isEqualTo(PerformanceGrade.C);
        assertThat(OrderTrackingRules.nextLower(PerformanceGrade.C)).isEqualTo(PerformanceGrade.D);
        assertThat(OrderTrackingRules.nextLower(PerformanceGrade.LEADING)).isEqualTo(PerformanceGrade.NON_LEADING);
    }
}
