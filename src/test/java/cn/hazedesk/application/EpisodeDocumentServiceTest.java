package cn.hazedesk.application;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.port.EpisodeStore.StoredOrder;
import cn.hazedesk.domain.document.SummaryReport;
import cn.hazedesk.domain.document.compose.ComposedDocument;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.AreaLevels;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.EpisodeAction;
import cn.hazedesk.domain.episode.ForecastDay;
import cn.hazedesk.domain.episode.LiftBasis;
import cn.hazedesk.domain.episode.Proposal;
import cn.hazedesk.domain.episode.ProposalKind;
import cn.hazedesk.domain.response.ResponseOrder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An episode's documents from what it recorded, on a real H2 file with the sample list: issued yellow, upgraded to
 * orange (惠农区 red), an inspection, lifted — each notice, approval form, the order batch, an inspection sheet and
 * the summary drawn as PDF and read back; a drill marks every page 演练.
 */
class EpisodeDocumentServiceTest {
    private static final Instant START = Instant.parse("2026-12-09T00:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate D1 = LocalDate.of(2026, 12, 10);
    private static final String DWK = "640202";
    private static final String HN = "640205";
    private static final String PL = "640221";
    private static final String ACTOR = "值班员";

    @TempDir
    Path dir;
    private MutableClock clock;
    private AppContext ctx;
    private EpisodeService episodes;
    private EpisodeDocumentService docs;

    @BeforeEach
    void open() {
        clock = new MutableClock(START, ZONE);
        ctx = AppContext.open(dir, clock);
        ctx.sampleData().loadIfFirstStart(ACTOR);
        episodes = ctx.episodes();
        docs = ctx.episodeDocuments();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    // ---- driving an episode (as EpisodeServiceTest does) -----------------------------------------------------

    private Episode act(long id, EpisodeAction a) {
        clock.advance(Duration.ofMinutes(10));
        cn.hazedesk.domain.common.Outcome<Episode> r = episodes.act(id, a, cn.hazedesk.testing.Actors.all(ACTOR));
        assertThat(r.refusal()).as("refused").isEmpty();
        return r.value();
    }

    private static List<ForecastDay> everyDistrict(int... aqi) {
        List<ForecastDay> out = new ArrayList<>();
        for (String d : List.of(DWK, HN, PL)) {
            for (int i = 0; i < aqi.length; i++) {
                out.add(new ForecastDay(d, D1.plusDays(i), aqi[i] + (d.equals(HN) ? 20 : 0), false, "PM2.5", null));
            }
        }
        return out;
    }

    private void published(long id, ProposalKind kind, AreaLevels levels, String number) {
        act(id, new EpisodeAction.Propose(kind, levels, kind == ProposalKind.LIFT ? null : clock.instant().plus(Duration.ofHours(1)),
                kind == ProposalKind.ISSUE ? START.plus(Duration.ofDays(5)) : null,
                kind == ProposalKind.LIFT ? null : "清单内企业按一厂一策落实减排措施", kind == ProposalKind.LIFT ? "扩散条件好转" : "按会商意见确定级别",
                kind == ProposalKind.LIFT ? LiftBasis.AUTHORITY_LIFTED : null, true));
        act(id, new EpisodeAction.Approve("张副市长", null));
        act(id, new EpisodeAction.Publish(number, clock.instant().plusSeconds(60), null));
    }

    private long issued(boolean drill, String number) {
        long id = episodes.create(drill ? "演练过程" : null, drill, cn.hazedesk.testing.Actors.all(ACTOR)).value().id();
        act(id, new EpisodeAction.Consult(clock.instant(), "2024", everyDistrict(210, 230, 90), "预计持续静稳", "环境、气象"));
        published(id, ProposalKind.ISSUE, AreaLevels.uniform(WarningLevel.YELLOW, List.of(DWK, HN, PL)), number);
        return id;
    }

    private Episode episode(long id) {
        return episodes.find(id).orElseThrow();
    }

    private Proposal kind(Episode e, ProposalKind k) {
        return e.published().stream().filter(p -> p.kind() == k).findFirst().orElseThrow();
    }

    // ---- reading PDFs ----------------------------------------------------------------------------------------

    private static List<String> pages(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> out = new ArrayList<>();
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(i);
                s.setEndPage(i);
                out.add(s.getText(d).replaceAll("\\s+", ""));
            }
            return out;
        }
    }

