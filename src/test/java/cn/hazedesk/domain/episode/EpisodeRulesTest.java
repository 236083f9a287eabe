package cn.hazedesk.domain.episode;

import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.EpisodeAction.Approve;
import cn.hazedesk.domain.episode.EpisodeAction.Cancel;
import cn.hazedesk.domain.episode.EpisodeAction.Close;
import cn.hazedesk.domain.episode.EpisodeAction.Consult;
import cn.hazedesk.domain.episode.EpisodeAction.Propose;
import cn.hazedesk.domain.episode.EpisodeAction.Publish;
import cn.hazedesk.domain.episode.EpisodeAction.Reject;
import cn.hazedesk.domain.episode.EpisodeAction.Withdraw;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.warning.RecommendedLevel;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static cn.hazedesk.domain.enterprise.WarningLevel.ORANGE;
import static cn.hazedesk.domain.enterprise.WarningLevel.RED;
import static cn.hazedesk.domain.enterprise.WarningLevel.YELLOW;
import static cn.hazedesk.domain.episode.EpisodeFixtures.CITY;
import static cn.hazedesk.domain.episode.EpisodeFixtures.DEPUTY;
import static cn.hazedesk.domain.episode.EpisodeFixtures.DWK;
import static cn.hazedesk.domain.episode.EpisodeFixtures.HN;
import static cn.hazedesk.domain.episode.EpisodeFixtures.MAYOR;
import static cn.hazedesk.domain.episode.EpisodeFixtures.PL;
import static cn.hazedesk.domain.episode.EpisodeFixtures.RULES;
import static cn.hazedesk.domain.episode.EpisodeFixtures.adjust;
import static cn.hazedesk.domain.episode.EpisodeFixtures.concat;
import static cn.hazedesk.domain.episode.EpisodeFixtures.consult;
import static cn.hazedesk.domain.episode.EpisodeFixtures.days;
import static cn.hazedesk.domain.episode.EpisodeFixtures.everyDistrict;
import static cn.hazedesk.domain.episode.EpisodeFixtures.extend;
import static cn.hazedesk.domain.episode.EpisodeFixtures.issue;
import static cn.hazedesk.domain.episode.EpisodeFixtures.levels;
import static cn.hazedesk.domain.episode.EpisodeFixtures.lift;
import static cn.hazedesk.domain.episode.EpisodeFixtures.resume;
import static cn.hazedesk.domain.episode.EpisodeFixtures.suspend;
import static cn.hazedesk.domain.episode.EpisodeFixtures.uniform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The warning state machine (docs/episode.md, "The state machine") on the real regions and criteria: each path, each
 * refusal.
 */
class EpisodeRulesTest {
    private static final Instant T0 = Instant.parse("2026-12-09T08:00:00Z");
    /** 2024 criteria: &gt;200 for 24 h → YELLOW in every district (and so in the city). */
    private static final String YELLOW_DAYS = "210 90 80";
    private static final String ORANGE_DAYS = "210 220 90";
    private static final String RED_DAYS = "210 220 310";
    private static final String CLEAN_DAYS = "90 80 70";

    /** An episode walked step by step on a clock that moves ten minutes per accepted action. */
    private static final class Walk {
        Episode e = Episode.draft(7, "12月重污染过程", false, "值班员", T0);
        Instant now = T0;

        Walk ok(EpisodeAction a) {
            now = now.plus(Duration.ofMinutes(10));
            Outcome<EpisodeChange> o = RULES.apply(e, a, "值班员", now);
            if (o instanceof Outcome.Refused<EpisodeChange> r) {
                fail("refused " + a + ": " + r.why());
            }
            EpisodeChange d = o.value();
            assertThat(d.before()).isEqualTo(EpisodeRules.summary(e));
            assertThat(d.after()).isEqualTo(EpisodeRules.summary(d.episode()));
            e = d.episode();
            return this;
        }

        Outcome.Refusal refused(EpisodeAction a, EpisodeRefusal code) {
            Episode before = e;
            Outcome<EpisodeChange> o = RULES.apply(e, a, "值班员", now.plusSeconds(60));
            assertThat(o.isAccepted()).as("%s should be refused with %s", a, code).isFalse();
            Outcome.Refusal r = o.refusal().orElseThrow();
            assertThat(r.code()).as(String.valueOf(r)).isEqualTo(code);
            assertThat(e).isSameAs(before).isEqualTo(before);
            return r;
        }

        Proposal last() {
            return e.proposals().get(e.proposals().size() - 1);
        }

        Instant in(Duration d) {
            return now.plus(d);
        }

        /** Approve the open proposal, then publish it with a number, issued a minute later. */
        Walk signAndPublish(String number) {
            ok(new Approve("张副市长", "同意"));
            return ok(new Publish(number, now.plusSeconds(60), null));
        }

        Walk consulted(List<ForecastDay> days) {
            return ok(consult(now, days));
        }

        Walk active(WarningLevel l, String forecast) {
            consulted(everyDistrict(forecast));
            ok(issue(uniform(l), in(Duration.ofHours(2)), in(Duration.ofDays(3)), null));
            return signAndPublish("石污防指〔2026〕1号");
        }
    }

    private static Walk walk() {
        return new Walk();
    }

    private static Walk yellowActive() {
        return walk().active(YELLOW, YELLOW_DAYS);
    }

    private static Walk lifted() {
        Walk w = yellowActive().consulted(everyDistrict(CLEAN_DAYS));
        w.ok(lift(LiftBasis.BELOW_CRITERIA, "预报好转", false));
        return w.signAndPublish("石污防指〔2026〕2号");
    }

    // ---- the whole way through ----------------------------------------------------------------------------

