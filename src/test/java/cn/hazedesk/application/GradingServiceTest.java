package cn.hazedesk.application;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.domain.enterprise.Enterprise.Pollutant;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.grading.DowngradeReason;
import cn.hazedesk.domain.grading.GradeAction;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.grading.GradeChange;
import cn.hazedesk.domain.grading.GradeRecord;
import cn.hazedesk.domain.grading.GradeRefusal;
import cn.hazedesk.domain.grading.GradeStatus;
import cn.hazedesk.domain.grading.GradeStep;
import cn.hazedesk.domain.grading.ReviewStage;
import cn.hazedesk.domain.measure.MeasureRule;
import cn.hazedesk.domain.reduction.AdequacyReport;
import cn.hazedesk.domain.reduction.SmallList;
import cn.hazedesk.i18n.GradingText;
import cn.hazedesk.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static cn.hazedesk.infra.db.generated.Tables.AUDIT_EVENT;
import static cn.hazedesk.infra.db.generated.Tables.ENTERPRISE;
import static org.assertj.core.api.Assertions.assertThat;

/** Grading on a real H2 file: the lifecycle stored step by step, the list grade kept in step, refusals, queues. */
class GradingServiceTest {
    private static final Instant START = Instant.parse("2026-09-01T02:00:00Z");
    private static final String CEMENT = SmallList.E1; // 大武口水泥（测试）, 水泥, B on the list
    private static final String OTHER = "91640202TEST00002B"; // 其他, not a key industry

    @TempDir
    Path dir;
    private MutableClock clock;
    private AppContext ctx;
    private GradingService grading;

