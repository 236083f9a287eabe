package cn.hazedesk.infra.pdf;

import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.CancelledException;
import cn.hazedesk.application.DocumentService;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.domain.document.DocumentKind;
import cn.hazedesk.domain.document.InspectionRecord;
import cn.hazedesk.domain.document.AreaLevel;
import cn.hazedesk.domain.document.LevelChange;
import cn.hazedesk.domain.document.LiftGround;
import cn.hazedesk.domain.document.OrderEnvelope;
import cn.hazedesk.domain.document.PollutantReduction;
import cn.hazedesk.domain.document.SummaryReport;
import cn.hazedesk.domain.document.compose.ComposedDocument;
import cn.hazedesk.domain.document.compose.DocumentComposer;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.IndustryCatalog;
import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.measure.MeasureSelector;
import cn.hazedesk.domain.reduction.GradedEnterprise;
import cn.hazedesk.domain.reduction.SmallList;
import cn.hazedesk.domain.response.ResponseOrder;
import cn.hazedesk.domain.response.ResponseOrderGenerator;
import cn.hazedesk.infra.data.DocumentTemplateFiles;
import cn.hazedesk.infra.data.IndustriesCsv;
import cn.hazedesk.infra.data.MeasureMatrixCsv;
import cn.hazedesk.infra.data.ReductionRulesCsv;
import cn.hazedesk.infra.data.RegionsCsv;
import com.lowagie.text.pdf.BaseFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each document drawn from hand-made records with the bundled templates and font, read back with PDFBox: the text
 * that must be there, the 演练 mark on every page of a drill, the font embedded, A4 pages, one page per order plus
 * the cover. The PDFs stay in target/documents/ to be looked at (pdftoppm).
 */
class DocumentPdfTest {
    static final DocumentService DOCS = new DocumentService(new DocumentTemplateFiles(null),
            new OpenPdfDocumentRenderer(List.of()));
    private static final IndustryCatalog INDUSTRIES = IndustriesCsv.load();
    static final ResponseOrderGenerator ORDERS = new ResponseOrderGenerator(MeasureMatrixCsv.selector(INDUSTRIES), RegionsCsv.load());

    @TempDir
    Path dir;