    @Test
    void aWholeEpisodeFromDraftToClosed() {
        Walk w = walk();
        assertThat(w.e.phase()).isEqualTo(EpisodePhase.DRAFT);
        assertThat(w.e.statusCode()).isEqualTo("DRAFT");

        w.consulted(everyDistrict(YELLOW_DAYS));
        Consultation c1 = w.e.consultations().get(0);
        assertThat(c1.seq()).isEqualTo(1);
        assertThat(c1.profile()).isEqualTo("2024");
        assertThat(RULES.recommend(c1)).containsKeys(DWK, HN, PL, CITY)
                .allSatisfy((code, r) -> assertThat(r.level()).as(code).isEqualTo(RecommendedLevel.YELLOW));

        Instant start = w.in(Duration.ofHours(4));
        Instant end = w.in(Duration.ofDays(3));
        w.ok(issue(uniform(YELLOW), start, end, null));
        Proposal p1 = w.last();
        assertThat(p1.kind()).isEqualTo(ProposalKind.ISSUE);
        assertThat(p1.state()).isEqualTo(ProposalState.PENDING);
        assertThat(p1.basis()).isEqualTo(1);
        assertThat(p1.signatory()).isEqualTo(DEPUTY);
        assertThat(p1.reason()).isEmpty();
        assertThat(w.e.statusCode()).isEqualTo("DRAFT_ISSUE_PENDING");
        assertThat(w.e.phase()).as("not in force before publication").isEqualTo(EpisodePhase.DRAFT);

        w.ok(new Approve(" 张副市长 ", "同意发布"));
        Instant approvedAt = w.now;
        assertThat(w.last().state()).isEqualTo(ProposalState.APPROVED);
        assertThat(w.last().decidedBy()).isEqualTo("张副市长");
        assertThat(w.last().decidedAt()).isEqualTo(approvedAt);
        assertThat(w.e.statusCode()).isEqualTo("DRAFT_ISSUE_APPROVED");

        Instant issuedAt = approvedAt.plus(Duration.ofMinutes(30));
        w.ok(new Publish(" 石污防指〔2026〕1号 ", issuedAt, null));
        Episode active = w.e;
        assertThat(active.phase()).isEqualTo(EpisodePhase.ACTIVE);
        assertThat(active.number()).isEqualTo("石污防指〔2026〕1号");
        assertThat(active.issuedAt()).isEqualTo(issuedAt);
        assertThat(active.responseStart()).as("the proposal's response start").isEqualTo(start);
        assertThat(active.expectedEnd()).isEqualTo(end);
        assertThat(active.round()).isEqualTo(1);
        assertThat(active.levels()).isEqualTo(uniform(YELLOW));
        assertThat(active.published()).singleElement().satisfies(p -> {
            assertThat(p.state()).isEqualTo(ProposalState.PUBLISHED);
            assertThat(p.number()).isEqualTo("石污防指〔2026〕1号");
            assertThat(p.issuedAt()).isEqualTo(issuedAt);
            assertThat(p.publishedBy()).isEqualTo("值班员");
        });
        assertThat(active.open()).isEmpty();

        // upgrade: 惠农区 forecast red, the city's own rows orange → no reason needed; the mayor signs (red)
        w.consulted(concat(days(CITY, ORANGE_DAYS), days(DWK, ORANGE_DAYS), days(HN, RED_DAYS), days(PL, ORANGE_DAYS)));
        Instant start2 = w.in(Duration.ofHours(1));
        w.ok(adjust(levels(ORANGE, ORANGE, RED, ORANGE), start2, null, null));
        assertThat(w.last().kind()).isEqualTo(ProposalKind.ADJUST);
        assertThat(w.last().basis()).isEqualTo(2);
        assertThat(w.last().signatory()).isEqualTo(MAYOR);
        assertThat(w.last().expectedEnd()).as("the end in force when none is given").isEqualTo(end);
        w.ok(new Approve("李市长", null));
        Instant issued2 = w.now.plusSeconds(60);
        w.ok(new Publish("石污防指〔2026〕2号", issued2, null));
        assertThat(w.e.phase()).isEqualTo(EpisodePhase.ACTIVE);
        assertThat(w.e.round()).isEqualTo(2);
        assertThat(w.e.levels()).isEqualTo(levels(ORANGE, ORANGE, RED, ORANGE));
        assertThat(w.e.number()).as("the warning keeps its number").isEqualTo("石污防指〔2026〕1号");
        assertThat(w.e.issuedAt()).isEqualTo(issuedAt);
        assertThat(w.last().responseStart()).isEqualTo(start2);
        assertThat(w.e.published()).hasSize(2).first().isEqualTo(active.published().get(0));

        // extend
        Instant end2 = end.plus(Duration.ofDays(2));
        w.ok(extend(end2));
        assertThat(w.last().signatory()).isEqualTo(MAYOR);
        assertThat(w.last().levels()).isEqualTo(w.e.levels());
        w.signAndPublish("石污防指〔2026〕3号");
        assertThat(w.e.expectedEnd()).isEqualTo(end2);
        assertThat(w.e.round()).as("no new orders for an extension").isEqualTo(2);
        assertThat(w.e.phase()).isEqualTo(EpisodePhase.ACTIVE);

        // suspend and resume
        w.ok(suspend("沙尘天气过程，暂停响应"));
        w.signAndPublish("石污防指〔2026〕4号");
        assertThat(w.e.phase()).isEqualTo(EpisodePhase.SUSPENDED);
        assertThat(w.e.levels()).isEqualTo(levels(ORANGE, ORANGE, RED, ORANGE));
        Instant resumeAt = w.in(Duration.ofHours(3));
        w.ok(resume(resumeAt, "沙尘过后恢复响应"));
        w.signAndPublish("石污防指〔2026〕5号");
        assertThat(w.e.phase()).isEqualTo(EpisodePhase.ACTIVE);
        assertThat(w.last().responseStart()).isEqualTo(resumeAt);
        assertThat(w.e.round()).isEqualTo(2);

        // lift on a forecast three days below the yellow criteria: no confirmation needed
        w.consulted(everyDistrict(CLEAN_DAYS));
        w.ok(lift(LiftBasis.BELOW_CRITERIA, "扩散条件转好", false));
        assertThat(w.last().hoursBelow()).isEqualTo(72);
        assertThat(w.last().liftBasis()).isEqualTo(LiftBasis.BELOW_CRITERIA);
        assertThat(w.last().signatory()).as("the level in force decides").isEqualTo(MAYOR);
        assertThat(w.e.statusCode()).isEqualTo("ACTIVE_LIFT_PENDING");
        w.ok(new Approve("李市长", null));
        Instant liftedAt = w.now.plusSeconds(60);
        w.ok(new Publish("石污防指〔2026〕6号", liftedAt, null));
        assertThat(w.e.phase()).isEqualTo(EpisodePhase.LIFTED);
        assertThat(w.e.liftedAt()).isEqualTo(liftedAt);
        assertThat(w.e.published()).extracting(Proposal::kind).containsExactly(ProposalKind.ISSUE,
                ProposalKind.ADJUST, ProposalKind.EXTEND, ProposalKind.SUSPEND, ProposalKind.RESUME, ProposalKind.LIFT);

        w.ok(new Close("  过程总结：响应及时。 "));
        assertThat(w.e.phase()).isEqualTo(EpisodePhase.CLOSED);
        assertThat(w.e.summary()).isEqualTo("过程总结：响应及时。");
        assertThat(w.e.consultations()).hasSize(3);
        w.refused(consult(w.now, everyDistrict(RED_DAYS)), EpisodeRefusal.FINISHED);
        w.refused(new Close("再次总结"), EpisodeRefusal.FINISHED);
    }