    @BeforeEach
    void open() {
        clock = new MutableClock(START, ZoneId.of("Asia/Shanghai"));
        ctx = AppContext.open(dir, clock);
        ctx.transactions().inTransaction(() -> ctx.enterprises().insertAll(SmallList.enterprises(), false));
        grading = ctx.grading();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private void later() {
        clock.advance(Duration.ofDays(1));
    }

    private long applied(String industry, PerformanceGrade g) {
        Outcome<GradeChange> o = grading.apply(CEMENT, industry, g, "2026年第二批申报", cn.hazedesk.testing.Actors.all("企业填报人"), "自评");
        assertThat(o.isAccepted()).as(String.valueOf(o.refusal())).isTrue();
        return o.value().record().orElseThrow().id();
    }

    /** Applies and approves four times, a day apart: in effect from the last approval. */
    private long effective(String industry, PerformanceGrade g) {
        long id = applied(industry, g);
        for (int i = 0; i < 4; i++) {
            later();
            assertThat(grading.approve(id, cn.hazedesk.testing.Actors.all("审核员"), null).isAccepted()).isTrue();
        }
        return id;
    }

    private PerformanceGrade listGrade(String uscc) {
        return PerformanceGrade.valueOf(ctx.store().dsl().fetchValue(ENTERPRISE.GRADE, ENTERPRISE.USCC.eq(uscc)));
    }

    @Test
    void aStepTakenOnTheQueueAsSeenIsRefusedOnceAnotherReviewerTookItAndNeverPassesTheNextStep() {
        long id = applied("水泥", PerformanceGrade.A);
        later();
        // two county reviewers saw it waiting for 区县初审; the first one's approval is taken
        assertThat(grading.approve(id, ReviewStage.COUNTY, cn.hazedesk.testing.Actors.all("县局甲"), null).isAccepted()).isTrue();
        Outcome<GradeChange> second = grading.approve(id, ReviewStage.COUNTY, cn.hazedesk.testing.Actors.all("县局乙"), null);
        assertThat(second.refusal().orElseThrow().code()).isEqualTo(GradeRefusal.MOVED_ON);
        Outcome<GradeChange> rejected = grading.reject(id, ReviewStage.COUNTY, cn.hazedesk.testing.Actors.all("县局乙"), "材料不全");
        assertThat(rejected.refusal().orElseThrow().code()).isEqualTo(GradeRefusal.MOVED_ON);
        GradingService.BatchResult batch = grading.approveAll(List.of(id), ReviewStage.COUNTY,
                cn.hazedesk.testing.Actors.all("县局乙"), null);
        assertThat(batch.approved()).isEmpty();
        assertThat(batch.refused()).containsOnlyKeys(id);
        // the record waits for 市级审核 with one county step, not two
        GradeRecord stored = grading.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(GradeStatus.COUNTY_APPROVED);
        assertThat(stored.steps()).extracting(GradeStep::actor).containsExactly("企业填报人", "县局甲");
        assertThat(new GradingText(Messages.forLocale(Locale.SIMPLIFIED_CHINESE)).refusal(second.refusal().orElseThrow()))
                .contains("已由其他审核人员审核").contains("本次没有记录");
        // the city reviewer, seeing it in the city's queue, takes the next step
        assertThat(grading.approve(id, ReviewStage.CITY, cn.hazedesk.testing.Actors.all("市级审核员"), null).isAccepted()).isTrue();
    }

    @Test
    void everyStepIsStoredWithWhoWhenAndWhyAndTheListShowsTheGradeOnceInEffect() {
        long id = applied("水泥", PerformanceGrade.A);
        assertThat(grading.queue(ReviewStage.COUNTY)).extracting(GradeRecord::id).containsExactly(id);
        later();
        grading.approve(id, cn.hazedesk.testing.Actors.all("区县审核员"), "材料齐全");
        assertThat(grading.queue(ReviewStage.COUNTY)).isEmpty();
        assertThat(grading.queue(ReviewStage.CITY)).extracting(GradeRecord::id).containsExactly(id);
        later();
        grading.approve(id, cn.hazedesk.testing.Actors.all("市级审核员"), "现场核验通过");
        assertThat(grading.queue(ReviewStage.PROVINCE)).extracting(GradeRecord::id).containsExactly(id);
        later();
        grading.approve(id, cn.hazedesk.testing.Actors.all("省厅"), null);
        assertThat(grading.queue(ReviewStage.PUBLICITY)).extracting(GradeRecord::id).containsExactly(id);
        assertThat(listGrade(CEMENT)).as("not in effect yet").isEqualTo(PerformanceGrade.B);
        later();
        Instant effect = clock.instant();
        Outcome<GradeChange> o = grading.approve(id, cn.hazedesk.testing.Actors.all("省厅"), "公示无异议");
        assertThat(o.value().record().orElseThrow().status()).isEqualTo(GradeStatus.EFFECTIVE);
        assertThat(listGrade(CEMENT)).isEqualTo(PerformanceGrade.A);

        GradeRecord stored = grading.find(id).orElseThrow();
        assertThat(stored).isEqualTo(o.value().record().orElseThrow());
        assertThat(stored.effectiveFrom()).isEqualTo(effect);
        assertThat(stored.sourceDocument()).isEqualTo("2026年第二批申报");
        assertThat(stored.steps()).extracting(s -> s.number() + " " + s.action() + " " + s.actor() + " " + s.comment())
                .containsExactly("1 APPLY 企业填报人 自评", "2 COUNTY_APPROVE 区县审核员 材料齐全",
                        "3 CITY_APPROVE 市级审核员 现场核验通过", "4 PROVINCE_CONFIRM 省厅 null", "5 TAKE_EFFECT 省厅 公示无异议");
        assertThat(stored.steps().get(1).at()).isEqualTo(START.plus(Duration.ofDays(1)));
        // the list history says the grade changed, and the audit trail has every step
        assertThat(ctx.list().history(CEMENT)).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("GRADE");
            assertThat(c.oldValue()).isEqualTo("B");
            assertThat(c.newValue()).isEqualTo("A");
        });
        assertThat(ctx.store().dsl().select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.SUBJECT.eq(CEMENT))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION))
                .containsExactly("grade.apply", "grade.approve", "grade.approve", "grade.approve", "grade.approve");
    }

    @Test
    void refusedStepsChangeNothingAndAreWorded() {
        assertThat(grading.apply("91640202TEST99999Z", "水泥", PerformanceGrade.B, null, cn.hazedesk.testing.Actors.all("x"), null).refusal().orElseThrow().code())
                .isEqualTo(GradeRefusal.UNKNOWN_ENTERPRISE);
        assertThat(grading.apply(OTHER, "其他", PerformanceGrade.B, null, cn.hazedesk.testing.Actors.all("x"), null).refusal().orElseThrow().code())
                .isEqualTo(GradeRefusal.INDUSTRY_NOT_GRADED);
        assertThat(grading.approve(424242, cn.hazedesk.testing.Actors.all("x"), null).refusal().orElseThrow().code()).isEqualTo(GradeRefusal.UNKNOWN_RECORD);
        long id = applied("水泥", PerformanceGrade.A);
        assertThat(grading.apply(CEMENT, "水泥", PerformanceGrade.B, null, cn.hazedesk.testing.Actors.all("x"), null).refusal().orElseThrow().code())
                .isEqualTo(GradeRefusal.ALREADY_UNDER_REVIEW);
        Outcome<GradeChange> early = grading.revoke(id, cn.hazedesk.testing.Actors.all("市局"), "关停");
        assertThat(early.refusal().orElseThrow().code()).isEqualTo(GradeRefusal.NOT_EFFECTIVE);
        assertThat(new GradingText(Messages.forLocale(Locale.SIMPLIFIED_CHINESE)).refusal(early.refusal().orElseThrow()))
                .isEqualTo("这条记录当前为“企业申报”，不是正在生效的等级，不能降级或撤销。");
        assertThat(new GradingText(Messages.forLocale(Locale.ENGLISH)).refusal(early.refusal().orElseThrow()))
                .isEqualTo("This record is “Applied”, not the grade in effect: it cannot be downgraded or revoked.");
        assertThat(grading.reject(id, cn.hazedesk.testing.Actors.all("区县审核员"), "").refusal().orElseThrow().code()).isEqualTo(GradeRefusal.COMMENT_REQUIRED);
        assertThat(grading.find(id).orElseThrow().steps()).hasSize(1);
        assertThat(grading.reject(id, cn.hazedesk.testing.Actors.all("区县审核员"), "缺少监测报告").isAccepted()).isTrue();
        assertThat(grading.find(id).orElseThrow().status()).isEqualTo(GradeStatus.REJECTED);
        assertThat(grading.approve(id, cn.hazedesk.testing.Actors.all("x"), null).refusal().orElseThrow().code()).isEqualTo(GradeRefusal.NOT_UNDER_REVIEW);
        assertThat(listGrade(CEMENT)).isEqualTo(PerformanceGrade.B);
        // after a rejection a new application is possible
        assertThat(grading.apply(CEMENT, "水泥", PerformanceGrade.B, null, cn.hazedesk.testing.Actors.all("企业"), null).isAccepted()).isTrue();
    }

    @Test
    void batchApprovalApprovesTheLegalOnesAndReportsTheOthers() {
        long a = applied("水泥", PerformanceGrade.B);
        long b = grading.apply("91640221TEST00005E", "水泥", PerformanceGrade.C, null, cn.hazedesk.testing.Actors.all("企业"), null).value().record().orElseThrow().id();
        long rejected = grading.apply("91640205TEST00003C", "焦化", PerformanceGrade.A, null, cn.hazedesk.testing.Actors.all("企业"), null).value().record().orElseThrow().id();
        grading.reject(rejected, cn.hazedesk.testing.Actors.all("区县"), "不符合");
        GradingService.BatchResult r = grading.approveAll(List.of(a, b, rejected, 999L), cn.hazedesk.testing.Actors.all("区县审核员"), "批量通过");
        assertThat(r.approved()).extracting(GradeRecord::id).containsExactly(a, b);
        assertThat(r.approved()).allSatisfy(x -> assertThat(x.status()).isEqualTo(GradeStatus.COUNTY_APPROVED));
        assertThat(r.refused()).containsOnlyKeys(rejected, 999L);
        assertThat(r.refused().get(rejected).refusal().orElseThrow().code()).isEqualTo(GradeRefusal.NOT_UNDER_REVIEW);
        assertThat(r.refused().get(999L).refusal().orElseThrow().code()).isEqualTo(GradeRefusal.UNKNOWN_RECORD);
        assertThat(grading.queue(ReviewStage.CITY)).extracting(GradeRecord::id).containsExactly(a, b);
    }

    @Test
    void downgradeAndRevokeKeepTheHistoryAndTheListGradeInStep() {
        long id = effective("水泥", PerformanceGrade.B);
        Instant inEffectAsB = clock.instant();
        later();
        Instant downgradeAt = clock.instant();
        assertThat(grading.downgrade(id, PerformanceGrade.D, null, cn.hazedesk.testing.Actors.all("市局"), "x").refusal().orElseThrow().code()).isEqualTo(GradeRefusal.REASON_REQUIRED);
        Outcome<GradeChange> down = grading.downgrade(id, PerformanceGrade.D, DowngradeReason.NON_COMPLIANCE_DURING_WARNING, cn.hazedesk.testing.Actors.all("市局"),
                "12月橙色预警期间未停产");
        assertThat(down.isAccepted()).isTrue();
        long lowerId = down.value().record().orElseThrow().id();
        assertThat(listGrade(CEMENT)).isEqualTo(PerformanceGrade.D);
        List<GradeRecord> history = grading.history(CEMENT);
        assertThat(history).extracting(r -> r.id() + " " + r.grade().code() + " " + r.status())
                .containsExactly(id + " B DOWNGRADED", lowerId + " D EFFECTIVE");
        assertThat(history.get(0).downgradeReason()).isEqualTo(DowngradeReason.NON_COMPLIANCE_DURING_WARNING);
        assertThat(history.get(0).effectiveTo()).isEqualTo(downgradeAt);
        assertThat(history.get(1).replacesId()).isEqualTo(id);
        assertThat(history.get(1).steps()).extracting(GradeStep::action).containsExactly(GradeAction.ISSUED_BY_DOWNGRADE);

        // the grade in effect at each moment
        assertThat(grading.gradeInEffect(CEMENT, START).orElseThrow().source()).isEqualTo(EffectiveGrade.Source.LIST);
        assertThat(grading.gradeInEffect(CEMENT, inEffectAsB).orElseThrow().overall()).isEqualTo(PerformanceGrade.B);
        assertThat(grading.gradeInEffect(CEMENT, downgradeAt).orElseThrow().overall()).isEqualTo(PerformanceGrade.D);

        later();
        Instant revokedAt = clock.instant();
        assertThat(grading.revoke(lowerId, cn.hazedesk.testing.Actors.all("市局"), "企业关停，撤销评级").isAccepted()).isTrue();
        assertThat(listGrade(CEMENT)).isEqualTo(PerformanceGrade.UNRATED);
        EffectiveGrade after = grading.gradeInEffect(CEMENT, revokedAt).orElseThrow();
        assertThat(after.overall()).isEqualTo(PerformanceGrade.UNRATED);
        assertThat(after.source()).isEqualTo(EffectiveGrade.Source.RECORDS);
        assertThat(grading.gradeInEffect(CEMENT, downgradeAt).orElseThrow().overall()).isEqualTo(PerformanceGrade.D);
        assertThat(ctx.list().history(CEMENT)).filteredOn(c -> c.field().equals("GRADE"))
                .extracting(c -> c.oldValue() + "→" + c.newValue()).containsExactlyInAnyOrder("B→D", "D→未评级");
    }

    @Test
    void aNewGradeInEffectReplacesTheOldOneAndSeveralIndustriesGiveTheLowest() {
        long first = effective("水泥", PerformanceGrade.B);
        long second = effective("水泥", PerformanceGrade.A);
        assertThat(grading.find(first).orElseThrow().status()).isEqualTo(GradeStatus.SUPERSEDED);
        assertThat(grading.find(first).orElseThrow().effectiveTo()).isEqualTo(grading.find(second).orElseThrow().effectiveFrom());
        assertThat(listGrade(CEMENT)).isEqualTo(PerformanceGrade.A);
        // the same firm is graded C for coking: overall C
        effective("焦化", PerformanceGrade.C);
        assertThat(listGrade(CEMENT)).isEqualTo(PerformanceGrade.C);
        EffectiveGrade now = grading.gradeInEffect(CEMENT, clock.instant()).orElseThrow();
        assertThat(now.byIndustry()).containsEntry("水泥", PerformanceGrade.A).containsEntry("焦化", PerformanceGrade.C);
        assertThat(now.overall()).isEqualTo(PerformanceGrade.C);
    }

    @Test
    void theReductionUsesTheGradeInEffectAtTheMomentAsked() {
        Instant before = clock.instant();
        long id = effective("水泥", PerformanceGrade.B);
        later();
        grading.downgrade(id, PerformanceGrade.D, DowngradeReason.INSPECTION_FAILURE, cn.hazedesk.testing.Actors.all("市局"), null);
        Instant after = clock.instant();
        // B (list grade, before any record): yellow = trucks only, nothing counted for E1
        AdequacyReport atStart = ctx.reduction().report(List.of(WarningLevel.YELLOW), before);
        assertThat(e1(atStart).choice().grade()).isEqualTo(PerformanceGrade.B);
        assertThat(atStart.result("640202", WarningLevel.YELLOW, Pollutant.SO2).orElseThrow().dailyCut()).isEqualByComparingTo("0.05");
        // D after the downgrade: E1 stops, 1 t/d SO2 more
        AdequacyReport now = ctx.reduction().report(List.of(WarningLevel.YELLOW), after);
        assertThat(e1(now).choice().grade()).isEqualTo(PerformanceGrade.D);
        assertThat(e1(now).choice().rule()).isEqualTo(MeasureRule.MATRIX_DEFAULT);
        assertThat(now.result("640202", WarningLevel.YELLOW, Pollutant.SO2).orElseThrow().dailyCut()).isEqualByComparingTo("1.05");
    }

    private static cn.hazedesk.domain.reduction.LineReduction e1(AdequacyReport r) {
        return r.lines().stream().filter(l -> l.enterprise().uscc().equals(CEMENT)).findFirst().orElseThrow();
    }

    @Test
    void theGradingHistoryOutlivesTheEnterprise() {
        long id = effective("水泥", PerformanceGrade.B);
        StoredEnterprise e = ctx.enterprises().findByUscc(CEMENT).orElseThrow();
        ctx.list().delete(e.id(), cn.hazedesk.testing.Actors.all("值班员"));
        assertThat(grading.history(CEMENT)).extracting(GradeRecord::id).containsExactly(id);
        assertThat(grading.gradeInEffect(CEMENT, clock.instant())).isEmpty();
        assertThat(grading.revoke(id, cn.hazedesk.testing.Actors.all("市局"), "企业注销").isAccepted()).isTrue();
    }
}