    static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    static List<String> pageTexts(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> out = new ArrayList<>();
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(p);
                s.setEndPage(p);
                out.add(s.getText(d));
            }
            return out;
        }
    }

    /** No line breaks: the checks do not depend on where a line wraps. */
    static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    static byte[] save(String name, ComposedDocument doc) throws Exception {
        return save(name, DOCS.pdf(doc));
    }

    static byte[] save(String name, byte[] pdf) throws Exception {
        Path dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
        return pdf;
    }

    /** Every font of every page is embedded, as a subset (ABCDEF+Name). */
    static void assertFontsEmbedded(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : d.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                    assertThat(f.getName()).matches("[A-Z]{6}\\+.+");
                    fonts++;
                }
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
            }
            assertThat(fonts).isPositive();
        }
    }

    static List<ResponseOrder> smallListOrders(WarningLevel level) {
        return ORDERS.generate(SmallList.graded(), level, Set.of());
    }

    @Test
    void theIssueNoticeHasItsHeaderBodyMeasuresSignatureAndImprint() throws Exception {
        byte[] pdf = save("issue-notice", DOCS.composer().issue(SampleDocuments.issue(false)));
        String t = flat(text(pdf));
        assertThat(t).contains("特急", "石嘴山市重污染天气应急指挥部办公室", "石环发〔2026〕12号",
                "关于发布重污染天气橙色预警（启动Ⅱ级应急响应）的通知", "各县（区）人民政府",
                "12月10日AQI180～230", "首要污染物为PM2.5",
                "经石嘴山市重污染天气应急指挥部批准，决定于2026年12月9日20时发布重污染天气橙色预警",
                "12月10日0时启动Ⅱ级应急响应", "清单内42家企业按“一厂一策”落实橙色预警减排措施",
                "各县（区）负责将应急响应告知书送达企业", "每日10时前", "联系人：王值班", "附件：1.应急减排清单（橙色预警）",
                "2.措施落实情况日报表", "（此件公开发布）", "抄送：自治区生态环境厅", "2026年12月9日印发")
                .doesNotContain("演练", "${", "已送达");
        assertFontsEmbedded(pdf);
        List<String> pages = pageTexts(pdf);
        assertThat(pages.get(0)).contains("— 1 —");
        assertThat(pages.get(pages.size() - 1)).contains("— " + pages.size() + " —");
    }

    @Test
    void aDrillIsMarkedOnEveryPage() throws Exception {
        byte[] pdf = save("issue-notice-drill", DOCS.composer().issue(SampleDocuments.issue(true)));
        List<String> pages = pageTexts(pdf);
        assertThat(pages).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p).contains("演练"));
        byte[] summary = save("summary-report-drill", DOCS.composer().summary(SampleDocuments.summary(true)));
        assertThat(pageTexts(summary)).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p).contains("演练"));
    }

    @Test
    void theRedLevelUsesItsOwnMeasuresSection() throws Exception {
        var n = SampleDocuments.issue(false);
        var red = new cn.hazedesk.domain.document.IssueNotice(n.documentNumber(), n.date(), n.urgency(), WarningLevel.RED,
                List.of(), n.forecastFrom(), n.forecastTo(), n.forecast(), n.primaryPollutant(), n.weatherCause(),
                n.issuedAt(), n.responseStart(), 7, n.dailyReportBy(), n.contactName(), n.contactPhone(),
                List.of(), false, false, null);
        String t = flat(text(DOCS.pdf(DOCS.composer().issue(red))));
        assertThat(t).contains("红色预警（启动Ⅰ级应急响应）", "预计12月10日至12月13日全市", "停止户外活动", "清单内7家企业")
                .doesNotContain("此件公开发布", "附件：");
    }

    @Test
    void aMixedLevelNoticeStatesEachAreasLevelAndAnUnknownValueIsALineToFillIn() throws Exception {
        var n = SampleDocuments.issue(false);
        var mixed = new cn.hazedesk.domain.document.IssueNotice(n.documentNumber(), n.date(), n.urgency(), WarningLevel.YELLOW,
                List.of(new AreaLevel("大武口区", WarningLevel.YELLOW), new AreaLevel("惠农区", WarningLevel.ORANGE),
                        new AreaLevel("平罗县", WarningLevel.YELLOW)),
                n.forecastFrom(), n.forecastTo(), List.of(), null, null, n.issuedAt(), n.responseStart(), 12, null, null, null,
                List.of(), false, false, null);
        String t = flat(text(save("issue-notice-mixed", DOCS.composer().issue(mixed)))).replaceAll("—\\d+—", "");
        assertThat(t).contains("关于分区域发布重污染天气预警（启动相应级别应急响应）的通知",
                "决定于2026年12月9日20时发布重污染天气预警：惠农区橙色预警（Ⅱ级应急响应），大武口区、平罗县黄色预警（Ⅲ级应急响应）",
                "落实所在区域预警级别的减排措施", "受＿＿＿＿＿＿影响", "首要污染物为＿＿＿＿＿＿", "联系人：＿＿＿＿＿＿")
                .doesNotContain("—", "待补充", "不利气象条件", "黄色预警（启动Ⅲ级应急响应）的通知");
    }

    @Test
    void adjustAndLiftNotices() throws Exception {
        String adjust = flat(text(save("adjust-notice", DOCS.composer().adjust(SampleDocuments.adjust(false)))));
        assertThat(adjust).contains("石环发〔2026〕13号", "关于将大武口区、惠农区重污染天气橙色预警升级为红色预警的通知",
                "经石嘴山市重污染天气应急指挥部同意，自2026年12月11日12时起，大武口区、惠农区由橙色预警（Ⅱ级应急响应）升级为红色预警（Ⅰ级应急响应）；其他区域预警级别不变",
                "立即启动相应专项预案", "每日9时前").doesNotContain("平罗县");
        var n = SampleDocuments.adjust(false);
        var down = new cn.hazedesk.domain.document.AdjustNotice(n.documentNumber(), n.date(), n.urgency(),
                List.of(new LevelChange(null, WarningLevel.RED, WarningLevel.YELLOW)), n.effectiveAt(), n.basis(),
                n.dailyReportBy(), n.contactName(), n.contactPhone(), false);
        assertThat(flat(text(DOCS.pdf(DOCS.composer().adjust(down))))).contains("关于将重污染天气红色预警降级为黄色预警的通知",
                "全市由红色预警（Ⅰ级应急响应）降级为黄色预警（Ⅲ级应急响应）", "不得提前解除");
        // one area up, another down: each named with its own levels, a title naming no single pair
        var both = new cn.hazedesk.domain.document.AdjustNotice(n.documentNumber(), n.date(), n.urgency(),
                List.of(new LevelChange("惠农区", WarningLevel.ORANGE, WarningLevel.RED),
                        new LevelChange("平罗县", WarningLevel.ORANGE, WarningLevel.YELLOW)), n.effectiveAt(), "再次会商。",
                n.dailyReportBy(), n.contactName(), n.contactPhone(), false);
        assertThat(flat(text(DOCS.pdf(DOCS.composer().adjust(both))))).contains("关于调整重污染天气预警级别的通知",
                "惠农区由橙色预警（Ⅱ级应急响应）升级为红色预警（Ⅰ级应急响应）；平罗县由橙色预警（Ⅱ级应急响应）降级为黄色预警（Ⅲ级应急响应）",
                "落实所在区域调整后级别的减排措施").doesNotContain("大武口区");
        String lift = flat(text(save("lift-notice", DOCS.composer().lift(SampleDocuments.lift(false)))));
        assertThat(lift).contains("石环发〔2026〕14号", "关于解除重污染天气预警（终止应急响应）的通知",
                "预计未来48小时空气质量持续低于预警启动条件，达到持续36小时以上的预警解除条件",
                "决定于2026年12月14日12时解除石环发〔2026〕12号发布的重污染天气预警（解除时大武口区、惠农区为红色预警、Ⅰ级应急响应，平罗县为橙色预警、Ⅱ级应急响应）",
                "5个工作日内");
        // a lift short of the 36 hours the officer confirmed says so, with the hours and the reason
        var l = SampleDocuments.lift(false);
        var early = new cn.hazedesk.domain.document.LiftNotice(l.documentNumber(), l.date(), l.liftedNumber(), WarningLevel.YELLOW,
                List.of(), l.issuedAt(), l.liftedAt(), LiftGround.SHORTFALL_CONFIRMED, 24, 36, "春节保障供暖需要", null, false);
        String e = flat(text(save("lift-notice-shortfall", DOCS.composer().lift(early))));
        assertThat(e).contains("关于解除重污染天气黄色预警（终止Ⅲ级应急响应）的通知",
                "预计空气质量低于预警启动条件的持续时间为24小时，未达到持续36小时以上的预警解除条件，本次为提前解除。春节保障供暖需要。",
                "解除时全市为黄色预警、Ⅲ级应急响应").doesNotContain("达到持续36小时以上的预警解除条件。", "已达到");
    }

    @Test
    void theApprovalFormFitsOnePageWithTheChoicesTicked() throws Exception {
        byte[] pdf = save("approval-form", DOCS.composer().approval(SampleDocuments.approval(false)));
        assertThat(pageTexts(pdf)).hasSize(1);
        String t = flat(text(pdf));
        assertThat(t).contains("重污染天气预警信息发布（调整、解除）审批表", "编号：2026年第3期", "填报时间：2026年12月9日16时30分",
                "■发布", "□升级", "■橙色（Ⅱ级）", "□红色（Ⅰ级）", "全市", "至另行通知", "当前AQI168", "拟稿人：李拟稿",
                "（分管副市长）", "签字：", "无");
        var a = SampleDocuments.approval(false);
        var red = new cn.hazedesk.domain.document.ApprovalForm(2026, 4, a.filledAt(), cn.hazedesk.domain.document.ApprovalAction.UPGRADE,
                WarningLevel.ORANGE, WarningLevel.RED, List.of("惠农区"), a.start(), a.start().plusDays(2), "会商", "措施", "李拟稿", "备注文字", false, null);
        assertThat(flat(text(DOCS.pdf(DOCS.composer().approval(red))))).contains("■升级", "（原级别：橙色）", "（市长）", "备注文字",
                "至2026年12月12日0时");
    }

    @Test
    void theInspectionRecordWithAnswersAndABlankSheetForASite() throws Exception {
        String t = flat(text(save("inspection-record", DOCS.composer().inspection(SampleDocuments.inspection(false)))));
        assertThat(t).contains("重污染天气应急响应督查记录表", "石嘴山市示例水泥有限公司", "91640202MA76Q0XX1B", "检查时间：2026年12月10日9时30分至10时40分",
                "橙色（Ⅱ级应急响应）", "■是□否已签收回执", "□是■否2号熟料线未按要求限产20%", "张检查（执法证号64020012）", "孙厂长");
        ResponseOrder o = smallListOrders(WarningLevel.RED).get(0);
        byte[] blank = save("inspection-record-blank", DOCS.composer().inspection(InspectionRecord.blankFor(o, true)));
        String b = flat(text(blank));
        assertThat(b).contains(o.enterpriseName(), o.uscc(), "红色（Ⅰ级应急响应）", "污染治理设施是否正常运行", "□是□否", "演练")
                .doesNotContain("■");
    }

    @Test
    void theSummaryReportHasTheTimelineTheReductionsAndTheChart() throws Exception {
        byte[] pdf = save("summary-report", DOCS.composer().summary(SampleDocuments.summary(false)));
        String t = flat(text(pdf));
        assertThat(t).contains("关于12月10日0时至12月14日12时重污染天气应急响应的总结评估报告", "据实测，日AQI最高286",
                "重度及以上污染3天", "最高发布红色预警", "12月11日12时升级红色",
                "向应急减排清单内42家企业下达应急响应告知书，响应跟踪记录已送达42家、企业已确认40家、已落实31家",
                "要求停产的17家、限产的19家", "共开展督查38次", "4项污染物中3项达到减排目标",
                "SO21.2506.10020.5%20%达标", "VOCs0.6004.00015%20%未达标",
                "各污染物减排比例与目标对比", "实际减排比例", "目标比例", "35.6%", "五、存在的问题", "六、下一步工作");
        assertFontsEmbedded(pdf);
        // the effect heading, its table and the chart on one page: the chart never stands alone
        List<String> pages = pageTexts(pdf);
        int chartPage = -1;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains("各污染物减排比例与目标对比")) {
                chartPage = i;
            }
        }
        assertThat(chartPage).isNotNegative();
        assertThat(flat(pages.get(chartPage))).contains("四、应急效果评估", "日减排量（吨）", "VOCs0.6004.000");
    }

    @Test
    void withoutTheCityInventoryTheSummarySaysTheBaselineIsTheListAndTheVerdictIsToBeConfirmed() throws Exception {
        SummaryReport known = SampleDocuments.summary(false);
        SummaryReport againstList = SampleDocuments.withReductions(known, known.reductions().stream()
                .map(r -> new PollutantReduction(r.pollutant(), r.cutTonnesPerDay(), r.baselineTonnesPerDay(),
                        r.targetShare(), false)).toList());
        byte[] pdf = save("summary-report-list-baseline", DOCS.composer().summary(againstList));
        String t = flat(text(pdf));
        assertThat(t).contains("减排比例的基准为清单合计（非全社会排放量），是否达到减排目标待核定",
                "SO21.2506.10020.5%20%待核定", "VOCs0.6004.00015%20%待核定",
                "各污染物减排比例（基准为清单合计，非全社会排放量）与目标对比")
                .doesNotContain("项达到减排目标", "%达标", "未达标");
    }

    @Test
    void oneOrderCarriesTheEnterpriseTheLevelEachLinesMeasureAndTheSlip() throws Exception {
        List<ResponseOrder> orders = smallListOrders(WarningLevel.ORANGE);
        ResponseOrder cement = orders.stream().filter(o -> o.uscc().equals(SmallList.E1)).findFirst().orElseThrow();
        byte[] pdf = save("response-order", DOCS.composer().order(cement, SampleDocuments.envelope(false), 1));
        assertThat(pageTexts(pdf)).hasSize(1);
        String t = flat(text(pdf));
        assertThat(t).contains("重污染天气应急响应告知书", "编号：石环告〔2026〕16号", "大武口水泥（测试）：", SmallList.E1,
                "所属区县：大武口区", "行业：水泥", "绩效等级：B", "2026年12月9日20时发布重污染天气橙色预警",
                "自2026年12月10日0时起启动Ⅱ级应急响应", "1号线", "限产20%", "20%", "绩效分级指南",
                "运输管控：禁止国四及以下重型载货车辆（含燃气）运输。", "石嘴山市生态环境局大武口区分局", "12369",
                "沿此线剪下", "送达回执", "签收人（签字）", "企业（盖章）");
        assertFontsEmbedded(pdf);
    }

    @Test
    void ordersPreparedByLevelSayTheTimesFollowTheIssueNotice() throws Exception {
        ResponseOrder exempt = smallListOrders(WarningLevel.YELLOW).stream()
                .filter(o -> o.enterpriseName().equals("惠农电石（测试）")).findFirst().orElseThrow();
        String t = flat(text(DOCS.pdf(DOCS.composer().order(exempt, OrderEnvelope.planning(SampleDocuments.DAY, false), 0))));
        assertThat(t).contains("编号：＿＿＿＿＿＿", "于预警发布通知规定的时间发布重污染天气黄色预警", "启动Ⅲ级应急响应",
                "告知书编号＿＿＿＿＿＿（黄色预警）", "联系电话：＿＿＿＿＿＿；企业联系人：＿＿＿＿＿＿",
                "你单位属豁免企业，本级别可不执行停限产措施", "无强制措施—豁免", "运输管控：无专门运输管控要求。",
                "石嘴山市生态环境局惠农区分局")
                .doesNotContain("保障类", "正式发布时编号", "0952-0000000", "示例", "清单未登记");
    }

    @Test
    void anOrderLeavesRoomForTheSealAboveTheCutLineAndIsNumberedPageNofM() throws Exception {
        List<ResponseOrder> orders = smallListOrders(WarningLevel.ORANGE);
        ResponseOrder cement = orders.stream().filter(o -> o.uscc().equals(SmallList.E1)).findFirst().orElseThrow();
        byte[] pdf = DOCS.pdf(DOCS.composer().order(cement, SampleDocuments.envelope(false), 1));
        // the date under the signature and the cut line: at least 15 mm apart, for the lower half of the seal
        float date = lineY(pdf, 1, "2026年12月9日");
        float cut = lineY(pdf, 1, "沿此线剪下");
        assertThat(cut - date).as("mm between the date and the cut line").isGreaterThan(Layout.mm(15));
        assertThat(flat(text(pdf)).replace("\u3000", "")).contains("第1页共1页");
        // a batch numbers each order on its own
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentService.Batch b = DOCS.writeOrders(orders, SampleDocuments.envelope(false), WarningLevel.ORANGE, null, out,
                ProgressListener.NONE, CancelToken.NONE);
        List<String> pages = pageTexts(out.toByteArray());
        for (int i = b.coverPages(); i < pages.size(); i++) {
            assertThat(flat(pages.get(i)).replace("\u3000", "")).contains("第1页共1页");
        }
        assertThat(flat(pages.get(0)).replace("\u3000", "")).contains("第1页共" + b.coverPages() + "页");
    }

    @Test
    void aBatchWhoseCoverRunsOverSeveralPagesOpensWithItAndItsPagesPointAtEachOrder() throws Exception {
        // the cover is drawn after the orders (it lists their pages) and moved to the front of the file
        List<ResponseOrder> some = smallListOrders(WarningLevel.ORANGE);
        List<ResponseOrder> orders = new ArrayList<>();
        while (orders.size() < 80) {
            orders.addAll(some);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentService.Batch b = DOCS.writeOrders(orders, SampleDocuments.envelope(false), WarningLevel.ORANGE, null, out,
                ProgressListener.NONE, CancelToken.NONE);
        List<String> pages = pageTexts(out.toByteArray());
        assertThat(b.coverPages()).isGreaterThan(1);
        assertThat(pages).hasSize(b.totalPages());
        assertThat(flat(pages.get(0))).contains("告知书汇总表");
        for (int k = 0; k < b.coverPages(); k++) {
            assertThat(flat(pages.get(k)).replace("\u3000", "")).as("cover page " + (k + 1))
                    .contains("第" + (k + 1) + "页共" + b.coverPages() + "页");
        }
        assertThat(b.pages().get(0).first()).isEqualTo(b.coverPages() + 1);
        for (int i = 0; i < orders.size(); i++) {
            DocumentComposer.PageRange r = b.pages().get(i);
            assertThat(flat(pages.get(r.first() - 1))).as("order " + (i + 1)).contains(flat(orders.get(i).enterpriseName()));
            for (int p = r.first(); p <= r.last(); p++) {
                assertThat(flat(pages.get(p - 1)).replace("\u3000", "")).as("page " + p)
                        .contains("第" + (p - r.first() + 1) + "页共" + r.pages() + "页");
            }
        }
    }

    /** The y (from the top of the page, in pt) of the first line on {@code page} that contains {@code text}. */
    static float lineY(byte[] pdf, int page, String text) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            float[] found = {-1};
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String line, List<org.apache.pdfbox.text.TextPosition> positions) {
                    if (found[0] < 0 && line.replaceAll("\\s+", "").contains(text)) {
                        found[0] = positions.get(0).getYDirAdj();
                    }
                }
            };
            s.setStartPage(page);
            s.setEndPage(page);
            s.getText(d);
            assertThat(found[0]).as("“" + text + "” on page " + page).isNotNegative();
            return found[0];
        }
    }

    @Test
    void aProtectedFirmGetsItsProtectionTaskAndADefaultStillToVerifySaysSo() throws Exception {
        ResponseOrder protectedFirm = smallListOrders(WarningLevel.RED).stream()
                .filter(o -> o.enterpriseName().equals("平罗炭素（测试）")).findFirst().orElseThrow();
        String p = flat(text(save("response-order-protected", DOCS.composer().order(protectedFirm, SampleDocuments.envelope(false), 1))));
        assertThat(p).contains("你单位属保障类企业，本级别按保障任务量组织生产（供热企业以热定产）",
                "按保障任务量生产（供热企业以热定产）", "保障类（保障任务）")
                .doesNotContain("可不执行停限产措施", "无强制措施", "豁免");
        // a coking firm graded C with nothing written: the UNVERIFIED matrix default, marked as such
        Enterprise coke = SmallList.firm("91640205TEST00008H", "惠农焦化C（测试）", "640205", "焦化", PerformanceGrade.C,
                ControlType.KEY_INDUSTRY, SmallList.line("100", "100", "100", "10"));
        ResponseOrder o = ORDERS.order(new GradedEnterprise(coke, PerformanceGrade.C), WarningLevel.ORANGE);
        String t = flat(text(save("response-order-unverified", DOCS.composer().order(o, SampleDocuments.envelope(false), 2))));
        assertThat(t).contains("延长结焦时间至48小时", "默认措施（待核实）", "运输管控：禁止国四及以下重型载货车辆（含燃气）运输。")
                .doesNotContain("绩效分级指南");
        // one transport sentence per order
        assertThat(t.split("运输管控：", -1)).hasSize(2);
    }

    @Test
    void aBatchHasTheCoverThenOnePagePerOrderAndTheCoverSaysSo() throws Exception {
        List<ResponseOrder> orders = smallListOrders(WarningLevel.ORANGE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicInteger reports = new AtomicInteger();
        DocumentService.Batch b = DOCS.writeOrders(orders, SampleDocuments.envelope(true), WarningLevel.ORANGE, null, out,
                (done, total, msg) -> reports.incrementAndGet(), CancelToken.NONE);
        byte[] pdf = save("orders", out.toByteArray());
        List<String> pages = pageTexts(pdf);
        assertThat(b.coverPages()).isEqualTo(1);
        assertThat(b.longerThanOnePage()).isZero();
        assertThat(pages).hasSize(1 + orders.size()).hasSize(b.totalPages());
        String cover = flat(pages.get(0));
        assertThat(cover).contains("重污染天气应急响应告知书汇总表", "橙色预警（Ⅱ级应急响应）", "全部区县", "共7家企业",
                "每份告知书（含送达回执）一页，共7页", "告知书编号：石环告〔2026〕15号至21号");
        for (int i = 0; i < orders.size(); i++) {
            ResponseOrder o = orders.get(i);
            String page = flat(pages.get(1 + i));
            assertThat(page).as(o.enterpriseName()).contains(o.enterpriseName() + "：", o.uscc(), "橙色预警", "送达回执", "演练",
                    "石环告〔2026〕" + (15 + i) + "号");
            for (var line : o.lines()) {
                if (!line.text().isBlank()) {
                    assertThat(page).contains(flat(line.text()));
                }
            }
            assertThat(cover).contains(o.enterpriseName(), o.uscc());
            assertThat(b.pages().get(i).first()).isEqualTo(2 + i);
        }
        assertThat(pages).allSatisfy(p -> assertThat(p).contains("演练"));
        assertThat(reports.get()).isPositive();
        assertFontsEmbedded(pdf);
    }

    @Test
    void anOrderWithManyLinesRunsOverAndTheCoverAndPageCountAccountForIt() throws Exception {
        List<ProductionLine> lines = IntStream.rangeClosed(1, 30).mapToObj(i -> new ProductionLine(i + "号生产线", "熟料煅烧",
                null, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                List.of(new LevelMeasure(WarningLevel.RED, MeasureType.STOP, BigDecimal.ONE, "停产（第" + i + "条线）")))).toList();
        Enterprise big = new Enterprise("91640221MA00000009", "多线企业（测试）", "640221", "其他", PerformanceGrade.UNRATED,
                ControlType.GENERAL, null, null, null, "钱经理", "13800000000", null, null, false, null, null, lines);
        List<GradedEnterprise> list = new ArrayList<>(SmallList.graded());
        list.add(new GradedEnterprise(big, PerformanceGrade.UNRATED));
        List<ResponseOrder> orders = ORDERS.generate(list, WarningLevel.RED, Set.of("640221"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentService.Batch b = DOCS.writeOrders(orders, SampleDocuments.envelope(false), WarningLevel.RED, "平罗县", out,
                ProgressListener.NONE, CancelToken.NONE);
        List<String> pages = pageTexts(save("orders-long", out.toByteArray()));
        assertThat(b.longerThanOnePage()).isEqualTo(1);
        int i = orders.indexOf(orders.stream().filter(o -> o.uscc().equals(big.uscc())).findFirst().orElseThrow());
        var range = b.pages().get(i);
        assertThat(range.pages()).isGreaterThan(1);
        // the cover, one page for each other order, and the long one's pages
        assertThat(pages).hasSize(b.totalPages()).hasSize(1 + (orders.size() - 1) + range.pages());
        assertThat(flat(pages.get(range.first() - 1))).contains("多线企业（测试）：", "1号生产线");
        assertThat(flat(pages.get(range.last() - 1)).replace("\u3000", "")).contains("送达回执",
                "第" + range.pages() + "页共" + range.pages() + "页");
        assertThat(flat(String.join("", pages.subList(range.first() - 1, range.last())))).contains("30号生产线", "停产（第30条线）");
        assertThat(flat(pages.get(range.first()))).contains("生产线（工序）应急减排措施减排比例确定依据"); // the table header repeats
        String cover = flat(pages.get(0));
        assertThat(cover).contains("平罗县", "其中1份告知书因生产线较多超过一页", range.first() + "–" + range.last());
    }

    @Test
    void onePdfPerEnterpriseIntoAFolderWithSafeNames() throws Exception {
        List<ResponseOrder> orders = smallListOrders(WarningLevel.RED);
        List<Path> files = DOCS.writeOrderFiles(orders, SampleDocuments.envelope(false), dir.resolve("orders"),
                ProgressListener.NONE, CancelToken.NONE);
        assertThat(files).hasSize(orders.size());
        for (int i = 0; i < orders.size(); i++) {
            ResponseOrder o = orders.get(i);
            assertThat(files.get(i).getFileName().toString()).isEqualTo(o.enterpriseName() + "_" + o.uscc() + ".pdf");
            byte[] pdf = Files.readAllBytes(files.get(i));
            assertThat(flat(text(pdf))).contains(o.enterpriseName(), o.uscc(), "红色预警");
        }
        assertThat(DocumentService.safeFileName("A/B:C*?\"<>|公司. ")).isEqualTo("A_B_C______公司");
    }

    @Test
    void cancellingStopsTheBatchAndRemovesTheFilesWritten() {
        List<ResponseOrder> orders = smallListOrders(WarningLevel.RED);
        AtomicInteger done = new AtomicInteger();
        CancelToken afterTwo = () -> done.get() >= 2;
        Path folder = dir.resolve("cancelled");
        assertThatThrownBy(() -> DOCS.writeOrderFiles(orders, SampleDocuments.envelope(false), folder,
                (d, total, msg) -> done.set((int) d), afterTwo)).isInstanceOf(CancelledException.class);
        assertThat(folder.toFile().list()).isEmpty();
        CancelToken.Flag flag = CancelToken.flag();
        flag.cancel();
        assertThatThrownBy(() -> DOCS.writeOrders(orders, SampleDocuments.envelope(false), WarningLevel.RED, null,
                new ByteArrayOutputStream(), ProgressListener.NONE, flag)).isInstanceOf(CancelledException.class);
    }

    @Test
    void everyCharacterOfTheBundledTemplatesIsInTheBundledFont() throws Exception {
        BaseFont font;
        try (InputStream in = getClass().getResourceAsStream(PdfFonts.BUNDLED)) {
            font = BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, true, false, in.readAllBytes(), null);
        }
        for (DocumentKind k : DocumentKind.values()) {
            String text = DocumentTemplateFiles.bundledText(k);
            text.lines().filter(l -> !l.startsWith("#")).forEach(l -> l.codePoints()
                    .filter(cp -> cp > ' ')
                    .forEach(cp -> assertThat(font.charExists(cp)).as("%s: %s in %s", k.fileName(), Character.toString(cp), l).isTrue()));
        }
        for (String s : List.of("■", "□", "〔", "〕", "Ⅰ", "Ⅱ", "Ⅲ", "—", "～", "–")) {
            assertThat(font.charExists(s.codePointAt(0))).as(s).isTrue();
        }
    }
}