    private String text(ComposedDocument d) throws Exception {
        return String.join("", pages(docs.pdf(d)));
    }

    /** Keeps a PDF under target/episode-documents to look at (pdftoppm) after the run. */
    private static void keep(String name, byte[] pdf) throws Exception {
        Path out = Path.of("target", "episode-documents");
        Files.createDirectories(out);
        Files.write(out.resolve(name), pdf);
    }

    // ---- the tests -------------------------------------------------------------------------------------------

    @Test
    void issuedUpgradedInspectedLiftedEpisodeGivesEachDocument() throws Exception {
        long id = issued(false, "石污防指〔2026〕1号");
        act(id, new EpisodeAction.Consult(clock.instant(), "2024", everyDistrict(260, 320, 120), "污染加重", "环境、气象"));
        published(id, ProposalKind.ADJUST, new AreaLevels(WarningLevel.ORANGE, Map.of(DWK, WarningLevel.ORANGE,
                HN, WarningLevel.RED, PL, WarningLevel.ORANGE)), "石污防指〔2026〕2号");
        StoredOrder inspected = episodes.orders(id).stream().filter(StoredOrder::current).findFirst().orElseThrow();
        assertThat(episodes.inspect(inspected.id(), clock.instant(), "李检查", "限产措施已落实", true, null, cn.hazedesk.testing.Actors.all(ACTOR)).isAccepted()).isTrue();

        Episode e = episode(id);
        Proposal issue = kind(e, ProposalKind.ISSUE);
        Proposal adjust = kind(e, ProposalKind.ADJUST);
        assertThat(docs.byNumber("石污防指〔2026〕1号")).map(Episode::id).contains(id);
        assertThat(docs.byNumber("石污防指〔2026〕2号")).map(Episode::id).contains(id);
        assertThat(docs.byNumber("石污防指〔2026〕9号")).isEmpty();

        keep("issue-notice.pdf", docs.pdf(docs.notice(e, issue.seq())));
        String issueText = text(docs.notice(e, issue.seq()));
        int round1 = (int) episodes.orders(id).stream().filter(o -> o.proposalSeq() == issue.seq()).count();
        // approved by the command, never by a person's name; the weather cause was not recorded: a line to fill in
        assertThat(issueText).contains("石污防指〔2026〕1号", "关于发布重污染天气黄色预警", "经石嘴山市重污染天气应急指挥部批准",
                "全市", "首要污染物为PM2.5", "12月10日AQI210～230", "清单内" + round1 + "家企业", "受＿＿＿＿＿＿影响")
                .doesNotContain("演练", "null", "张副市长", "不利气象条件", "已送达");

        // only the areas that changed, each with its old and new level
        String adjustText = text(docs.notice(e, adjust.seq()));
        assertThat(adjustText).contains("石污防指〔2026〕2号", "关于调整重污染天气预警级别的通知",
                "惠农区由黄色预警（Ⅲ级应急响应）升级为红色预警（Ⅰ级应急响应）",
                "大武口区、平罗县由黄色预警（Ⅲ级应急响应）升级为橙色预警（Ⅱ级应急响应）", "污染加重");

        // the current orders: round 2, at each district's level
        EpisodeDocumentService.OrderBatch batch = docs.currentOrders(e, Optional.empty());
        assertThat(batch.orders()).hasSize((int) episodes.orders(id).stream().filter(StoredOrder::current).count());
        assertThat(batch.level()).isEqualTo(WarningLevel.ORANGE);
        assertThat(batch.envelope().number(0, "号")).contains("石污防指〔2026〕2-1号");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentService.Batch b = docs.writeOrders(batch, out, ProgressListener.NONE, CancelToken.NONE);
        List<String> pages = pages(out.toByteArray());
        keep("order-batch.pdf", out.toByteArray());
        assertThat(pages).hasSize(b.totalPages());
        assertThat(b.totalPages()).isEqualTo(b.coverPages() + b.pages().stream().mapToInt(p -> p.pages()).sum());
        assertThat(b.totalPages() - b.coverPages()).isEqualTo(batch.orders().size() + (int) b.pages().stream()
                .mapToInt(p -> p.pages() - 1).sum());
        for (int i = 0; i < batch.orders().size(); i++) {
            ResponseOrder o = batch.orders().get(i);
            String first = pages.get(b.pages().get(i).first() - 1);
            assertThat(first).as(o.enterpriseName()).contains(o.enterpriseName(), o.uscc(),
                    Map.of(WarningLevel.YELLOW, "黄色", WarningLevel.ORANGE, "橙色", WarningLevel.RED, "红色").get(o.level()) + "预警", "石污防指〔2026〕2-" + (i + 1) + "号");
            if (o.districtCode().equals(HN)) {
                assertThat(o.level()).isEqualTo(WarningLevel.RED);
            }
        }
        assertThat(pages.get(0)).contains("橙色预警", "全部区县").doesNotContain("演练");

        EpisodeDocumentService.OrderBatch hn = docs.currentOrders(e, Optional.of("惠农区"));
        assertThat(hn.level()).isEqualTo(WarningLevel.RED);
        assertThat(hn.scope()).isEqualTo("惠农区");
        assertThat(hn.orders()).isNotEmpty().allSatisfy(o -> assertThat(o.districtName()).isEqualTo("惠农区"));
        assertThatThrownBy(() -> docs.currentOrders(e, Optional.of("银川")))
                .isInstanceOf(UnknownDistrictException.class);

        // the inspection sheet: the recorded visit; another order gets a blank sheet
        StoredOrder stored = episodes.orders(id).stream().filter(o -> o.id() == inspected.id()).findFirst().orElseThrow();
        assertThat(text(docs.inspection(e, stored))).contains(stored.order().enterpriseName(), stored.order().uscc(),
                "李检查", "限产措施已落实");
        // the visit as phrases.txt words it: its time, the finding and whether it was carried out
        assertThat(text(docs.inspection(e, stored)).replace("\n", "")).containsPattern("\\d+月\\d+日\\d+时\\d{2}分\\s?限产措施已落实（已落实）");
        StoredOrder other = episodes.orders(id).stream().filter(StoredOrder::current).filter(o -> o.id() != inspected.id())
                .findFirst().orElseThrow();
        assertThat(text(docs.inspection(e, other))).contains(other.order().enterpriseName()).doesNotContain("李检查");

        published(id, ProposalKind.LIFT, null, "石污防指〔2026〕3号");
        Episode lifted = episode(id);
        Proposal lift = kind(lifted, ProposalKind.LIFT);
        // the lift cites the issue notice's number and the levels in force at lifting, and the basis actually used
        assertThat(text(docs.notice(lifted, lift.seq()))).contains("石污防指〔2026〕3号", "关于解除重污染天气预警（终止应急响应）的通知",
                "扩散条件好转。按照区域联动要求，同步解除本市预警",
                "解除石污防指〔2026〕1号发布的重污染天气预警（解除时惠农区为红色预警、Ⅰ级应急响应，大武口区、平罗县为橙色预警、Ⅱ级应急响应）")
                .doesNotContain("达到预警解除条件");

        // approval forms for each, including what the signatory decided
        assertThat(text(docs.approval(lifted, issue.seq()))).contains("审批表", "值班员", "预计持续静稳", "环境、气象",
                "清单内企业按一厂一策落实减排措施", "张副市长已签发", "石污防指〔2026〕1号");
        assertThat(text(docs.approval(lifted, adjust.seq()))).contains("■升级", "黄色");
        // the notes and consultation as phrases.txt words them; a district off the city's level with its level
        assertThat(text(docs.approval(lifted, adjust.seq())).replace("\n", "")).contains("参加单位：环境、气象",
                "发布文号：石污防指〔2026〕2号", "惠农区（红色）").containsPattern("已签发（\\d+月\\d+日\\d+时\\d{2}分）");
        assertThat(text(docs.approval(lifted, lift.seq()))).contains("■解除", "扩散条件好转");

        keep("summary-report.pdf", docs.pdf(docs.summary(lifted)));
        keep("adjust-notice.pdf", docs.pdf(docs.notice(lifted, adjust.seq())));
        keep("approval-form.pdf", docs.pdf(docs.approval(lifted, adjust.seq())));
        // no observed AQI: the peak is the forecast's, labelled so, and no heavy-day count is stated as a fact; the
        // counts are those stored (nothing was marked delivered or implemented); no number yet: a line to fill in
        String summary = text(docs.summary(lifted));
        int enterprises = (int) episodes.orders(id).stream().map(o -> o.order().uscc()).distinct().count();
        assertThat(summary).contains("总结评估报告", "最高发布红色预警", "发布预警", "升级", "解除", "石污防指〔2026〕2号",
                "会商预报日AQI最高340（预报值）", "惠农区红色", "重度及以上污染天数和PM2.5小时浓度峰值待实测数据核实",
                "向应急减排清单内" + enterprises + "家企业下达应急响应告知书，响应跟踪记录已送达0家、企业已确认0家、已落实0家",
                "共开展督查1次").doesNotContain("null", "据实测", "重度及以上污染2天", "待补充");
        SummaryReport report = docs.summaryReport(lifted);
        assertThat(report.reductions()).isNotEmpty();
        assertThat(report.documentNumber()).isNull();
        assertThat(report.episodeStart()).isBefore(report.episodeEnd());
        assertThat(report.episodeStart()).isEqualTo(java.time.LocalDateTime.ofInstant(lifted.issuedAt(), ZONE));
        // observed AQI entered: the peak and the heavy days are stated as 实测; the report has its own number
        episodes.setObservedAqi(id, HN, D1, 268, cn.hazedesk.testing.Actors.all(ACTOR));
        episodes.setObservedAqi(id, DWK, D1.plusDays(1), 190, cn.hazedesk.testing.Actors.all(ACTOR));
        episodes.setObservedAqi(id, PL, D1.plusDays(1), 215, cn.hazedesk.testing.Actors.all(ACTOR));
        assertThat(episodes.setSummaryNumber(id, "石污防指〔2026〕2号", cn.hazedesk.testing.Actors.all(ACTOR)).refusal().orElseThrow().code())
                .isEqualTo(cn.hazedesk.domain.episode.EpisodeRefusal.NUMBER_TAKEN);
        assertThat(episodes.setSummaryNumber(id, "石污防指〔2026〕4号", cn.hazedesk.testing.Actors.all(ACTOR)).isAccepted()).isTrue();
        String observed = text(docs.summary(episode(id)));
        assertThat(observed).contains("石污防指〔2026〕4号", "据实测，日AQI最高268，重度及以上污染2天").doesNotContain("预报值");
        assertThat(episodes.suggestNumber()).isEqualTo("石污防指〔2026〕5号");
        keep("summary-report-observed.pdf", docs.pdf(docs.summary(episode(id))));
    }