    @Test
    void aLiftOnOneDayBelowNeedsTheShortfallConfirmed() {
        Walk w = yellowActive().consulted(everyDistrict("90 210 220"));
        Outcome.Refusal r = w.refused(lift(LiftBasis.BELOW_CRITERIA, "预报好转", false), EpisodeRefusal.LIFT_36H_NOT_CONFIRMED);
        assertThat(r.args()).containsExactly("24", "36");
        w.ok(lift(LiftBasis.BELOW_CRITERIA, "预报好转，值班长确认", true));
        assertThat(w.last().hoursBelow()).isEqualTo(24);
        w.signAndPublish("石污防指〔2026〕2号");
        assertThat(w.e.phase()).isEqualTo(EpisodePhase.LIFTED);
    }

    @Test
    void twoDaysBelowAreEnoughAndTheHigherAuthorityMayLiftWithAReason() {
        Walk w = yellowActive().consulted(everyDistrict("90 80 210"));
        // before the response start a lift must say why
        w.refused(lift(LiftBasis.BELOW_CRITERIA, null, false), EpisodeRefusal.LIFT_BEFORE_RESPONSE);
        w.ok(lift(LiftBasis.BELOW_CRITERIA, "预报好转，响应开始前解除", false));
        assertThat(w.last().hoursBelow()).isEqualTo(48);
        w.ok(new Withdraw("改按上级通知解除"));
        w.refused(lift(LiftBasis.AUTHORITY_LIFTED, " ", false), EpisodeRefusal.LIFT_BASIS_REQUIRED);
        w.ok(lift(LiftBasis.AUTHORITY_LIFTED, "自治区解除区域预警", false));
        assertThat(w.last().hoursBelow()).isNull();
        w.signAndPublish("石污防指〔2026〕2号");
        assertThat(w.e.phase()).isEqualTo(EpisodePhase.LIFTED);
    }

    @Test
    void aSuspendedWarningCanBeLiftedAndAResumeNeedsItsStartTime() {
        Walk w = yellowActive();
        w.ok(suspend("暂停"));
        w.signAndPublish("石污防指〔2026〕2号");
        w.refused(adjust(uniform(ORANGE), w.in(Duration.ofHours(1)), null, "升级"), EpisodeRefusal.KIND_NOT_ALLOWED);
        w.refused(extend(w.e.expectedEnd().plus(Duration.ofDays(1))), EpisodeRefusal.KIND_NOT_ALLOWED);
        w.refused(resume(null, "恢复"), EpisodeRefusal.TIME_REQUIRED);
        w.refused(resume(w.in(Duration.ofHours(1)), " "), EpisodeRefusal.REASON_REQUIRED);
        w.ok(lift(LiftBasis.AUTHORITY_LIFTED, "上级解除", false));
        w.signAndPublish("石污防指〔2026〕3号");
        assertThat(w.e.phase()).isEqualTo(EpisodePhase.LIFTED);
        w.refused(new Cancel("不要了"), EpisodeRefusal.CANCEL_NOT_DRAFT);
    }

    // ---- reject, withdraw, cancel --------------------------------------------------------------------------

