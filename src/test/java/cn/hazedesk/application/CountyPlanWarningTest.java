package cn.hazedesk.application;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.port.EpisodeStore.StoredOrder;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.AreaLevels;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.EpisodeAction;
import cn.hazedesk.domain.episode.EpisodePhase;
import cn.hazedesk.domain.episode.ForecastDay;
import cn.hazedesk.domain.episode.EpisodeRefusal;
import cn.hazedesk.domain.episode.LiftBasis;
import cn.hazedesk.domain.episode.Proposal;
import cn.hazedesk.domain.episode.ProposalKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A warning under a county plan on a real H2 file with the sample list: the city stays at none, 平罗县 goes orange.
 * Published, its orders go only to 平罗县's enterprises at orange, the reduction check is 平罗县's, the notice names
 * 平罗县 with its level and is approved by 平罗县's body (no city level, no city approval), the lift notice likewise;
 * the episode reads back the same after the application is closed and opened again.
 */
class CountyPlanWarningTest {
    private static final Instant START = Instant.parse("2026-12-09T00:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate D1 = LocalDate.of(2026, 12, 10);
    private static final String CITY = "640200";
    private static final String DWK = "640202";
    private static final String HN = "640205";
    private static final String PL = "640221";
    private static final String ACTOR = "值班员";

    @TempDir
    Path dir;
    private MutableClock clock;
    private EpisodeService episodes;

    private cn.hazedesk.domain.common.Outcome<Episode> tryAct(long id, EpisodeAction a) {
        clock.advance(Duration.ofMinutes(10));
        return episodes.act(id, a, cn.hazedesk.testing.Actors.all(ACTOR));
    }

    private Episode act(long id, EpisodeAction a) {
        cn.hazedesk.domain.common.Outcome<Episode> r = tryAct(id, a);
        assertThat(r.refusal()).as("refused").isEmpty();
        return r.value();
    }

    private static List<ForecastDay> forecast(int... plAqi) {
        List<ForecastDay> out = new ArrayList<>();
        for (String area : List.of(CITY, DWK, HN, PL)) {
            for (int i = 0; i < plAqi.length; i++) {
                out.add(new ForecastDay(area, D1.plusDays(i), area.equals(PL) ? plAqi[i] : 80, false, "PM2.5", null));
            }
        }
        return out;
    }

    private static String text(byte[] pdf) throws Exception {
        return cn.hazedesk.testing.PdfFiles.compactText(pdf);
    }

    private static void keep(String name, byte[] pdf) throws Exception {
        cn.hazedesk.testing.PdfFiles.keep(name, pdf);
    }

    @Test
    void pingluoOrangeWithTheCityAtNoneFromIssueToLift() throws Exception {
        clock = new MutableClock(START, ZONE);
        long id;
        Episode stored;
        try (AppContext ctx = AppContext.open(dir, clock)) {
            ctx.sampleData().loadIfFirstStart(ACTOR);
            episodes = ctx.episodes();
            EpisodeDocumentService docs = ctx.episodeDocuments();
            id = episodes.create(null, false, cn.hazedesk.testing.Actors.all(ACTOR)).value().id();
            act(id, new EpisodeAction.Consult(clock.instant(), "2024", forecast(210, 230, 90), "平罗县静稳", "环境、气象"));
            AreaLevels plOrange = AreaLevels.districtsOnly(Map.of(PL, WarningLevel.ORANGE));
            act(id, new EpisodeAction.Propose(ProposalKind.ISSUE, plOrange, clock.instant().plus(Duration.ofHours(1)),
                    START.plus(Duration.ofDays(5)), "平罗县清单内企业落实橙色预警减排措施", null, null, false));
            act(id, new EpisodeAction.Approve("平罗县县长", null));
            // the county's own notice takes a number of the county's series (data/warning-workflow.csv
            // number_pattern.平罗县): suggested so, and a number of the city's series is refused
            String countyNumber = episodes.suggestNumber(episodes.find(id).orElseThrow());
            assertThat(countyNumber).isEqualTo("平罗县污防指〔2026〕1号");
            assertThat(tryAct(id, new EpisodeAction.Publish("石污防指〔2026〕1号", clock.instant().plusSeconds(60), null))
                    .refusal()).hasValueSatisfying(r -> {
                        assertThat(r.code()).isEqualTo(EpisodeRefusal.CITY_NUMBER_FOR_COUNTY);
                        assertThat(r.args()).containsExactly("石污防指〔2026〕1号", "平罗县");
                    });
            act(id, new EpisodeAction.Publish(countyNumber, clock.instant().plusSeconds(60), null));
            assertThat(episodes.suggestNumber()).as("the city's series is untouched").isEqualTo("石污防指〔2026〕1号");
            Episode e = episodes.find(id).orElseThrow();
            assertThat(e.phase()).isEqualTo(EpisodePhase.ACTIVE);
            assertThat(e.levels()).isEqualTo(plOrange);

            // orders: only 平罗县's enterprises, at orange
            List<StoredOrder> orders = episodes.orders(id);
            assertThat(orders).isNotEmpty().allSatisfy(o -> {
                assertThat(o.order().districtCode()).isEqualTo(PL);
                assertThat(o.order().level()).isEqualTo(WarningLevel.ORANGE);
            });
            EpisodeDocumentService.OrderBatch batch = docs.currentOrders(e, Optional.empty());
            assertThat(batch.level()).isEqualTo(WarningLevel.ORANGE);
            assertThat(docs.currentOrders(e, Optional.of("惠农区")).orders()).isEmpty();

            // the reduction check: 平罗县 at orange only, never the city
            assertThat(episodes.evaluate(id).reductions()).isNotEmpty().allSatisfy(r -> {
                assertThat(r.region().code()).isEqualTo(PL);
                assertThat(r.level()).isEqualTo(WarningLevel.ORANGE);
            });

            // the notice names 平罗县 and its level; approval by 平罗县's body under its plan; no city level claimed
            Proposal issue = e.published().get(0);
            // signed in the county (data/warning-workflow.csv signatory.COUNTY), not by the city's deputy mayor
            assertThat(issue.signatory()).isEqualTo("县（区）政府分管负责同志");
            byte[] noticePdf = docs.pdf(docs.notice(e, issue.seq()));
            keep("county-plan-issue-notice.pdf", noticePdf);
            String notice = text(noticePdf);
            assertThat(notice).contains("关于平罗县发布重污染天气预警（启动相应级别应急响应）的通知",
                    "按照《平罗县重污染天气应急预案》规定，经平罗县重污染天气应急指挥部批准",
                    "平罗县橙色预警（Ⅱ级应急响应）", "12月10日AQI210", "清单内" + orders.size() + "家企业")
                    .doesNotContain("石嘴山市重污染天气应急指挥部批准", "《石嘴山市重污染天气应急预案》规定", "全市",
                            "黄色", "红色", "大武口区", "惠农区橙色");
            // one county under its own plan issues the notice itself: its office heads and signs it and receives the
            // reports, and it is addressed to the county's townships and departments, not to every county
            assertThat(notice.replaceAll("\\s", "")).startsWith("平罗县重污染天气应急指挥部办公室")
                    .contains("平罗县各乡镇（街道），平罗县重污染天气应急指挥部各成员单位，各有关企业：",
                            "报送平罗县重污染天气应急指挥部办公室", "平罗县负责将应急响应告知书送达企业")
                    .doesNotContain("石嘴山市重污染天气应急指挥部办公室", "各县（区）人民政府", "市直有关部门");
            byte[] formPdf = docs.pdf(docs.approval(e, issue.seq()));
            keep("county-plan-approval.pdf", formPdf);
            // reviewed by the county's office and signed in the county, not by the city's deputy mayor
            assertThat(text(formPdf)).contains("平罗县（橙色）", "（平罗县重污染天气应急指挥部办公室主任）", "（县（区）政府分管负责同志）")
                    .doesNotContain("分管副市长", "石嘴山市重污染天气应急指挥部办公室主任");
            // its issue package: the county's notice, its approval form and 平罗县's orders, under the county's number
            IssuePackages.Written pack = ctx.issuePackages().write(e, batch, dir.resolve("packages"),
                    new IssuePackages.Names("通知", "审批表", "告知书"), ACTOR, ProgressListener.NONE, CancelToken.NONE);
            assertThat(pack.folder().getFileName().toString()).isEqualTo(countyNumber);
            assertThat(pack.files()).extracting(f -> f.getFileName().toString()).containsExactly("通知 " + countyNumber + ".pdf",
                    "审批表 " + countyNumber + ".pdf", "告知书 " + countyNumber + ".pdf");
            assertThat(pack.orders()).isEqualTo(orders.size());
            assertThat(text(java.nio.file.Files.readAllBytes(pack.files().get(2)))).contains("平罗县")
                    .doesNotContain("大武口区", "惠农区");

            // 惠农区 joins at yellow under its own plan: its orders come, 大武口区 still has none; the notice names only 惠农区
            List<ForecastDay> hnYellow = new ArrayList<>(forecast(210, 230, 90));
            hnYellow.replaceAll(d -> d.regionCode().equals(HN) ? new ForecastDay(HN, d.date(), d.date().equals(D1) ? 210 : 90,
                    false, "PM2.5", null) : d);
            act(id, new EpisodeAction.Consult(clock.instant(), "2024", hnYellow, "惠农区转差", "环境、气象"));
            AreaLevels withHn = AreaLevels.districtsOnly(Map.of(PL, WarningLevel.ORANGE, HN, WarningLevel.YELLOW));
            act(id, new EpisodeAction.Propose(ProposalKind.ADJUST, withHn, clock.instant().plus(Duration.ofHours(1)), null,
                    "", null, null, false));
            act(id, new EpisodeAction.Approve("惠农区区长", null));
            // two counties in one notice: the city's office relays it, in the city's series; a county's number is refused
            String relayed = episodes.suggestNumber(episodes.find(id).orElseThrow());
            assertThat(relayed).isEqualTo("石污防指〔2026〕1号");
            assertThat(tryAct(id, new EpisodeAction.Publish("平罗县污防指〔2026〕2号", clock.instant().plusSeconds(60), null))
                    .refusal()).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(EpisodeRefusal.COUNTY_NUMBER_FOR_CITY));
            act(id, new EpisodeAction.Publish(relayed, clock.instant().plusSeconds(60), null));
            e = episodes.find(id).orElseThrow();
            assertThat(episodes.orders(id).stream().filter(StoredOrder::current).map(o -> o.order().districtCode()).distinct())
                    .containsExactlyInAnyOrder(PL, HN);
            Proposal adjust = e.published().get(1);
            byte[] adjustPdf = docs.pdf(docs.notice(e, adjust.seq()));
            keep("county-plan-adjust-notice.pdf", adjustPdf);
            assertThat(text(adjustPdf)).contains("关于调整重污染天气预警级别的通知", "惠农区发布黄色预警（Ⅲ级应急响应）",
                    "按照《惠农区重污染天气应急预案》、《平罗县重污染天气应急预案》规定，经惠农区重污染天气应急指挥部、平罗县重污染天气应急指挥部")
                    .doesNotContain("平罗县由", "大武口区", "全市", "《石嘴山市重污染天气应急预案》规定", "经石嘴山市重污染天气应急指挥部");
            // two counties in one notice: the city's office relays what each county's body approved
            assertThat(text(adjustPdf).replaceAll("\\s", "")).startsWith("石嘴山市重污染天气应急指挥部办公室");

            // lift
            act(id, new EpisodeAction.Consult(clock.instant(), "2024", forecast(90, 80, 70), "平罗县好转", "环境、气象"));
            act(id, new EpisodeAction.Propose(ProposalKind.LIFT, null, null, null, null, "扩散条件好转",
                    LiftBasis.BELOW_CRITERIA, false));
            act(id, new EpisodeAction.Approve("平罗县县长", null));
            act(id, new EpisodeAction.Publish(episodes.suggestNumber(episodes.find(id).orElseThrow()), clock.instant().plusSeconds(60), null));
            e = episodes.find(id).orElseThrow();
            assertThat(e.phase()).isEqualTo(EpisodePhase.LIFTED);
            Proposal lift = e.published().get(2);
            byte[] liftPdf = docs.pdf(docs.notice(e, lift.seq()));
            keep("county-plan-lift-notice.pdf", liftPdf);
            assertThat(text(liftPdf)).contains("关于解除惠农区、平罗县重污染天气预警（终止应急响应）的通知",
                    "经惠农区重污染天气应急指挥部、平罗县重污染天气应急指挥部批准",
                    // (the page's record code may fall inside the last words when the sentence runs onto the next page)
                    "解除平罗县污防指〔2026〕1号发布的重污染天气预警（解除时平罗县为橙色预警、Ⅱ级应急响应，惠农区为黄色预警、Ⅲ级应急响")
                    .doesNotContain("全市", "石嘴山市重污染天气应急指挥部批准");
            stored = e;
        }
        // the store keeps 'city none' apart from 'not issued': the episode reads back the same
        try (AppContext again = AppContext.open(dir, clock)) {
            Episode read = again.episodes().find(id).orElseThrow();
            assertThat(read.levels()).isEqualTo(stored.levels());
            assertThat(read.levels().districtOnly()).isTrue();
            assertThat(read.published().get(0).levels()).isEqualTo(AreaLevels.districtsOnly(Map.of(PL, WarningLevel.ORANGE)));
            assertThat(read.published()).isEqualTo(stored.published());
        }
    }

