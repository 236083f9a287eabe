package cn.hazedesk.domain.grading;

import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static cn.hazedesk.domain.enterprise.PerformanceGrade.A;
import static cn.hazedesk.domain.enterprise.PerformanceGrade.A_PLUS;
import static cn.hazedesk.domain.enterprise.PerformanceGrade.B;
import static cn.hazedesk.domain.enterprise.PerformanceGrade.B_MINUS;
import static cn.hazedesk.domain.enterprise.PerformanceGrade.C;
import static cn.hazedesk.domain.enterprise.PerformanceGrade.D;
import static cn.hazedesk.domain.enterprise.PerformanceGrade.LEADING;
import static cn.hazedesk.domain.enterprise.PerformanceGrade.NON_LEADING;
import static cn.hazedesk.domain.enterprise.PerformanceGrade.UNRATED;
import static org.assertj.core.api.Assertions.assertThat;

/** Every step of a grade record and every refusal, the grade in effect by date, and the lowest of industries. */
class GradeLifecycleTest {
    private static final String USCC = "91640202000000000K";
    private static final Instant T1 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant T3 = Instant.parse("2026-05-01T00:00:00Z");
    private static final Instant T4 = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant T5 = Instant.parse("2026-07-01T00:00:00Z");

    private static GradeRecord applied(PerformanceGrade g) {
        Outcome<GradeChange> o = GradeLifecycle.apply(USCC, "水泥", true, g, List.of(), "申报材料", T1, "企业", "自评B级");
        assertThat(o.isAccepted()).isTrue();
        return o.value().record().orElseThrow().withId(7);
    }

    private static GradeRecord approved(GradeRecord r, Instant at) {
        Outcome<GradeChange> o = GradeLifecycle.approve(r, at, "审核员", null);
        assertThat(o.isAccepted()).as(o.refusal().toString()).isTrue();
        return o.value().record().orElseThrow();
    }

    /** Applied at T1, county/city/province at T2, effective at T3. */
    private static GradeRecord effective(PerformanceGrade g) {
        return approved(approved(approved(approved(applied(g), T2), T2), T2), T3);
    }