    @Test
    void aRejectedProposalStaysOnRecordAndANewOneCanBeMade() {
        Walk w = walk().consulted(everyDistrict(YELLOW_DAYS));
        w.ok(issue(uniform(YELLOW), w.in(Duration.ofHours(2)), w.in(Duration.ofDays(2)), null));
        w.refused(new Reject("张副市长", "  "), EpisodeRefusal.REASON_REQUIRED);
        w.refused(new Reject(" ", "措施不具体"), EpisodeRefusal.NAME_REQUIRED);
        w.ok(new Reject("张副市长", " 措施不具体 "));
        Proposal rejected = w.last();
        assertThat(rejected.state()).isEqualTo(ProposalState.REJECTED);
        assertThat(rejected.decidedBy()).isEqualTo("张副市长");
        assertThat(rejected.decidedAt()).isEqualTo(w.now);
        assertThat(rejected.decisionComment()).isEqualTo("措施不具体");
        assertThat(w.e.phase()).isEqualTo(EpisodePhase.DRAFT);
        assertThat(w.e.open()).isEmpty();
        w.refused(new Approve("张副市长", null), EpisodeRefusal.NO_OPEN_PROPOSAL);
        w.refused(new Publish("1号", w.now, null), EpisodeRefusal.NO_OPEN_PROPOSAL);

        w.ok(issue(uniform(YELLOW), w.in(Duration.ofHours(2)), w.in(Duration.ofDays(2)), null));
        assertThat(w.last().seq()).isEqualTo(2);
        assertThat(w.e.proposals().get(0)).isEqualTo(rejected);
        w.signAndPublish("石污防指〔2026〕1号");
        assertThat(w.e.phase()).isEqualTo(EpisodePhase.ACTIVE);
        assertThat(w.e.published()).extracting(Proposal::seq).containsExactly(2);
    }

    @Test
    void anOpenProposalCanBeWithdrawnPendingOrApproved() {
        Walk w = walk().consulted(everyDistrict(YELLOW_DAYS));
        w.ok(issue(uniform(YELLOW), w.in(Duration.ofHours(2)), w.in(Duration.ofDays(2)), null));
        w.refused(new Withdraw(""), EpisodeRefusal.REASON_REQUIRED);
        w.ok(new Withdraw(" 预报更新 "));
        assertThat(w.last().state()).isEqualTo(ProposalState.WITHDRAWN);
        assertThat(w.last().decidedBy()).isEqualTo("值班员");
        assertThat(w.last().decisionComment()).isEqualTo("预报更新");
        w.refused(new Withdraw("again"), EpisodeRefusal.NO_OPEN_PROPOSAL);

        w.ok(issue(uniform(YELLOW), w.in(Duration.ofHours(2)), w.in(Duration.ofDays(2)), null));
        w.ok(new Approve("张副市长", null));
        w.ok(new Withdraw("发布前取消"));
        assertThat(w.last().state()).isEqualTo(ProposalState.WITHDRAWN);
        assertThat(w.e.phase()).isEqualTo(EpisodePhase.DRAFT);
    }

    @Test
    void aDraftCanBeCancelledWithItsOpenProposalAndThenNothingMore() {
        Walk w = walk().consulted(everyDistrict(YELLOW_DAYS));
        w.ok(issue(uniform(YELLOW), w.in(Duration.ofHours(2)), w.in(Duration.ofDays(2)), null));
        w.refused(new Cancel(" "), EpisodeRefusal.REASON_REQUIRED);
        w.ok(new Cancel("预报调整，不再发布"));
        assertThat(w.e.phase()).isEqualTo(EpisodePhase.CANCELLED);
        assertThat(w.e.open()).isEmpty();
        assertThat(w.last().state()).isEqualTo(ProposalState.WITHDRAWN);
        assertThat(w.e.levels()).isNull();
        assertThat(w.e.number()).isNull();
        assertThat(w.e.consultations()).hasSize(1);
        w.refused(new Approve("张副市长", null), EpisodeRefusal.FINISHED);
        w.refused(consult(w.now, everyDistrict(RED_DAYS)), EpisodeRefusal.FINISHED);
        w.refused(new Cancel("again"), EpisodeRefusal.FINISHED);
    }

    // ---- levels: counties follow the city, reasons, dust ---------------------------------------------------

    @Test
    void aDistrictIsNeverBelowTheCityButMayBeAbove() {
        Walk w = walk().consulted(concat(days(CITY, YELLOW_DAYS), days(DWK, YELLOW_DAYS), days(HN, ORANGE_DAYS),
                days(PL, YELLOW_DAYS)));
        Outcome.Refusal r = w.refused(issue(levels(ORANGE, ORANGE, YELLOW, ORANGE), w.in(Duration.ofHours(1)),
                w.in(Duration.ofDays(2)), "区域联动"), EpisodeRefusal.DISTRICT_BELOW_CITY);
        assertThat(r.args()).containsExactly("惠农区", "YELLOW", "ORANGE");
        // 惠农区 higher by its own forecast: no reason needed; the deputy mayor signs for orange
        w.ok(issue(levels(YELLOW, YELLOW, ORANGE, YELLOW), w.in(Duration.ofHours(1)), w.in(Duration.ofDays(2)), null));
        assertThat(w.last().levels().of(HN)).isEqualTo(ORANGE);
        assertThat(w.last().signatory()).isEqualTo(DEPUTY);
        w.signAndPublish("1号");
        assertThat(w.e.levels().of(HN)).isEqualTo(ORANGE);
        assertThat(w.e.levels().city()).isEqualTo(YELLOW);
        // an adjustment may not leave a district below the city either
        w.consulted(everyDistrict(RED_DAYS));
        w.refused(adjust(levels(RED, RED, ORANGE, RED), w.in(Duration.ofHours(1)), null, null),
                EpisodeRefusal.DISTRICT_BELOW_CITY);
    }

