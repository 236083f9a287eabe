package cn.hazedesk.application;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.domain.campaign.CampaignProgress;
import cn.hazedesk.domain.campaign.CampaignRefusal;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.grading.ReviewStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 创A升B campaigns on a real H2 file with the sample list: refusals, targets, progress and overdue. */
class CampaignServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;
    private AppContext ctx;
    private List<EnterpriseRow> coking;

    @BeforeEach
    void open() {
        ctx = AppContext.open(dir, CLOCK);
        ctx.sampleData().loadIfFirstStart("tester");
        coking = ctx.list().rows().stream().filter(r -> r.industry().equals("焦化")
                && r.grade() != PerformanceGrade.A).limit(3).toList();
        assertThat(coking).hasSize(3);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void creatingIsRefusedWithAReasonWhenNameOrPeriodIsWrong() {
        CampaignService c = ctx.campaigns();
        assertThat(c.create(" ", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 12, 31), cn.hazedesk.testing.Actors.all("a")).refusal().map(Outcome.Refusal::code))
                .contains(CampaignRefusal.NAME_REQUIRED);
        assertThat(c.create("创A升B", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 8, 1), cn.hazedesk.testing.Actors.all("a")).refusal().map(Outcome.Refusal::code))
                .contains(CampaignRefusal.PERIOD_INVALID);
        assertThat(c.create("创A升B", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 12, 31), cn.hazedesk.testing.Actors.all("a")).isAccepted()).isTrue();
        assertThat(c.create("创A升B", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 12, 31), cn.hazedesk.testing.Actors.all("a")).refusal().map(Outcome.Refusal::code))
                .contains(CampaignRefusal.NAME_TAKEN);
        long id = c.all().get(0).id();
        assertThat(c.addTarget(id, coking.get(0).uscc(), "焦化", PerformanceGrade.UNRATED, cn.hazedesk.testing.Actors.all("a")).refusal().map(Outcome.Refusal::code))
                .contains(CampaignRefusal.GRADE_NOT_A_TARGET);
        assertThat(c.addTarget(id, "91640202000000000K", "焦化", PerformanceGrade.A, cn.hazedesk.testing.Actors.all("a")).refusal().map(Outcome.Refusal::code))
                .contains(CampaignRefusal.UNKNOWN_ENTERPRISE);
    }

    @Test
    void progressSaysWhoReachedWhoIsStuckWhereAndWhoIsOverdue() {
        CampaignService c = ctx.campaigns();
        // the period ended on 2026-12-01; "today" is 2026-12-10
        long id = c.create("2026年创A升B", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 12, 1), cn.hazedesk.testing.Actors.all("a")).value();
        for (EnterpriseRow r : coking) {
            assertThat(c.addTarget(id, r.uscc(), "焦化", PerformanceGrade.A, cn.hazedesk.testing.Actors.all("a")).isAccepted()).isTrue();
        }
        // first: applies and passes every step → A in effect; second: applies, waits at 市级审核; third: nothing
        long first = ctx.grading().apply(coking.get(0).uscc(), "焦化", PerformanceGrade.A, "", cn.hazedesk.testing.Actors.all("企业"), "").value().record().orElseThrow().id();
        for (int i = 0; i < 4; i++) {
            assertThat(ctx.grading().approve(first, cn.hazedesk.testing.Actors.all("审核员"), "同意").isAccepted()).isTrue();
        }
        long second = ctx.grading().apply(coking.get(1).uscc(), "焦化", PerformanceGrade.A, "", cn.hazedesk.testing.Actors.all("企业"), "").value().record().orElseThrow().id();
        ctx.grading().approve(second, cn.hazedesk.testing.Actors.all("审核员"), "同意");

        CampaignService.Progress p = c.progress(id).orElseThrow();
        assertThat(p.summary()).isEqualTo(new CampaignProgress.Summary(3, 1, 1, 1, 2));
        assertThat(p.standings()).extracting(s -> s.target().uscc() + " " + s.state() + " " + s.stage() + " " + s.overdue())
                .containsExactlyInAnyOrder(
                        coking.get(0).uscc() + " REACHED null false",
                        coking.get(1).uscc() + " UNDER_REVIEW " + ReviewStage.CITY + " true",
                        coking.get(2).uscc() + " NOT_APPLIED null true");
        assertThat(p.standings()).filteredOn(s -> s.target().uscc().equals(coking.get(0).uscc()))
                .singleElement().satisfies(s -> assertThat(s.current()).isEqualTo(PerformanceGrade.A));
        // without any grade record the grade written on the list stands
        assertThat(p.standings()).filteredOn(s -> s.target().uscc().equals(coking.get(2).uscc()))
                .singleElement().satisfies(s -> assertThat(s.current()).isEqualTo(coking.get(2).grade()));
    }

    @Test
    void aBetterGradeThanTheTargetCountsAsReached() {
        assertThat(CampaignProgress.reaches(PerformanceGrade.A, PerformanceGrade.B)).isTrue();
        assertThat(CampaignProgress.reaches(PerformanceGrade.LEADING, PerformanceGrade.B)).isTrue();
        assertThat(CampaignProgress.reaches(PerformanceGrade.B_MINUS, PerformanceGrade.B)).isFalse();
        assertThat(CampaignProgress.reaches(PerformanceGrade.UNRATED, PerformanceGrade.C)).isFalse();
    }
}