    /**
     * A step that brings the city's level in, or takes it away, is the city's: signed by the city's signatory, numbered
     * in the city's series and issued by the city's office; once only 平罗县 is left under its own plan, its lift is the
     * county's again (its signatory, its series, its office).
     */
    @Test
    void aStepMovingBetweenTheCountyPlanAndTheCityLevelIsTheCitys() throws Exception {
        clock = new MutableClock(START, ZONE);
        try (AppContext ctx = AppContext.open(dir, clock)) {
            ctx.sampleData().loadIfFirstStart(ACTOR);
            episodes = ctx.episodes();
            EpisodeDocumentService docs = ctx.episodeDocuments();
            long id = episodes.create(null, false, cn.hazedesk.testing.Actors.all(ACTOR)).value().id();
            act(id, new EpisodeAction.Consult(clock.instant(), "2024", forecast(210, 230, 90), "平罗县静稳", "环境、气象"));
            AreaLevels plOrange = AreaLevels.districtsOnly(Map.of(PL, WarningLevel.ORANGE));
            act(id, new EpisodeAction.Propose(ProposalKind.ISSUE, plOrange, clock.instant().plus(Duration.ofHours(1)),
                    START.plus(Duration.ofDays(5)), "", null, null, false));
            act(id, new EpisodeAction.Approve("平罗县县长", null));
            act(id, new EpisodeAction.Publish(episodes.suggestNumber(episodes.find(id).orElseThrow()),
                    clock.instant().plusSeconds(60), null));

            // the city joins: orange for the whole city — the city's step
            AreaLevels cityOrange = AreaLevels.uniform(WarningLevel.ORANGE, List.of(DWK, HN, PL));
            Episode e = act(id, new EpisodeAction.Propose(ProposalKind.ADJUST, cityOrange, clock.instant().plus(Duration.ofHours(1)),
                    null, "", "全市扩散条件转差，市指挥部统一启动", null, false));
            assertThat(e.open().orElseThrow().signatory()).isEqualTo("分管副市长");
            act(id, new EpisodeAction.Approve("张副市长", null));
            String cityNumber = episodes.suggestNumber(episodes.find(id).orElseThrow());
            assertThat(cityNumber).isEqualTo("石污防指〔2026〕1号");
            e = act(id, new EpisodeAction.Publish(cityNumber, clock.instant().plusSeconds(60), null));
            String up = text(docs.pdf(docs.notice(e, e.published().get(1).seq())));
            assertThat(text(docs.pdf(docs.approval(e, e.published().get(1).seq()))))
                    .contains("（石嘴山市重污染天气应急指挥部办公室主任）", "（分管副市长）").doesNotContain("县（区）政府分管负责同志");
            assertThat(up.replaceAll("\\s", "")).startsWith("石嘴山市重污染天气应急指挥部办公室");
            assertThat(up).contains("经石嘴山市重污染天气应急指挥部").doesNotContain("经平罗县重污染天气应急指挥部");

            // the city takes its level away and 平罗县 stays at orange under its plan: still the city's step
            e = act(id, new EpisodeAction.Propose(ProposalKind.ADJUST, plOrange, clock.instant().plus(Duration.ofHours(1)),
                    null, "", "大武口区、惠农区好转", null, false));
            assertThat(e.open().orElseThrow().signatory()).isEqualTo("分管副市长");
            act(id, new EpisodeAction.Approve("张副市长", null));
            assertThat(episodes.suggestNumber(episodes.find(id).orElseThrow())).isEqualTo("石污防指〔2026〕2号");
            act(id, new EpisodeAction.Publish("石污防指〔2026〕2号", clock.instant().plusSeconds(60), null));

            // 平罗县 alone lifts its own: the county's signatory, series and office
            act(id, new EpisodeAction.Consult(clock.instant(), "2024", forecast(90, 80, 70), "平罗县好转", "环境、气象"));
            e = act(id, new EpisodeAction.Propose(ProposalKind.LIFT, null, null, null, null, "扩散条件好转",
                    LiftBasis.BELOW_CRITERIA, false));
            assertThat(e.open().orElseThrow().signatory()).isEqualTo("县（区）政府分管负责同志");
            act(id, new EpisodeAction.Approve("平罗县县长", null));
            String liftNumber = episodes.suggestNumber(episodes.find(id).orElseThrow());
            assertThat(liftNumber).isEqualTo("平罗县污防指〔2026〕2号");
            e = act(id, new EpisodeAction.Publish(liftNumber, clock.instant().plusSeconds(60), null));
            byte[] liftPdf = docs.pdf(docs.notice(e, e.published().get(3).seq()));
            assertThat(text(docs.pdf(docs.approval(e, e.published().get(3).seq()))))
                    .contains("（平罗县重污染天气应急指挥部办公室主任）", "（县（区）政府分管负责同志）").doesNotContain("分管副市长");
            keep("county-plan-lift-after-city.pdf", liftPdf);
            String lift = text(liftPdf);
            assertThat(lift.replaceAll("\\s", "")).startsWith("平罗县重污染天气应急指挥部办公室");
            assertThat(lift).contains(liftNumber, "经平罗县重污染天气应急指挥部批准").doesNotContain("石嘴山市重污染天气应急指挥部批准");
        }
    }
}