    @Test
    void underACountyPlanTheCityHasNoLevelAndOnlyTheDistrictsNamedAreUnderAWarning() {
        // 平罗县's own forecast reaches orange; the city and the other districts stay clean
        Walk w = walk().consulted(concat(days(CITY, CLEAN_DAYS), days(DWK, CLEAN_DAYS), days(HN, CLEAN_DAYS),
                days(PL, ORANGE_DAYS)));
        AreaLevels plOnly = AreaLevels.districtsOnly(Map.of(PL, ORANGE));
        assertThat(plOnly.districtOnly()).isTrue();
        assertThat(plOnly.cityLevel()).isEmpty();
        assertThat(plOnly.of(PL)).isEqualTo(ORANGE);
        assertThat(plOnly.of(HN)).isNull();
        assertThat(plOnly.has(DWK)).isFalse();
        assertThat(plOnly.highest()).isEqualTo(ORANGE);
        assertThat(plOnly.districtBelowCity()).isEmpty();
        // as recommended: no reason needed; the signatory follows the highest level
        w.ok(issue(plOnly, w.in(Duration.ofHours(1)), w.in(Duration.ofDays(2)), null));
        assertThat(w.last().signatory()).isEqualTo(DEPUTY);
        w.signAndPublish("平污防指〔2026〕1号");
        assertThat(w.e.phase()).isEqualTo(EpisodePhase.ACTIVE);
        assertThat(w.e.levels()).isEqualTo(plOnly);
        assertThat(w.e.cityLevel()).isEmpty();
        assertThat(EpisodeState.levelsField(w.e.levels())).isEqualTo("city:NONE,640221:ORANGE");
        // raising another district and lowering 平罗县 is an adjustment like any other
        w.consulted(concat(days(CITY, CLEAN_DAYS), days(DWK, CLEAN_DAYS), days(HN, YELLOW_DAYS), days(PL, YELLOW_DAYS)));
        w.ok(adjust(AreaLevels.districtsOnly(Map.of(HN, YELLOW, PL, YELLOW)), w.in(Duration.ofHours(1)), null, null));
        w.signAndPublish("平污防指〔2026〕2号");
        assertThat(w.e.levels().of(HN)).isEqualTo(YELLOW);
        w.consulted(concat(days(CITY, CLEAN_DAYS), everyDistrict(CLEAN_DAYS)));
        w.ok(lift(LiftBasis.BELOW_CRITERIA, "预报好转", false));
        w.signAndPublish("平污防指〔2026〕3号");
        assertThat(w.e.phase()).isEqualTo(EpisodePhase.LIFTED);
    }

    @Test
    void aCountyPlanWarningNeedsSomeAreaAtALevelAndAReasonWhereItLeavesOutARecommendedArea() {
        assertThatThrownBy(() -> AreaLevels.districtsOnly(Map.of())).isInstanceOf(IllegalArgumentException.class);
        // the city's own forecast is orange: leaving the city at none departs from the recommendation
        Walk w = walk().consulted(concat(days(CITY, ORANGE_DAYS), days(DWK, CLEAN_DAYS), days(HN, CLEAN_DAYS),
                days(PL, ORANGE_DAYS)));
        Outcome.Refusal r = w.refused(issue(AreaLevels.districtsOnly(Map.of(PL, ORANGE)), w.in(Duration.ofHours(1)),
                w.in(Duration.ofDays(2)), null), EpisodeRefusal.LEVEL_REASON_REQUIRED);
        assertThat(r.args()).containsExactly("石嘴山市", "ORANGE", "NONE");
        // a district recommended orange left at none under a county plan needs a reason too
        Walk v = walk().consulted(concat(days(CITY, CLEAN_DAYS), days(DWK, CLEAN_DAYS), days(HN, ORANGE_DAYS),
                days(PL, ORANGE_DAYS)));
        r = v.refused(issue(AreaLevels.districtsOnly(Map.of(PL, ORANGE)), v.in(Duration.ofHours(1)),
                v.in(Duration.ofDays(2)), null), EpisodeRefusal.LEVEL_REASON_REQUIRED);
        assertThat(r.args()).containsExactly("惠农区", "ORANGE", "NONE");
        // a city level with a district left out is still refused: under a city level every district has one
        v.refused(issue(new AreaLevels(YELLOW, Map.of(PL, ORANGE)), v.in(Duration.ofHours(1)), v.in(Duration.ofDays(2)),
                "x"), EpisodeRefusal.DISTRICT_MISSING);
    }

    @Test
    void everyDistrictMustHaveALevel() {
        Walk w = walk().consulted(everyDistrict(YELLOW_DAYS));
        AreaLevels twoOnly = new AreaLevels(YELLOW, Map.of(DWK, YELLOW, HN, YELLOW));
        Outcome.Refusal r = w.refused(issue(twoOnly, w.in(Duration.ofHours(1)), w.in(Duration.ofDays(2)), "x"),
                EpisodeRefusal.DISTRICT_MISSING);
        assertThat(r.args()).containsExactly("平罗县");
        w.refused(issue(null, w.in(Duration.ofHours(1)), w.in(Duration.ofDays(2)), "x"), EpisodeRefusal.DISTRICT_MISSING);
    }

    @Test
    void aLevelOtherThanRecommendedNeedsAReasonWhichIsKept() {
        Walk w = walk().consulted(everyDistrict(YELLOW_DAYS));
        Outcome.Refusal r = w.refused(issue(uniform(ORANGE), w.in(Duration.ofHours(1)), w.in(Duration.ofDays(2)), " "),
                EpisodeRefusal.LEVEL_REASON_REQUIRED);
        assertThat(r.args()).containsExactly("石嘴山市", "YELLOW", "ORANGE");
        // a district above the recommendation (and the city) needs a reason too
        r = w.refused(issue(levels(YELLOW, YELLOW, RED, YELLOW), w.in(Duration.ofHours(1)), w.in(Duration.ofDays(2)),
                null), EpisodeRefusal.LEVEL_REASON_REQUIRED);
        assertThat(r.args()).containsExactly("惠农区", "YELLOW", "RED");
        w.ok(issue(uniform(ORANGE), w.in(Duration.ofHours(1)), w.in(Duration.ofDays(2)), " 自治区区域橙色预警通知 "));
        assertThat(w.last().reason()).isEqualTo("自治区区域橙色预警通知");
        assertThat(w.last().levels()).isEqualTo(uniform(ORANGE));
    }