    @Test
    void anApplicationWalksCountyCityProvinceAndPublicityIntoEffect() {
        GradeRecord r = applied(B);
        assertThat(r.status()).isEqualTo(GradeStatus.APPLIED);
        assertThat(r.appliedAt()).isEqualTo(T1);
        assertThat(r.steps()).containsExactly(new GradeStep(1, GradeAction.APPLY, null, GradeStatus.APPLIED, T1, "企业", "自评B级"));
        assertThat(ReviewStage.of(r.status())).contains(ReviewStage.COUNTY);

        GradeRecord county = approved(r, T2);
        assertThat(county.status()).isEqualTo(GradeStatus.COUNTY_APPROVED);
        assertThat(ReviewStage.of(county.status())).contains(ReviewStage.CITY);
        GradeRecord city = approved(county, T2);
        assertThat(city.status()).isEqualTo(GradeStatus.CITY_APPROVED);
        assertThat(ReviewStage.of(city.status())).contains(ReviewStage.PROVINCE);
        GradeRecord province = approved(city, T2);
        assertThat(province.status()).isEqualTo(GradeStatus.PUBLICITY);
        assertThat(ReviewStage.of(province.status())).contains(ReviewStage.PUBLICITY);
        assertThat(province.effectiveFrom()).isNull();
        GradeRecord in = approved(province, T3);
        assertThat(in.status()).isEqualTo(GradeStatus.EFFECTIVE);
        assertThat(ReviewStage.of(in.status())).isEmpty();
        assertThat(in.effectiveFrom()).isEqualTo(T3);
        assertThat(in.effectiveTo()).isNull();
        assertThat(in.steps()).extracting(GradeStep::action).containsExactly(GradeAction.APPLY,
                GradeAction.COUNTY_APPROVE, GradeAction.CITY_APPROVE, GradeAction.PROVINCE_CONFIRM, GradeAction.TAKE_EFFECT);
        assertThat(in.steps()).extracting(GradeStep::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(in.lastStep().from()).isEqualTo(GradeStatus.PUBLICITY);
        assertThat(in.id()).isEqualTo(7);
    }

    @Test
    void rejectionIsPossibleAtEveryReviewStepAndNeedsAComment() {
        GradeRecord r = applied(B);
        for (int passed = 0; passed < 4; passed++) {
            GradeRecord at = r;
            for (int i = 0; i < passed; i++) {
                at = approved(at, T2);
            }
            Outcome<GradeChange> noComment = GradeLifecycle.reject(at, T3, "审核员", "  ");
            assertThat(noComment.refusal().orElseThrow().code()).isEqualTo(GradeRefusal.COMMENT_REQUIRED);
            Outcome<GradeChange> o = GradeLifecycle.reject(at, T3, "审核员", "现场核验不符");
            assertThat(o.isAccepted()).isTrue();
            GradeRecord rejected = o.value().record().orElseThrow();
            assertThat(rejected.status()).isEqualTo(GradeStatus.REJECTED);
            assertThat(rejected.lastStep()).isEqualTo(new GradeStep(passed + 2, GradeAction.REJECT, at.status(),
                    GradeStatus.REJECTED, T3, "审核员", "现场核验不符"));
            assertThat(rejected.effectiveFrom()).isNull();
            assertThat(rejected.inEffectAt(T5)).isFalse();
        }
    }

    @Test
    void closedRecordsCannotBeApprovedOrRejectedAndTheRefusalNamesTheirStatus() {
        GradeRecord rejected = GradeLifecycle.reject(applied(B), T2, "审核员", "材料不全").value().record().orElseThrow();
        GradeRecord in = effective(B);
        GradeRecord revoked = GradeLifecycle.revoke(effective(B), T4, "市局", "停产整治").value().record().orElseThrow();
        for (GradeRecord r : List.of(rejected, in, revoked)) {
            Outcome<GradeChange> a = GradeLifecycle.approve(r, T5, "审核员", null);
            assertThat(a.refusal().orElseThrow().code()).isEqualTo(GradeRefusal.NOT_UNDER_REVIEW);
            assertThat(a.refusal().orElseThrow().args()).containsExactly(r.status().name());
            assertThat(a.isAccepted()).isFalse();
            assertThat(GradeLifecycle.reject(r, T5, "审核员", "x").refusal().orElseThrow().code()).isEqualTo(GradeRefusal.NOT_UNDER_REVIEW);
        }
    }

    @Test
    void applicationsAreRefusedForUnratedNonKeyIndustriesDuplicatesAndWithoutActor() {
        assertThat(GradeLifecycle.apply(USCC, "水泥", true, UNRATED, List.of(), null, T1, "企业", null).refusal().orElseThrow().code())
                .isEqualTo(GradeRefusal.GRADE_NOT_APPLICABLE);
        assertThat(GradeLifecycle.apply(USCC, "电石", false, B, List.of(), null, T1, "企业", null).refusal().orElseThrow().code())
                .isEqualTo(GradeRefusal.INDUSTRY_NOT_GRADED);
        assertThat(GradeLifecycle.apply(USCC, "水泥", true, B, List.of(), null, T1, " ", null).refusal().orElseThrow().code())
                .isEqualTo(GradeRefusal.ACTOR_REQUIRED);
        GradeRecord open = approved(applied(B), T2);
        Outcome<GradeChange> dup = GradeLifecycle.apply(USCC, "水泥", true, A, List.of(open), null, T2, "企业", null);
        assertThat(dup.refusal().orElseThrow().code()).isEqualTo(GradeRefusal.ALREADY_UNDER_REVIEW);
        assertThat(dup.refusal().orElseThrow().args()).containsExactly(GradeStatus.COUNTY_APPROVED.name());
        // another industry of the same firm, or a re-application while a grade is in effect, is fine
        assertThat(GradeLifecycle.apply(USCC, "焦化", true, A, List.of(open), null, T2, "企业", null).isAccepted()).isTrue();
        assertThat(GradeLifecycle.apply(USCC, "水泥", true, A, List.of(effective(B)), null, T4, "企业", null).isAccepted()).isTrue();
    }

    @Test
    void aDowngradeEndsTheGradeInEffectAndStartsTheLowerOneWithItsReason() {
        GradeRecord in = effective(B);
        Outcome<GradeChange> o = GradeLifecycle.downgrade(in, D, DowngradeReason.NON_COMPLIANCE_DURING_WARNING, T4, "市局",
                "橙色预警期间未停产");
        assertThat(o.isAccepted()).isTrue();
        GradeRecord closed = o.value().records().get(0);
        GradeRecord lower = o.value().records().get(1);
        assertThat(closed.status()).isEqualTo(GradeStatus.DOWNGRADED);
        assertThat(closed.downgradeReason()).isEqualTo(DowngradeReason.NON_COMPLIANCE_DURING_WARNING);
        assertThat(closed.effectiveFrom()).isEqualTo(T3);
        assertThat(closed.effectiveTo()).isEqualTo(T4);
        assertThat(closed.lastStep().action()).isEqualTo(GradeAction.DOWNGRADE);
        assertThat(lower.id()).isZero();
        assertThat(lower.grade()).isEqualTo(D);
        assertThat(lower.status()).isEqualTo(GradeStatus.EFFECTIVE);
        assertThat(lower.effectiveFrom()).isEqualTo(T4);
        assertThat(lower.replacesId()).isEqualTo(7L);
        assertThat(lower.steps()).containsExactly(new GradeStep(1, GradeAction.ISSUED_BY_DOWNGRADE, null,
                GradeStatus.EFFECTIVE, T4, "市局", "橙色预警期间未停产"));
        assertThat(o.value().record()).contains(lower);
    }

    @Test
    void downgradeRefusals() {
        GradeRecord in = effective(B);
        assertThat(GradeLifecycle.downgrade(in, D, null, T4, "市局", "x").refusal().orElseThrow().code()).isEqualTo(GradeRefusal.REASON_REQUIRED);
        assertThat(GradeLifecycle.downgrade(in, D, DowngradeReason.OTHER, T4, "市局", "").refusal().orElseThrow().code())
                .isEqualTo(GradeRefusal.COMMENT_REQUIRED);
        assertThat(GradeLifecycle.downgrade(in, D, DowngradeReason.OTHER, T4, "市局", "群众举报属实").isAccepted()).isTrue();
        assertThat(GradeLifecycle.downgrade(in, B, DowngradeReason.INSPECTION_FAILURE, T4, "市局", null).refusal().orElseThrow().code())
                .isEqualTo(GradeRefusal.NOT_LOWER);
        assertThat(GradeLifecycle.downgrade(in, A, DowngradeReason.INSPECTION_FAILURE, T4, "市局", null).refusal().orElseThrow().code())
                .isEqualTo(GradeRefusal.NOT_LOWER);
        assertThat(GradeLifecycle.downgrade(in, UNRATED, DowngradeReason.INSPECTION_FAILURE, T4, "市局", null).refusal().orElseThrow().code())
                .isEqualTo(GradeRefusal.NOT_LOWER);
        assertThat(GradeLifecycle.downgrade(in, B_MINUS, DowngradeReason.INSPECTION_FAILURE, T4, "", null).refusal().orElseThrow().code())
                .isEqualTo(GradeRefusal.ACTOR_REQUIRED);
        Outcome<GradeChange> notEffective = GradeLifecycle.downgrade(applied(B), D, DowngradeReason.FALSIFIED_MATERIALS, T4, "市局", null);
        assertThat(notEffective.refusal().orElseThrow().code()).isEqualTo(GradeRefusal.NOT_EFFECTIVE);
        assertThat(notEffective.refusal().orElseThrow().args()).containsExactly(GradeStatus.APPLIED.name());
        GradeRecord closed = GradeLifecycle.downgrade(in, C, DowngradeReason.FALSIFIED_MATERIALS, T4, "市局", null).value().records().get(0);
        assertThat(GradeLifecycle.downgrade(closed, D, DowngradeReason.FALSIFIED_MATERIALS, T5, "市局", null).refusal().orElseThrow().code())
                .isEqualTo(GradeRefusal.NOT_EFFECTIVE);
    }

    @Test
    void revokeEndsTheGradeAndIsRefusedOtherwise() {
        GradeRecord in = effective(B);
        assertThat(GradeLifecycle.revoke(in, T4, "市局", null).refusal().orElseThrow().code()).isEqualTo(GradeRefusal.COMMENT_REQUIRED);
        assertThat(GradeLifecycle.revoke(in, T4, null, "x").refusal().orElseThrow().code()).isEqualTo(GradeRefusal.ACTOR_REQUIRED);
        assertThat(GradeLifecycle.revoke(applied(B), T4, "市局", "x").refusal().orElseThrow().code()).isEqualTo(GradeRefusal.NOT_EFFECTIVE);
        GradeRecord revoked = GradeLifecycle.revoke(in, T4, "市局", "企业关停").value().record().orElseThrow();
        assertThat(revoked.status()).isEqualTo(GradeStatus.REVOKED);
        assertThat(revoked.effectiveFrom()).isEqualTo(T3);
        assertThat(revoked.effectiveTo()).isEqualTo(T4);
        assertThat(GradeLifecycle.revoke(revoked, T5, "市局", "再次").refusal().orElseThrow().code()).isEqualTo(GradeRefusal.NOT_EFFECTIVE);
    }

    @Test
    void theGradeInEffectDependsOnTheMoment() {
        GradeRecord in = effective(B);
        Outcome<GradeChange> down = GradeLifecycle.downgrade(in, D, DowngradeReason.INSPECTION_FAILURE, T4, "市局", null);
        List<GradeRecord> history = down.value().records();
        assertThat(GradesInEffect.at(history, T2).overall()).isEmpty(); // under review: nothing in effect yet
        assertThat(GradesInEffect.at(history, T3).overall()).contains(B); // from its start, inclusive
        assertThat(GradesInEffect.at(history, T4.minusSeconds(1)).overall()).contains(B);
        assertThat(GradesInEffect.at(history, T4).overall()).contains(D); // the end is exclusive
        assertThat(GradesInEffect.at(history, T5).overall()).contains(D);
        GradeRecord revoked = GradeLifecycle.revoke(history.get(1), T5, "市局", "关停").value().record().orElseThrow();
        List<GradeRecord> after = List.of(history.get(0), revoked);
        assertThat(GradesInEffect.at(after, T4).overall()).contains(D);
        assertThat(GradesInEffect.at(after, T5).overall()).isEmpty();
        GradeRecord superseded = GradeLifecycle.supersede(in, T4, "系统", "#8");
        assertThat(superseded.status()).isEqualTo(GradeStatus.SUPERSEDED);
        assertThat(superseded.inEffectAt(T3)).isTrue();
        assertThat(superseded.inEffectAt(T4)).isFalse();
    }

    @Test
    void aFirmGradedInSeveralIndustriesTakesTheLowest() {
        GradeRecord cement = effective(A);
        GradeRecord coking = new GradeRecord(9, USCC, "焦化", C, GradeStatus.EFFECTIVE, T1, T2, null, null, null, null, List.of());
        GradeRecord carbonLater = new GradeRecord(10, USCC, "炭素", D, GradeStatus.EFFECTIVE, T1, T5, null, null, null, null, List.of());
        GradesInEffect g = GradesInEffect.at(List.of(cement, coking, carbonLater), T4);
        assertThat(g.byIndustry()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("水泥", A, "焦化", C));
        assertThat(g.overall()).contains(C);
        assertThat(GradesInEffect.at(List.of(cement, coking, carbonLater), T5).overall()).contains(D);
    }

    @Test
    void gradeOrderFromBestToWorst() {
        assertThat(List.of(D, B_MINUS, NON_LEADING, A, C, LEADING, B, A_PLUS).stream().sorted(GradeOrder.BEST_FIRST).toList())
                .containsExactly(A_PLUS, A, LEADING, B, B_MINUS, C, D, NON_LEADING);
        assertThat(GradeOrder.lowest(List.of(A, B_MINUS, B, UNRATED))).contains(B_MINUS);
        assertThat(GradeOrder.lowest(List.of(UNRATED))).isEmpty();
        assertThat(GradeOrder.voluntary(A_PLUS) && GradeOrder.voluntary(A) && GradeOrder.voluntary(LEADING)).isTrue();
        assertThat(GradeOrder.voluntary(B) || GradeOrder.voluntary(NON_LEADING) || GradeOrder.voluntary(UNRATED)).isFalse();
    }
}
