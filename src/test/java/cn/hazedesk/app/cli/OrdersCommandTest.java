package cn.hazedesk.app.cli;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.domain.reduction.SmallList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.AreaLevels;
import cn.hazedesk.domain.episode.EpisodeAction;
import cn.hazedesk.domain.episode.ForecastDay;
import cn.hazedesk.domain.episode.ProposalKind;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code orders --level ...} in-process on a real data folder holding {@link SmallList}; the PDFs read back. */
class OrdersCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private CliTest.Run run(String... args) throws Exception {
        return CliTest.run(CLOCK, args);
    }

    private Path data() {
        Path data = dir.resolve("data");
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            ctx.transactions().inTransaction(() -> ctx.enterprises().insertAll(SmallList.enterprises(), false));
        }
        return data;
    }

    private static String text(Path pdf, int page) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(page);
            s.setEndPage(page);
            return s.getText(d).replaceAll("\\s+", "");
        }
    }

    private static int pages(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return d.getNumberOfPages();
        }
    }

    @Test
    void ordersThatNeedALookAreWrittenOnlyWithConfirmAndTheEnterprisesAreNamed() throws Exception {
        Path data = data();
        // 平罗炭素（测试） is 保障类 in a key industry (炭素) and ungraded: below B
        Path pdf = dir.resolve("red.pdf");
        CliTest.Run r = run("orders", "--level", "red", "--pdf", pdf.toString(), "--data-dir", data.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("以下告知书须确认后才能印发", "重点行业保障类企业绩效等级低于B级（1 家）：平罗炭素（测试）（91640221TEST00007G）",
                "--confirm").doesNotContain("无适用措施", "待核实");
        assertThat(pdf).doesNotExist();
        assertThat(dir.resolve("red.pdf.part")).doesNotExist();
        // a key-industry firm the rules cannot give a measure (氧化铝 has no matrix rows) and an UNVERIFIED default (焦化 C)
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            ctx.transactions().inTransaction(() -> ctx.enterprises().insertAll(List.of(
                    SmallList.firm("91640202TEST00010A", "大武口氧化铝（测试）", "640202", "氧化铝",
                            cn.hazedesk.domain.enterprise.PerformanceGrade.B, cn.hazedesk.domain.enterprise.ControlType.KEY_INDUSTRY,
                            SmallList.line("10", "10", "10", "0")),
                    SmallList.firm("91640202TEST00011B", "大武口焦化（测试）", "640202", "焦化",
                            cn.hazedesk.domain.enterprise.PerformanceGrade.C, cn.hazedesk.domain.enterprise.ControlType.KEY_INDUSTRY,
                            SmallList.line("10", "10", "10", "0"))), false));
        }
        CliTest.Run en = run("orders", "--level", "red", "--district", "大武口区", "--pdf", pdf.toString(),
                "--data-dir", data.toString(), "--lang", "en");
        assertThat(en.exit()).isEqualTo(1);
        assertThat(en.err()).contains("Key-industry enterprises still without a measure after every fallback (1): 大武口氧化铝（测试）",
                "defaults still to be verified", "大武口焦化（测试）", "--confirm").doesNotContain("平罗炭素");
        CliTest.Run ok = run("orders", "--level", "red", "--district", "大武口区", "--confirm", "--pdf", pdf.toString(),
                "--data-dir", data.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(pages(pdf)).isEqualTo(5);
    }

    @Test
    void allDistrictsIntoOnePdfWithTheCoverAndOneOrderPerPage() throws Exception {
        Path data = data();
        Path pdf = dir.resolve("红色 orders.pdf");
        CliTest.Run r = run("orders", "--confirm", "--level", "red", "--pdf", pdf.toString(), "--data-dir", data.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo("已写入 " + pdf.toAbsolutePath() + "：7 份告知书，共 8 页（含汇总表 1 页；超过一页的告知书 0 份）。");
        assertThat(pages(pdf)).isEqualTo(8);
        assertThat(text(pdf, 1)).contains("重污染天气应急响应告知书汇总表", "红色预警（Ⅰ级应急响应）", "全部区县", "2026年12月10日",
                "大武口机械（测试）", "平罗炭素（测试）").doesNotContain("演练");
        assertThat(text(pdf, 2)).contains("大武口机械（测试）：", "91640202TEST00002B", "红色预警", "停产", "送达回执");
        assertThat(text(pdf, 3)).contains("大武口水泥（测试）：", SmallList.E1, "绩效等级：B", "停产；禁止国四及以下重型载货车辆（含燃气）运输");
        assertThat(text(pdf, 8)).contains("平罗炭素（测试）：", "保障类（保障任务）", "按保障任务量生产").doesNotContain("可不执行停限产措施");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("data", "红色 orders.pdf"); // no leftover .part
    }

    @Test
    void oneDistrictAsADrill() throws Exception {
        Path data = data();
        Path pdf = dir.resolve("huinong.pdf");
        CliTest.Run r = run("--data-dir", data.toString(), "orders", "--level=yellow", "--district", "惠农区", "--drill",
                "--pdf=" + pdf);
        assertThat(r.exit()).isZero();
        assertThat(pages(pdf)).isEqualTo(3);
        assertThat(text(pdf, 1)).contains("惠农区", "惠农电石（测试）", "惠农焦化（测试）", "演练").doesNotContain("大武口");
        assertThat(text(pdf, 2)).contains("惠农电石（测试）", "黄色预警", "演练");
        assertThat(text(pdf, 3)).contains("惠农焦化（测试）", "绩效等级：A", "自主减排", "演练");
    }

    @Test
    void onePdfPerEnterpriseIntoAFolder() throws Exception {
        Path data = data();
        Path folder = dir.resolve("out");
        CliTest.Run r = run("orders", "--confirm", "--level", "orange", "--district", "平罗县", "--folder", folder.toString(), "--data-dir",
                data.toString(), "--lang", "en");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo("Wrote " + folder.toAbsolutePath() + ": 3 PDF files (one per enterprise).");
        assertThat(folder.toFile().list()).containsExactlyInAnyOrder("平罗电石（测试）_91640221TEST00006F.pdf",
                "平罗水泥（测试）_91640221TEST00005E.pdf", "平罗炭素（测试）_91640221TEST00007G.pdf");
        assertThat(text(folder.resolve("平罗水泥（测试）_91640221TEST00005E.pdf"), 1)).contains("橙色预警", "停产；停止公路运输");
    }

    @Test
    void anUnknownDistrictIsNamedWithTheKnownOnesAndExitsTwo() throws Exception {
        Path data = data();
        Path pdf = dir.resolve("x.pdf");
        CliTest.Run r = run("orders", "--level", "red", "--district", "银川市", "--pdf", pdf.toString(), "--data-dir", data.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("未知的区县“银川市”：可用的区县为 大武口区、惠农区、平罗县。");
        assertThat(pdf).doesNotExist();
        CliTest.Run en = run("orders", "--level", "red", "--district", "Yinchuan", "--pdf", pdf.toString(), "--data-dir",
                data.toString(), "--lang", "en");
        assertThat(en.err().strip()).isEqualTo("Unknown district “Yinchuan”: the districts are 大武口区, 惠农区, 平罗县.");
    }

    @Test
    void badArgumentsGiveTheReasonAndUsageAndExitTwo() throws Exception {
        String[][] cases = {
                {"orders", "--level", "purple", "--pdf", "a.pdf"},
                {"orders", "--pdf", "a.pdf"},
                {"orders", "--level", "red"},
                {"orders", "--level", "red", "--pdf", "a.pdf", "--folder", "b"},
                {"orders", "--level", "red", "--pdf"},
                {"orders", "--level", "red", "--pdf", "a.pdf", "--bogus", "3"},
                {"orders", "--level", "red", "--level", "yellow", "--pdf", "a.pdf"}};
        for (String[] args : cases) {
            CliTest.Run r = run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).as(String.join(" ", args)).isEmpty();
            assertThat(r.err()).as(String.join(" ", args)).contains("用法").contains("orders --level yellow|orange|red");
        }
        assertThat(run(cases[0]).err()).startsWith("未知的预警级别“purple”：请用 yellow、orange 或 red。");
        assertThat(run(cases[2]).err()).startsWith("orders 命令需要 --pdf OUT.pdf 或 --folder DIR（二者选一）。");
        assertThat(run(cases[5]).err()).startsWith("orders 命令不认识参数“--bogus”。");
        CliTest.Run both = run("orders", "--level", "red", "--episode", "3", "--pdf", "a.pdf");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).startsWith("orders 命令只能用 --level 或 --episode 之一：“--episode”。");
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderIsReportedByNameAndExitsTwo() throws Exception {
        Path data = data();
        Files.createDirectories(data.resolve("rules/documents"));
        String bundled;
        try (var in = getClass().getResourceAsStream("/data/documents/response-order.txt")) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(data.resolve("rules/documents/response-order.txt"),
                bundled.replace("[addressee]\n${enterpriseName}：", "[addressee]\n${enterpriseName}（${legalPerson}）："));
        Path pdf = dir.resolve("t.pdf");
        CliTest.Run r = run("orders", "--confirm", "--level", "red", "--pdf", pdf.toString(), "--data-dir", data.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("文书模板 response-order.txt 中以下占位符没有值：legalPerson");
        assertThat(pdf).doesNotExist();
        assertThat(dir.resolve("t.pdf.part")).doesNotExist();
    }

    @Test
    void anUnwritableTargetIsReported() throws Exception {
        Path data = data();
        Path pdf = dir.resolve("no-such-folder/x.pdf");
        CliTest.Run r = run("orders", "--confirm", "--level", "red", "--pdf", pdf.toString(), "--data-dir", data.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("无法写入 " + pdf);
    }

    @Test
    void helpListsTheCommand() throws Exception {
        assertThat(run("--help").out()).contains("orders --level yellow|orange|red | --episode 编号 [--district 区县]", "--episode 编号：");
    }

    @Test
    void theCoverCarriesTheRecordCodeThatLaterChecksAgainstTheAuditTrail() throws Exception {
        Path data = data();
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            ctx.transactions().inTransaction(() -> {
                ctx.auditLog().record(CLOCK.instant(), "清单员", "enterprise.import", "测试清单", cn.hazedesk.domain.audit.AuditDetail.of("enterprise.import").with("mode", "MERGE"));
                return null;
            });
        }
        Path pdf = dir.resolve("coded.pdf");
        assertThat(run("orders", "--confirm", "--level", "red", "--pdf", pdf.toString(), "--data-dir", data.toString()).exit()).isZero();
        var m = java.util.regex.Pattern.compile("记录校验码(\\d+-[0-9a-f]{12})").matcher(text(pdf, 1));
        assertThat(m.find()).as("the cover prints the record code").isTrue();
        String code = m.group(1);
        java.nio.file.Files.createDirectories(Path.of("target/documents"));
        java.nio.file.Files.copy(pdf, Path.of("target/documents/order-cover-with-record-code.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CliTest.Run check = run("audit", "verify", "--against", code, "--data-dir", data.toString());
        assertThat(check.exit()).isZero();
        assertThat(check.out()).startsWith("记录校验码 " + code + " 属于当前操作记录");
        assertThat(text(pdf, 2)).as("not on each order").doesNotContain("记录校验码");
    }

    // ---- orders --episode -------------------------------------------------------------------------------------

    /** A data folder with the sample list and one episode issued yellow (惠农区 orange); returns the folder. */
    private Path episodeData(boolean drill, String number) {
        Path data = dir.resolve("episode-data");
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            ctx.sampleData().loadIfFirstStart("值班员");
            var eps = ctx.episodes();
            long id = eps.create(drill ? "演练" : null, drill, cn.hazedesk.testing.Actors.all("值班员")).value().id();
            List<ForecastDay> days = new java.util.ArrayList<>();
            for (String d : List.of("640202", "640205", "640221")) {
                days.add(new ForecastDay(d, LocalDate.of(2026, 12, 11), 230, false, "PM2.5", null));
                days.add(new ForecastDay(d, LocalDate.of(2026, 12, 12), 90, false, "PM2.5", null));
            }
            AreaLevels levels = new AreaLevels(WarningLevel.YELLOW, Map.of("640202", WarningLevel.YELLOW,
                    "640205", WarningLevel.ORANGE, "640221", WarningLevel.YELLOW));
            for (EpisodeAction a : List.of(
                    new EpisodeAction.Consult(CLOCK.instant(), "2024", days, "会商意见", "环境、气象"),
                    new EpisodeAction.Propose(ProposalKind.ISSUE, levels, CLOCK.instant().plusSeconds(3600),
                            CLOCK.instant().plusSeconds(3 * 86400), "措施",
                            "惠农区单独升级", null, true),
                    new EpisodeAction.Approve("张副市长", null),
                    new EpisodeAction.Publish(number, CLOCK.instant(), null))) {
                assertThat(eps.act(id, a, cn.hazedesk.testing.Actors.all("值班员")).refusal()).as(a.toString()).isEmpty();
            }
        }
        return data;
    }

    @Test
    void anEpisodesCurrentOrdersByItsNumberIntoOnePdf() throws Exception {
        Path data = episodeData(false, "石污防指〔2026〕7号");
        List<String> names;
        List<String> usccs;
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            var e = ctx.episodeDocuments().byNumber("石污防指〔2026〕7号").orElseThrow();
            var orders = ctx.episodes().orders(e.id());
            names = orders.stream().map(o -> o.order().enterpriseName()).toList();
            usccs = orders.stream().map(o -> o.order().uscc()).toList();
        }
        assertThat(names).hasSize(62);
        Path pdf = dir.resolve("episode.pdf");
        CliTest.Run r = run("orders", "--episode", "石污防指〔2026〕7号", "--pdf", pdf.toString(), "--data-dir", data.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).startsWith("已写入 " + pdf.toAbsolutePath() + "：62 份告知书，共 ");
        // pages: the cover's, then one per order plus the extra pages of long orders, as the summary line says
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("共 (\\d+) 页（含汇总表 (\\d+) 页；超过一页的告知书 (\\d+) 份")
                .matcher(r.out());
        assertThat(m.find()).isTrue();
        int total = Integer.parseInt(m.group(1));
        int cover = Integer.parseInt(m.group(2));
        int longer = Integer.parseInt(m.group(3));
        assertThat(pages(pdf)).isEqualTo(total);
        assertThat(total).isGreaterThanOrEqualTo(cover + 62 + longer);
        String all;
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            all = new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
        assertThat(all).contains(names.toArray(String[]::new)).contains(usccs.toArray(String[]::new))
                .contains("黄色预警", "橙色预警", "石污防指〔2026〕7-1号").doesNotContain("演练");
        assertThat(text(pdf, 1)).contains("重污染天气应急响应告知书汇总表", "黄色预警", "全部区县");

        Path hn = dir.resolve("hn.pdf");
        CliTest.Run district = run("orders", "--episode", "石污防指〔2026〕7号", "--district", "惠农区", "--pdf", hn.toString(),
                "--data-dir", data.toString());
        assertThat(district.exit()).isZero();
        assertThat(text(hn, 1)).contains("橙色预警", "惠农区").doesNotContain("大武口区");

        Path folder = dir.resolve("each");
        CliTest.Run each = run("orders", "--episode", "石污防指〔2026〕7号", "--district", "平罗县", "--folder", folder.toString(),
                "--data-dir", data.toString());
        assertThat(each.exit()).isZero();
        assertThat(each.out()).contains("个 PDF 文件");
        assertThat(folder.toFile().list()).isNotEmpty();
    }

    @Test
    void anUnknownEpisodeOrDistrictIsNamedAndExitsTwo() throws Exception {
        Path data = episodeData(false, "石污防指〔2026〕7号");
        Path pdf = dir.resolve("x.pdf");
        CliTest.Run r = run("orders", "--episode", "石污防指〔2026〕99号", "--pdf", pdf.toString(), "--data-dir", data.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("没有编号为“石污防指〔2026〕99号”的预警过程");
        CliTest.Run en = run("orders", "--episode", "X-1", "--pdf", pdf.toString(), "--data-dir", data.toString(), "--lang", "en");
        assertThat(en.err()).startsWith("No warning episode has the number “X-1”");
        CliTest.Run d = run("orders", "--episode", "石污防指〔2026〕7号", "--district", "银川", "--pdf", pdf.toString(),
                "--data-dir", data.toString());
        assertThat(d.exit()).isEqualTo(2);
        assertThat(d.err()).startsWith("未知的区县“银川”");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aDrillEpisodesOrdersAreMarkedOnEveryPage() throws Exception {
        Path data = episodeData(true, "演练〔2026〕1号");
        Path pdf = dir.resolve("drill.pdf");
        CliTest.Run r = run("orders", "--episode", "演练〔2026〕1号", "--district", "平罗县", "--pdf", pdf.toString(),
                "--data-dir", data.toString());
        assertThat(r.exit()).isZero();
        for (int i = 1; i <= pages(pdf); i++) {
            assertThat(text(pdf, i)).as("page " + i).contains("演练");
        }
    }
}