    @Test
    void temporaryControlOrNothingRecommendedCannotBeIssuedWithoutAReason() {
        Walk w = walk().consulted(everyDistrict("160 90"));
        assertThat(RULES.recommend(w.e.consultations().get(0)).get(CITY).level())
                .isEqualTo(RecommendedLevel.TEMP_CONTROL);
        Outcome.Refusal r = w.refused(issue(uniform(YELLOW), w.in(Duration.ofHours(1)), w.in(Duration.ofDays(1)), null),
                EpisodeRefusal.LEVEL_REASON_REQUIRED);
        assertThat(r.args()).containsExactly("石嘴山市", "TEMP_CONTROL", "YELLOW");
        w.ok(issue(uniform(YELLOW), w.in(Duration.ofHours(1)), w.in(Duration.ofDays(1)), "上级部署，提前启动"));

        Walk quiet = walk().consulted(everyDistrict(CLEAN_DAYS));
        quiet.refused(issue(uniform(YELLOW), quiet.in(Duration.ofHours(1)), quiet.in(Duration.ofDays(1)), ""),
                EpisodeRefusal.LEVEL_REASON_REQUIRED);
    }

    @Test
    void aForecastHighOnlyOnDustDaysCannotStartAWarningAtAnyLevelEvenWithAReason() {
        // without the dust days it would be orange (two days above 200)
        Walk w = walk().consulted(everyDistrict("210d 220d 90"));
        for (WarningLevel l : WarningLevel.values()) {
            Outcome.Refusal r = w.refused(issue(uniform(l), w.in(Duration.ofHours(1)), w.in(Duration.ofDays(2)),
                    "值班长认为需要启动"), EpisodeRefusal.DUST_DRIVEN);
            assertThat(r.args()).as(l.name()).hasSize(2);
        }
        // the same values without dust: orange
        w.consulted(everyDistrict("210 220 90"));
        w.ok(issue(uniform(ORANGE), w.in(Duration.ofHours(1)), w.in(Duration.ofDays(2)), null));
    }

    @Test
    void aDistrictWhoseOwnForecastIsDustyFollowsTheCityButIsNotRaisedByTheDust() {
        // 大武口区 and 平罗县 yellow on their own forecast; 惠农区's high days are dust days only
        Walk w = walk().consulted(concat(days(DWK, YELLOW_DAYS), days(HN, "210d 220d 90"), days(PL, YELLOW_DAYS)));
        w.refused(issue(levels(YELLOW, YELLOW, ORANGE, YELLOW), w.in(Duration.ofHours(1)), w.in(Duration.ofDays(2)),
                "惠农区预报较重"), EpisodeRefusal.DUST_DRIVEN);
        w.ok(issue(uniform(YELLOW), w.in(Duration.ofHours(1)), w.in(Duration.ofDays(2)), null));
        w.signAndPublish("1号");
        assertThat(w.e.levels()).isEqualTo(uniform(YELLOW));
    }

    @Test
    void anUpgradeCannotRestOnDustDaysButADustyDistrictStillFollowsTheCity() {
        Walk w = yellowActive();
        // 惠农区 orange only if its dust days counted; the others orange on their own forecast
        w.consulted(concat(days(CITY, ORANGE_DAYS), days(DWK, ORANGE_DAYS), days(HN, "210 220d 230d"),
                days(PL, ORANGE_DAYS)));
        w.refused(adjust(levels(YELLOW, YELLOW, ORANGE, YELLOW), w.in(Duration.ofHours(1)), null, "惠农区加严"),
                EpisodeRefusal.DUST_DRIVEN);
        w.ok(adjust(uniform(ORANGE), w.in(Duration.ofHours(1)), null, null));
    }

    @Test
    void theSignatoryFollowsTheHighestLevelProposed() {
        Walk w = walk().consulted(everyDistrict(RED_DAYS));
        w.ok(issue(uniform(RED), w.in(Duration.ofHours(1)), w.in(Duration.ofDays(3)), null));
        assertThat(w.last().signatory()).isEqualTo(MAYOR);
        w.ok(new Withdraw("改为黄色"));
        w.ok(issue(uniform(YELLOW), w.in(Duration.ofHours(1)), w.in(Duration.ofDays(3)), "先发黄色"));
        assertThat(w.last().signatory()).isEqualTo(DEPUTY);
        w.ok(new Withdraw("惠农区红色"));
        w.ok(issue(levels(YELLOW, YELLOW, RED, YELLOW), w.in(Duration.ofHours(1)), w.in(Duration.ofDays(3)), "惠农区单独"));
        assertThat(w.last().signatory()).isEqualTo(MAYOR);
        w.signAndPublish("1号");
        // a downgrade to yellow everywhere is signed at the target level; suspension at the level in force
        w.ok(suspend("暂停"));
        assertThat(w.last().signatory()).isEqualTo(MAYOR);
        w.ok(new Withdraw("不暂停"));
        w.consulted(everyDistrict(YELLOW_DAYS));
        w.ok(adjust(uniform(YELLOW), w.in(Duration.ofHours(1)), null, null));
        assertThat(w.last().signatory()).isEqualTo(DEPUTY);
    }

    // ---- publication: order of approval, issue and response start -----------------------------------------

