package cn.hazedesk.i18n;

import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.EpisodePhase;
import cn.hazedesk.domain.episode.EpisodeRefusal;
import cn.hazedesk.domain.episode.LiftBasis;
import cn.hazedesk.domain.episode.ProposalKind;
import cn.hazedesk.domain.episode.ProposalState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal, phase, kind and state has words in both languages (their keys are built from the codes). */
class EpisodeTextTest {
    @Test
    void everyCodeHasWordsInBothLanguages() {
        for (Locale l : List.of(Messages.CHINESE, Locale.ENGLISH)) {
            Messages m = Messages.forLocale(l);
            for (EpisodeRefusal c : EpisodeRefusal.values()) {
                assertThat(m.has("refusal.EpisodeRefusal." + c.name())).as(l + " " + c).isTrue();
            }
            for (cn.hazedesk.domain.response.OrderTrackingRefusal c : cn.hazedesk.domain.response.OrderTrackingRefusal.values()) {
                assertThat(m.has("refusal.OrderTrackingRefusal." + c.name())).as(l + " " + c).isTrue();
            }
            for (EpisodePhase p : EpisodePhase.values()) {
                assertThat(m.has("episode.phase." + p.name())).as(l + " " + p).isTrue();
            }
            for (ProposalKind k : ProposalKind.values()) {
                assertThat(m.has("episode.kind." + k.name())).as(l + " " + k).isTrue();
            }
            for (ProposalState s : ProposalState.values()) {
                assertThat(m.has("episode.proposalState." + s.name())).as(l + " " + s).isTrue();
            }
            for (LiftBasis b : LiftBasis.values()) {
                assertThat(m.has("approval.liftBasis." + b.name())).as(l + " " + b).isTrue();
            }
        }
    }

    @Test
    void aRefusalNamesTheAreaAndLevelsInWords() {
        var regions = cn.hazedesk.infra.data.RegionsCsv.load();
        EpisodeText zh = new EpisodeText(Messages.forLocale(Messages.CHINESE), regions, java.time.ZoneId.of("Asia/Shanghai"));
        String s = zh.refusal(cn.hazedesk.domain.common.Outcome.Refusal.of(EpisodeRefusal.DISTRICT_BELOW_CITY, "惠农区", WarningLevel.YELLOW,
                WarningLevel.ORANGE));
        assertThat(s).contains("惠农区 的级别（黄色预警）低于全市（橙色预警）");
        EpisodeText en = new EpisodeText(Messages.forLocale(Locale.ENGLISH), regions, java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(en.refusal(cn.hazedesk.domain.common.Outcome.Refusal.of(EpisodeRefusal.TIME_ORDER, java.time.Instant.parse("2026-11-30T12:00:00Z"),
                java.time.Instant.parse("2026-11-30T11:00:00Z")))).contains("(2026-11-30 19:00)").contains("(2026-11-30 20:00)");
    }

    @Test
    void aDetailWrittenAsFreeTextBeforeDetailsWereStructuredStillReadsInWords() {
        var regions = cn.hazedesk.infra.data.RegionsCsv.load();
        EpisodeText zh = new EpisodeText(Messages.forLocale(Messages.CHINESE), regions, java.time.ZoneId.of("Asia/Shanghai"));
        String s = zh.auditDetail("proposal 1 ISSUE city=ORANGE 640202=ORANGE,640205=RED\nbefore: DRAFT\nafter: DRAFT_ISSUE_PENDING");
        assertThat(s).isEqualTo("proposal 1 发布预警 石嘴山市 橙色预警 大武口区 橙色预警,惠农区 红色预警\n改动前：会商中（草稿）"
                + "\n改动后：会商中（草稿）·发布预警·待审签");
    }

    @Test
    void aStructuredDetailIsWordedFromItsKindAndFieldsInBothLanguages() {
        var regions = cn.hazedesk.infra.data.RegionsCsv.load();
        var zone = java.time.ZoneId.of("Asia/Shanghai");
        String stored = cn.hazedesk.domain.audit.AuditDetail.of("episode.publish").with("number", "石污防指〔2026〕1号")
                .with("kind", "ISSUE").with("levels", "city:ORANGE,640202:ORANGE,640205:RED,640221:ORANGE")
                .with("issuedAt", java.time.Instant.parse("2026-11-30T12:00:00Z")).with("beforePhase", "DRAFT")
                .with("beforeOpen", "ISSUE").with("beforeOpenState", "APPROVED").with("afterPhase", "ACTIVE")
                .with("afterLevels", "city:ORANGE,640202:ORANGE,640205:RED,640221:ORANGE").stored();
        String zh = new EpisodeText(Messages.forLocale(Messages.CHINESE), regions, zone).auditDetail(stored);
        assertThat(zh).isEqualTo("发布 石污防指〔2026〕1号：发布预警，石嘴山市 橙色预警；大武口区 橙色预警；惠农区 红色预警；平罗县 橙色预警"
                + "；发布时间 2026-11-30 20:00\n改动前：会商中（草稿）；发布预警" + Messages.forLocale(Messages.CHINESE)
                .get("episode.proposalState.APPROVED") + "\n改动后：响应中；石嘴山市 橙色预警；大武口区 橙色预警；惠农区 红色预警；平罗县 橙色预警");
        String en = new EpisodeText(Messages.forLocale(Locale.ENGLISH), regions, zone).auditDetail(stored);
        assertThat(en).startsWith("Published 石污防指〔2026〕1号: ").contains("; issued 2026-11-30 20:00")
                .doesNotContainPattern("[A-Z_]{3,}").doesNotContain("T12:00").doesNotContain("{");
    }

    @Test
    void anOrderTrackingRefusalIsWordedFromItsOwnCodeInBothLanguages() {
        var regions = cn.hazedesk.infra.data.RegionsCsv.load();
        var zone = java.time.ZoneId.of("Asia/Shanghai");
        EpisodeText zh = new EpisodeText(Messages.forLocale(Messages.CHINESE), regions, zone);
        EpisodeText en = new EpisodeText(Messages.forLocale(Locale.ENGLISH), regions, zone);
        var notInForce = cn.hazedesk.domain.response.OrderTrackingRules.trackable(EpisodePhase.LIFTED, true).orElseThrow();
        assertThat(zh.refusal(notInForce)).isEqualTo("该预警过程现为“已解除，待总结评估”，不在响应中：告知书不能再跟踪，也不能再记录督查。");
        assertThat(en.refusal(notInForce)).startsWith("This episode is \"" + Messages.forLocale(Locale.ENGLISH)
                .get("episode.phase.LIFTED") + "\", not in force");
        var superseded = cn.hazedesk.domain.response.OrderTrackingRules.trackable(EpisodePhase.ACTIVE, false).orElseThrow();
        assertThat(zh.refusal(superseded)).startsWith("该告知书已被新一轮告知书取代");
        assertThat(en.refusal(superseded)).startsWith("A newer round of orders replaced this order");
        for (String s : List.of(zh.refusal(notInForce), en.refusal(notInForce), zh.refusal(superseded), en.refusal(superseded))) {
            assertThat(s).doesNotContainPattern("[A-Z_]{3,}").doesNotContain("{");
        }
    }
}