    @Test
    void extendSuspendAndResumeEachHaveTheirNoticeAndApprovalFormNumberedLikeTheOthers() throws Exception {
        long id = issued(false, "石污防指〔2026〕1号");
        Instant endBefore = episode(id).expectedEnd();
        Instant newEnd = endBefore.plus(Duration.ofDays(2));
        act(id, new EpisodeAction.Propose(ProposalKind.EXTEND, null, null, newEnd, null, "污染过程持续", null, false));
        act(id, new EpisodeAction.Approve("张副市长", null));
        act(id, new EpisodeAction.Publish(episodes.suggestNumber(), clock.instant().plusSeconds(60), null));
        act(id, new EpisodeAction.Propose(ProposalKind.SUSPEND, null, null, null, null, "降雪过程，扩散条件短时好转", null, false));
        act(id, new EpisodeAction.Approve("张副市长", null));
        act(id, new EpisodeAction.Publish(episodes.suggestNumber(), clock.instant().plusSeconds(60), null));
        act(id, new EpisodeAction.Propose(ProposalKind.RESUME, null, clock.instant().plus(Duration.ofHours(2)), null, null,
                "静稳天气再次出现", null, false));
        act(id, new EpisodeAction.Approve("张副市长", null));
        act(id, new EpisodeAction.Publish(episodes.suggestNumber(), clock.instant().plusSeconds(60), null));
        Episode e = episode(id);
        Proposal extend = kind(e, ProposalKind.EXTEND);
        Proposal suspend = kind(e, ProposalKind.SUSPEND);
        Proposal resume = kind(e, ProposalKind.RESUME);
        // numbered in the same series as the issue notice
        assertThat(List.of(extend.number(), suspend.number(), resume.number()))
                .containsExactly("石污防指〔2026〕2号", "石污防指〔2026〕3号", "石污防指〔2026〕4号");
        for (Proposal p : List.of(extend, suspend, resume)) {
            assertThat(EpisodeDocumentService.hasNotice(e, p)).as(p.kind().name()).isTrue();
            assertThat(EpisodeDocumentService.hasApprovalForm(e, p)).as(p.kind().name()).isTrue();
        }
        String ext = text(docs.notice(e, extend.seq()));
        keep("extend-notice.pdf", docs.pdf(docs.notice(e, extend.seq())));
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日H时");
        assertThat(ext).contains("石污防指〔2026〕2号", "关于延长重污染天气黄色预警（Ⅲ级应急响应）的通知", "污染过程持续",
                "石污防指〔2026〕1号发布的重污染天气预警（全市为黄色预警、Ⅲ级应急响应）预计结束时间由"
                        + f.format(java.time.LocalDateTime.ofInstant(endBefore, ZONE)) + "延长至"
                        + f.format(java.time.LocalDateTime.ofInstant(newEnd, ZONE)), "预警级别不变");
        String sus = text(docs.notice(e, suspend.seq()));
        assertThat(sus).contains("石污防指〔2026〕3号", "关于暂停重污染天气黄色预警（Ⅲ级应急响应）措施的通知",
                "降雪过程，扩散条件短时好转", "暂停执行石污防指〔2026〕1号发布的重污染天气预警", "预警未解除");
        String res = text(docs.notice(e, resume.seq()));
        assertThat(res).contains("石污防指〔2026〕4号", "关于恢复执行重污染天气黄色预警（Ⅲ级应急响应）措施的通知",
                "静稳天气再次出现", "恢复执行石污防指〔2026〕1号发布的重污染天气预警");
        // each approval form ticks its own step, never 发布
        assertThat(text(docs.approval(e, extend.seq()))).contains("■延长", "□发布", "■黄色（Ⅲ级）");
        assertThat(text(docs.approval(e, suspend.seq()))).contains("■暂停", "□发布", "至另行通知");
        String resumeForm = text(docs.approval(e, resume.seq()));
        assertThat(resumeForm).contains("■恢复", "□发布").doesNotContain("■发布");
        keep("resume-approval-form.pdf", docs.pdf(docs.approval(e, resume.seq())));
        // the summary's timeline has every step
        assertThat(docs.summaryReport(e).timeline()).extracting(r -> r.event())
                .containsExactly("发布预警", "延长", "暂停", "恢复");
    }