    @Test
    void publicationFollowsApprovalAndTheResponseNeverStartsBeforeTheIssue() {
        Walk w = walk().consulted(everyDistrict(YELLOW_DAYS));
        Instant start = w.in(Duration.ofHours(6));
        w.ok(issue(uniform(YELLOW), start, w.in(Duration.ofDays(2)), null));
        Outcome.Refusal r = w.refused(new Publish("1号", w.in(Duration.ofHours(1)), null), EpisodeRefusal.NOT_APPROVED_YET);
        assertThat(r.args()).containsExactly(DEPUTY);
        w.ok(new Approve("张副市长", null));
        Instant approved = w.now;
        r = w.refused(new Publish("1号", approved.minusSeconds(1), null), EpisodeRefusal.PUBLISH_BEFORE_APPROVAL);
        assertThat(r.args()).containsExactly(approved.toString());
        w.refused(new Publish("1号", start.plusSeconds(1), null), EpisodeRefusal.TIME_ORDER);
        w.refused(new Publish("1号", approved, approved.minusSeconds(60)), EpisodeRefusal.TIME_ORDER);
        w.refused(new Publish(" ", approved, null), EpisodeRefusal.NUMBER_REQUIRED);
        w.refused(new Publish("1号", null, null), EpisodeRefusal.TIME_REQUIRED);
        w.refused(new Publish("1号", approved, w.in(Duration.ofDays(5))), EpisodeRefusal.END_BEFORE_START);
        // issued at the approval time, response deferred to a later start than proposed
        Instant later = start.plus(Duration.ofHours(2));
        w.ok(new Publish("1号", approved, later));
        assertThat(w.e.issuedAt()).isEqualTo(approved);
        assertThat(w.e.responseStart()).isEqualTo(later);
        assertThat(w.last().responseStart()).as("the notice records the start it published").isEqualTo(later);
    }

    @Test
    void aLaterNoticeIsNeverIssuedBeforeTheWarningItChanges() {
        // the issue notice is dated a day ahead (issued in advance, response from the next morning)
        Walk w = walk().consulted(everyDistrict(YELLOW_DAYS));
        w.ok(issue(uniform(YELLOW), w.in(Duration.ofDays(1)), w.in(Duration.ofDays(3)), null));
        w.ok(new Approve("张副市长", null));
        Instant issued = w.in(Duration.ofHours(20));
        w.ok(new Publish("1号", issued, null));
        // an upgrade approved now cannot be published as issued before the warning itself
        w.consulted(everyDistrict(ORANGE_DAYS));
        w.ok(adjust(uniform(ORANGE), w.in(Duration.ofHours(1)), w.in(Duration.ofHours(5)), null));
        w.ok(new Approve("张副市长", null));
        w.refused(new Publish("2号", w.now, null), EpisodeRefusal.TIME_ORDER);
    }

    @Test
    void anAdjustmentMayNotEndTheWarningBeforeItsResponseStarted() {
        Walk w = walk().consulted(everyDistrict(YELLOW_DAYS));
        Instant start = w.in(Duration.ofDays(1));
        w.ok(issue(uniform(YELLOW), start, w.in(Duration.ofDays(3)), null));
        w.signAndPublish("1号");
        w.consulted(everyDistrict(ORANGE_DAYS));
        w.ok(adjust(uniform(ORANGE), w.in(Duration.ofHours(1)), w.in(Duration.ofHours(5)), null));
        w.ok(new Approve("张副市长", null));
        w.refused(new Publish("2号", w.now, null), EpisodeRefusal.END_BEFORE_START);
    }

    // ---- every refusal code the rules can give -------------------------------------------------------------

    /** Codes only the service gives: they need other episodes, which the rules never see. */
    private static final Set<EpisodeRefusal> SERVICE_CODES = EnumSet.of(EpisodeRefusal.NUMBER_TAKEN, EpisodeRefusal.ANOTHER_IN_FORCE,
            EpisodeRefusal.SUMMARY_NOT_ISSUED,
            EpisodeRefusal.WARNING_NUMBER_FOR_TEMP_CONTROL /* the service checks the number series: TempControlTest */,
            EpisodeRefusal.CITY_NUMBER_FOR_COUNTY, EpisodeRefusal.COUNTY_NUMBER_FOR_CITY /* CountyPlanWarningTest */);

    private record Situation(String what, Walk walk, EpisodeAction action) {
    }

    private static Map<EpisodeRefusal, Situation> situations() {
        Map<EpisodeRefusal, Situation> s = new LinkedHashMap<>();
        Walk closed = lifted().ok(new Close("总结"));
        s.put(EpisodeRefusal.FINISHED, new Situation("anything on a closed episode", closed, new Withdraw("x")));
        Walk pending = walk().consulted(everyDistrict(YELLOW_DAYS));
        pending.ok(issue(uniform(YELLOW), pending.in(Duration.ofHours(1)), pending.in(Duration.ofDays(1)), null));
        s.put(EpisodeRefusal.OPEN_PROPOSAL_EXISTS, new Situation("a second proposal while one waits", pending,
                issue(uniform(YELLOW), pending.in(Duration.ofHours(1)), pending.in(Duration.ofDays(1)), null)));
        s.put(EpisodeRefusal.NO_OPEN_PROPOSAL, new Situation("approving with nothing proposed", yellowActive(),
                new Approve("张副市长", null)));
        s.put(EpisodeRefusal.NOT_APPROVED_YET, new Situation("publishing before the signature", pending,
                new Publish("1号", pending.now, null)));
        Walk approved = walk().consulted(everyDistrict(YELLOW_DAYS));
        approved.ok(issue(uniform(YELLOW), approved.in(Duration.ofHours(1)), approved.in(Duration.ofDays(1)), null));
        approved.ok(new Approve("张副市长", null));
        s.put(EpisodeRefusal.ALREADY_APPROVED, new Situation("rejecting what was approved", approved,
                new Reject("李市长", "不同意")));
        s.put(EpisodeRefusal.KIND_NOT_ALLOWED, new Situation("lifting a draft", walk().consulted(everyDistrict(CLEAN_DAYS)),
                lift(LiftBasis.BELOW_CRITERIA, "x", true)));
        Walk draft = walk();
        s.put(EpisodeRefusal.NO_CONSULTATION, new Situation("issuing without a consultation", draft,
                issue(uniform(YELLOW), draft.in(Duration.ofHours(1)), draft.in(Duration.ofDays(1)), "x")));
        s.put(EpisodeRefusal.NO_FORECAST, new Situation("a consultation without a forecast", walk(),
                consult(T0, List.of())));
        s.put(EpisodeRefusal.UNKNOWN_PROFILE, new Situation("a consultation under an unknown profile", walk(),
                new Consult(T0, "2030", everyDistrict(YELLOW_DAYS), null, null)));
        s.put(EpisodeRefusal.CONSULT_NOT_ALLOWED, new Situation("a consultation after the lift", lifted(),
                consult(T0, everyDistrict(RED_DAYS))));
        Walk consulted = walk().consulted(everyDistrict(YELLOW_DAYS));
        s.put(EpisodeRefusal.DISTRICT_MISSING, new Situation("no level for 平罗县", consulted,
                issue(new AreaLevels(YELLOW, Map.of(DWK, YELLOW, HN, YELLOW)), consulted.in(Duration.ofHours(1)),
                        consulted.in(Duration.ofDays(1)), "x")));
        s.put(EpisodeRefusal.DISTRICT_BELOW_CITY, new Situation("惠农区 below the city", consulted,
                issue(levels(ORANGE, ORANGE, YELLOW, ORANGE), consulted.in(Duration.ofHours(1)),
                        consulted.in(Duration.ofDays(1)), "x")));
        s.put(EpisodeRefusal.REASON_REQUIRED, new Situation("a withdrawal without a reason", pending, new Withdraw(" ")));
        s.put(EpisodeRefusal.LEVEL_REASON_REQUIRED, new Situation("orange on a yellow forecast without a reason", consulted,
                issue(uniform(ORANGE), consulted.in(Duration.ofHours(1)), consulted.in(Duration.ofDays(1)), null)));
        Walk dusty = walk().consulted(everyDistrict("210d 220d"));
        s.put(EpisodeRefusal.DUST_DRIVEN, new Situation("yellow on dust days, with a reason", dusty,
                issue(uniform(YELLOW), dusty.in(Duration.ofHours(1)), dusty.in(Duration.ofDays(1)), "x")));
        s.put(EpisodeRefusal.TIME_REQUIRED, new Situation("an issue without a response start", consulted,
                issue(uniform(YELLOW), null, consulted.in(Duration.ofDays(1)), null)));
        s.put(EpisodeRefusal.TIME_ORDER, new Situation("a response start before the issue time", approved,
                new Publish("1号", approved.in(Duration.ofMinutes(30)), approved.in(Duration.ofMinutes(20)))));
        s.put(EpisodeRefusal.END_BEFORE_START, new Situation("an expected end at the response start", consulted,
                issue(uniform(YELLOW), consulted.in(Duration.ofHours(1)), consulted.in(Duration.ofHours(1)), null)));
        Walk active = yellowActive();
        s.put(EpisodeRefusal.SAME_LEVELS, new Situation("adjusting to the levels in force", active,
                adjust(uniform(YELLOW), active.in(Duration.ofHours(1)), null, "x")));
        s.put(EpisodeRefusal.EXTEND_NOT_LATER, new Situation("extending to the expected end", active,
                extend(active.e.expectedEnd())));
        s.put(EpisodeRefusal.LIFT_BASIS_REQUIRED, new Situation("a lift without its basis", active, lift(null, "x", true)));
        Walk stillHigh = yellowActive().consulted(everyDistrict(YELLOW_DAYS));
        s.put(EpisodeRefusal.LIFT_36H_NOT_CONFIRMED, new Situation("a lift on a forecast still above", stillHigh,
                lift(LiftBasis.BELOW_CRITERIA, "x", false)));
        Walk notStarted = yellowActive().consulted(everyDistrict("90 80 70"));
        s.put(EpisodeRefusal.LIFT_BEFORE_RESPONSE, new Situation("a lift before the response has begun, with no reason",
                notStarted, lift(LiftBasis.BELOW_CRITERIA, " ", false)));
        s.put(EpisodeRefusal.NAME_REQUIRED, new Situation("a signature without a name", pending, new Approve("  ", "同意")));
        s.put(EpisodeRefusal.NUMBER_REQUIRED, new Situation("a notice without a number", approved,
                new Publish(null, approved.now, null)));
        s.put(EpisodeRefusal.PUBLISH_BEFORE_APPROVAL, new Situation("a notice dated before the signature", approved,
                new Publish("1号", approved.now.minusSeconds(600), null)));
        s.put(EpisodeRefusal.NOT_LIFTED, new Situation("closing a warning in force", active, new Close("总结")));
        s.put(EpisodeRefusal.SUMMARY_REQUIRED, new Situation("closing without a summary", lifted(), new Close(" ")));
        s.put(EpisodeRefusal.CANCEL_NOT_DRAFT, new Situation("cancelling an issued warning", active, new Cancel("x")));
        List<ForecastDay> twice = new java.util.ArrayList<>(everyDistrict(YELLOW_DAYS));
        twice.add(twice.get(0));
        s.put(EpisodeRefusal.DUPLICATE_FORECAST, new Situation("one area's day given twice", walk(), consult(T0, twice)));
        return s;
    }

    @TestFactory
    Stream<DynamicTest> eachRefusalInTheSituationThatCausesIt() {
        return situations().entrySet().stream().map(x -> DynamicTest.dynamicTest(x.getKey() + ": " + x.getValue().what(),
                () -> x.getValue().walk().refused(x.getValue().action(), x.getKey())));
    }

    @Test
    void theSituationsCoverEveryCodeTheRulesCanGive() {
        Set<EpisodeRefusal> expected = EnumSet.allOf(EpisodeRefusal.class);
        expected.removeAll(SERVICE_CODES);
        assertThat(situations().keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }
}