    @Test
    void aHalfDayForecastMeetsTheThirtySixHoursExactlyAndTheLiftHasItsOwnEffectiveTime() throws Exception {
        long id = issued(false, "石污防指〔2026〕1号");
        // three half-days at 120 (36 h below the yellow criteria), then 250: by day this could never show 36 h
        List<ForecastDay> halfDays = new ArrayList<>();
        for (String d : List.of(DWK, HN, PL)) {
            halfDays.add(new ForecastDay(d, D1, 0, 12, 120, false, "PM2.5", null));
            halfDays.add(new ForecastDay(d, D1, 12, 12, 120, false, "PM2.5", null));
            halfDays.add(new ForecastDay(d, D1.plusDays(1), 0, 12, 120, false, "PM2.5", null));
            halfDays.add(new ForecastDay(d, D1.plusDays(1), 12, 12, 250, false, "PM2.5", null));
        }
        act(id, new EpisodeAction.Consult(clock.instant(), "2024", halfDays, "冷空气影响，扩散条件好转", "环境、气象"));
        // the response has not begun yet: a lift now says why
        act(id, new EpisodeAction.Propose(ProposalKind.LIFT, null, null, null, null, "冷空气提前到达", LiftBasis.BELOW_CRITERIA, false));
        act(id, new EpisodeAction.Approve("张副市长", null));
        Instant issue = clock.instant().plusSeconds(60);
        Instant effective = issue.plus(Duration.ofHours(4)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        act(id, new EpisodeAction.Publish("石污防指〔2026〕2号", issue, effective));
        Episode e = episode(id);
        Proposal lift = kind(e, ProposalKind.LIFT);
        assertThat(lift.hoursBelow()).isEqualTo(36);
        assertThat(e.liftedAt()).isEqualTo(effective);
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日H时");
        String t = text(docs.notice(e, lift.seq()));
        assertThat(t).contains("预计未来36小时空气质量持续低于预警启动条件，达到持续36小时以上的预警解除条件",
                "决定于" + f.format(java.time.LocalDateTime.ofInstant(effective, ZONE)) + "解除石污防指〔2026〕1号");
        assertThat(docs.summaryReport(e).episodeEnd()).isEqualTo(java.time.LocalDateTime.ofInstant(effective, ZONE));
    }

    @Test
    void aWarningIssuedOnARegionalNoticeIsRecordedWithThatNoticesNumber() throws Exception {
        long id = episodes.create(null, false, cn.hazedesk.testing.Actors.all(ACTOR)).value().id();
        act(id, new EpisodeAction.Consult(clock.instant(), "2024", everyDistrict(210, 230, 90), "", "环境、气象"));
        act(id, new EpisodeAction.Propose(ProposalKind.ISSUE, AreaLevels.uniform(WarningLevel.YELLOW, List.of(DWK, HN, PL)),
                clock.instant().plus(Duration.ofHours(1)), START.plus(Duration.ofDays(5)), "", "自治区发布区域预警", null,
                false, "宁污防指〔2026〕2号"));
        act(id, new EpisodeAction.Approve("张副市长", null));
        act(id, new EpisodeAction.Publish("石污防指〔2026〕1号", clock.instant().plusSeconds(60), null));
        Episode e = episode(id);
        Proposal issue = kind(e, ProposalKind.ISSUE);
        assertThat(issue.basisNotice()).isEqualTo("宁污防指〔2026〕2号");
        assertThat(text(docs.notice(e, issue.seq()))).contains(
                "根据上级重污染天气预警通知（宁污防指〔2026〕2号）要求，按照区域联动规定，本市同步发布重污染天气预警。",
                "决定于");
        assertThat(text(docs.approval(e, issue.seq()))).contains("依据上级预警通知：宁污防指〔2026〕2号");
        assertThat(docs.summaryReport(e).timeline().get(0).note()).contains("依据宁污防指〔2026〕2号");
        // a warning on the city's own consultation has no such line
        long own = issued(true, "演练石污防指〔2026〕9号");
        Episode o = episode(own);
        assertThat(text(docs.notice(o, kind(o, ProposalKind.ISSUE).seq()))).doesNotContain("上级重污染天气预警通知");
    }

    @Test
    void aLiftShortOfThirtySixHoursThatTheOfficerConfirmedSaysSoInTheNotice() throws Exception {
        long id = issued(false, "石污防指〔2026〕1号");
        // the latest forecast: below the yellow criteria on the first day only (24 h), heavy again after
        act(id, new EpisodeAction.Consult(clock.instant(), "2024", everyDistrict(120, 260, 240), "短时好转", "环境、气象"));
        act(id, new EpisodeAction.Propose(ProposalKind.LIFT, null, null, null, null, "保障重大活动需要",
                LiftBasis.BELOW_CRITERIA, true));
        act(id, new EpisodeAction.Approve("张副市长", null));
        act(id, new EpisodeAction.Publish("石污防指〔2026〕2号", clock.instant().plusSeconds(60), null));
        Episode e = episode(id);
        Proposal lift = kind(e, ProposalKind.LIFT);
        assertThat(lift.hoursBelow()).isLessThan(36);
        String t = text(docs.notice(e, lift.seq()));
        assertThat(t).contains("关于解除重污染天气黄色预警（终止Ⅲ级应急响应）的通知",
                "预计空气质量低于预警启动条件的持续时间为" + lift.hoursBelow() + "小时，未达到持续36小时以上的预警解除条件，本次为提前解除。保障重大活动需要。",
                "解除石污防指〔2026〕1号发布的重污染天气预警（解除时全市为黄色预警、Ⅲ级应急响应）")
                .doesNotContain("达到持续36小时以上的预警解除条件。", "张副市长");
    }

    @Test
    void aDrillMarksEveryPageOfEveryDocument() throws Exception {
        long id = issued(true, "演练石污防指〔2026〕1号");
        Episode e = episode(id);
        Proposal issue = kind(e, ProposalKind.ISSUE);
        assertThat(pages(docs.pdf(docs.notice(e, issue.seq())))).allSatisfy(p -> assertThat(p).contains("演练"));
        assertThat(pages(docs.pdf(docs.approval(e, issue.seq())))).allSatisfy(p -> assertThat(p).contains("演练"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentService.Batch b = docs.writeOrders(docs.currentOrders(e, Optional.of("平罗县")), out, ProgressListener.NONE,
                CancelToken.NONE);
        List<String> pages = pages(out.toByteArray());
        assertThat(pages).hasSize(b.totalPages()).allSatisfy(p -> assertThat(p).contains("演练"));
        keep("drill-orders.pdf", out.toByteArray());
    }
}
