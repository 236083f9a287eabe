package cn.hazedesk.app.cli;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.app.StartupOptions;
import cn.hazedesk.application.ListSummary;
import cn.hazedesk.infra.excel.PoiListWorkbook;
import cn.hazedesk.infra.excel.TestWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static cn.hazedesk.infra.excel.TestWorkbooks.COLUMNS;
import static cn.hazedesk.infra.excel.TestWorkbooks.line;
import static cn.hazedesk.infra.excel.TestWorkbooks.uscc;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code list validate|import|export|template}, run in-process with captured output, on real files and folders. */
class ListCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static final java.util.Map<String, String[]> SIGNED_IN = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Runs a command; {@code list import} into a data folder is signed in as that folder's list maintainer (made on
     * first use), as the command requires. {@link #unsigned} runs without.
     */
    static Run run(String... args) throws Exception {
        java.util.List<String> a = java.util.List.of(args);
        int dataDir = a.indexOf("--data-dir");
        if (a.contains("import") && a.contains("list") && dataDir >= 0 && !a.contains("--user")) {
            Path data = Path.of(a.get(dataDir + 1));
            String[] creds = SIGNED_IN.get(data.toString());
            if (creds == null) {
                try {
                    creds = CliTest.maintainer(data);
                    SIGNED_IN.put(data.toString(), creds);
                } catch (AssertionError e) {
                    creds = new String[0]; // the folder cannot be opened now: the command says why
                }
            }
            java.util.List<String> all = new java.util.ArrayList<>(a);
            all.addAll(java.util.List.of(creds));
            return unsigned(all.toArray(String[]::new));
        }
        return unsigned(args);
    }

    static Run unsigned(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(CLOCK).run(StartupOptions.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path good() {
        return TestWorkbooks.list(dir.resolve("good.xlsx"), COLUMNS, List.of(
                line("甲焦化", uscc(1), "大武口区", "焦化", "B", "焦炉1", 10, 20, "30%", "限产30%"),
                line("甲焦化", uscc(1), "大武口区", "焦化", "B", "焦炉2", 5, 6, "30%", "限产30%"),
                line("乙水泥", uscc(2), "平罗县", "水泥", "C", "熟料线", 50, 400, "100%", "停产")));
    }

    private Path bad() {
        return TestWorkbooks.list(dir.resolve("bad.xlsx"), COLUMNS, List.of(
                line("甲焦化", uscc(1), "大武口区", "焦化", "B", "焦炉1", 10, 20, "30%", "限产30%"),
                line("乙水泥", "91640221MA7NJLXMPA", "银川", "水泥", "C", "熟料线", "五十", 400, "120%", "停产")));
    }

    /** The output without the check's notes. */
    static List<String> withoutNotes(String out) {
        return out.lines().filter(l -> !l.startsWith("note: ")).toList();
    }

    @Test
    void validateOfACleanWorkbookPrintsTheCountsAndExitsZero() throws Exception {
        Run r = run("list", "validate", good().toString());
        assertThat(r.exit()).isZero();
        assertThat(withoutNotes(r.out())).containsExactly("3 rows, 0 problems, 2 enterprises, 3 lines");
        assertThat(r.out().lines()).as("orange and red measures are empty: said, not silent")
                .contains("note: 3 条生产线共 6 个预警级别没有写措施，响应时按绩效分级的默认措施");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validatePrintsOneLinePerProblemAndExitsOne() throws Exception {
        Run r = run("list", "validate", bad().toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines()).containsExactly(
                "row 3, 统一社会信用代码: 无效：校验码应为 Q，实际为 A",
                "row 3, 所属区县: 未知的区县“银川”，可填：大武口区、惠农区、平罗县",
                "row 3, 二氧化硫年排放量(吨): “五十”不是数字",
                "row 3, 黄色预警减排比例: 减排比例应在 0% 到 100% 之间，实为 120%",
                "note: 2 条生产线共 4 个预警级别没有写措施，响应时按绩效分级的默认措施",
                "2 rows, 4 problems, 2 enterprises, 2 lines");
    }

    @Test
    void validateInEnglish() throws Exception {
        Run r = run("--lang", "en", "list", "validate", bad().toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines()).contains("row 3, 二氧化硫年排放量(吨): “五十” is not a number",
                "2 rows, 4 problems, 2 enterprises, 2 lines");
    }

    @Test
    void aFileThatIsNoWorkbookExitsTwoNamingTheFile() throws Exception {
        Path csv = Files.writeString(dir.resolve("list.csv.xlsx"), "企业名称,统一社会信用代码\n");
        for (String sub : List.of("validate", "import")) {
            Run r = run("list", sub, csv.toString(), "--data-dir", dir.resolve("data").toString());
            assertThat(r.exit()).as(sub).isEqualTo(2);
            assertThat(r.out()).as(sub).isEmpty();
            assertThat(r.err().trim()).as(sub).isEqualTo(csv + " 是文本（CSV）文件，不是 Excel 工作簿：请在 Excel 中打开并另存为 .xlsx。");
        }
        Run missing = run("--lang", "en", "list", "validate", dir.resolve("nowhere.xlsx").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().trim()).isEqualTo("There is no file " + dir.resolve("nowhere.xlsx") + ".");
    }

    @Test
    void importMergesThenReplacesAndPrintsThePreviewCounts() throws Exception {
        Path data = dir.resolve("data");
        Run first = run("list", "import", good().toString(), "--data-dir", data.toString());
        assertThat(first.exit()).isZero();
        assertThat(withoutNotes(first.out())).containsExactly(
                "3 rows, 0 problems, 2 enterprises, 3 lines",
                "mode merge",
                "enterprises 2 new, 0 changed, 0 unchanged, 0 removed, 0 kept",
                "lines 3 new, 0 changed, 0 unchanged, 0 removed, 0 kept");
        assertThat(first.err()).contains("导入前已备份数据库：").contains("before-import.zip");

        Run again = run("list", "import", good().toString(), "--data-dir", data.toString());
        assertThat(again.out().lines()).contains("enterprises 0 new, 0 changed, 2 unchanged, 0 removed, 0 kept");

        Path smaller = TestWorkbooks.list(dir.resolve("smaller.xlsx"), COLUMNS, List.of(
                line("甲焦化", uscc(1), "大武口区", "焦化", "A", "焦炉1", 10, 20, "30%", "限产30%")));
        Run merge = run("list", "import", smaller.toString(), "--data-dir", data.toString());
        assertThat(merge.out().lines()).contains(
                "enterprises 0 new, 1 changed, 0 unchanged, 0 removed, 1 kept",
                "lines 0 new, 0 changed, 1 unchanged, 1 removed, 1 kept");
        Run refused = run("list", "import", smaller.toString(), "--replace", "--data-dir", data.toString());
        assertThat(refused.exit()).as("removing 1 of 2 is not more than half").isZero();
        assertThat(withoutNotes(refused.out())).containsExactly(
                "1 rows, 0 problems, 1 enterprises, 1 lines",
                "mode replace",
                "enterprises 0 new, 0 changed, 1 unchanged, 1 removed, 0 kept",
                "lines 0 new, 0 changed, 1 unchanged, 1 removed, 0 kept");
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            assertThat(ctx.enterprises().summary()).isEqualTo(new ListSummary(1, 1, 0));
        }
    }

    @Test
    void replacingWithAnEmptyWorkbookOrOneThatRemovesMostOfTheListNeedsForce() throws Exception {
        Path data = dir.resolve("data");
        run("list", "import", good().toString(), "--data-dir", data.toString());
        Path empty = TestWorkbooks.list(dir.resolve("empty.xlsx"), COLUMNS, List.of());
        Run refused = run("list", "import", empty.toString(), "--replace", "--data-dir", data.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().trim()).isEqualTo("工作簿中没有任何企业：替换将清空清单，删除全部 2 家企业。 如确认替换，请加 --force 再运行。");
        Path other = TestWorkbooks.list(dir.resolve("other.xlsx"), COLUMNS, List.of(
                line("丁炭素", uscc(4), "惠农区", "炭素", "D", "煅烧炉", 30, 31, "100%", "停产")));
        Run most = run("--lang", "en", "list", "import", other.toString(), "--replace", "--data-dir", data.toString());
        assertThat(most.exit()).isEqualTo(1);
        assertThat(most.err().trim()).isEqualTo("Replacing would remove 2 of the 2 enterprises on the list (more than half); "
                + "the file holds 1. To replace anyway, run it again with --force.");
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            assertThat(ctx.enterprises().summary()).as("nothing changed").isEqualTo(new ListSummary(2, 3, 0));
        }
        Run forced = run("list", "import", other.toString(), "--replace", "--force", "--data-dir", data.toString());
        assertThat(forced.exit()).isZero();
        assertThat(forced.out().lines()).contains("enterprises 1 new, 0 changed, 0 unchanged, 2 removed, 0 kept");
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            assertThat(ctx.enterprises().summary()).isEqualTo(new ListSummary(1, 1, 0));
        }
    }

    @Test
    void importingNeedsASignedInUserWhoseRoleMayImport() throws Exception {
        Path data = dir.resolve("data");
        Run none = unsigned("list", "import", good().toString(), "--data-dir", data.toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err().trim()).startsWith("这个命令会修改数据，需要登录");
        String[] duty = CliTest.user(data, "值班员甲", "DUTY_OFFICER", null);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("list", "import", good().toString(),
                "--data-dir", data.toString()));
        args.addAll(java.util.List.of(duty));
        Run refused = unsigned(args.toArray(String[]::new));
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err().trim()).isEqualTo("您的角色不能导入清单。");
        Run wrong = unsigned("list", "import", good().toString(), "--data-dir", data.toString(), "--user", "值班员甲",
                "--password-file", java.nio.file.Files.writeString(dir.resolve("wrong.pw"), "nope1234").toString());
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err().trim()).isEqualTo("用户名或密码不对（再错 4 次将暂时锁定）。");
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            assertThat(ctx.enterprises().summary().empty()).as("nothing imported").isTrue();
        }
        Run ok = run("list", "import", good().toString(), "--data-dir", data.toString());
        assertThat(ok.exit()).isZero();
    }

    @Test
    void importOfAWorkbookWithProblemsStoresNothingAndExitsOne() throws Exception {
        Path data = dir.resolve("data");
        Run r = run("list", "import", bad().toString(), "--data-dir", data.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines()).hasSize(6).last().isEqualTo("2 rows, 4 problems, 2 enterprises, 2 lines");
        assertThat(r.err().trim()).isEqualTo("工作簿存在问题，未导入任何数据。");
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            assertThat(ctx.enterprises().summary().empty()).isTrue();
        }
        assertThat(data.resolve("backups")).doesNotExist();
    }

    @Test
    void exportWritesTheWholeListThatValidatesAndImportsBackUnchanged() throws Exception {
        Path data = dir.resolve("data");
        run("list", "import", good().toString(), "--data-dir", data.toString());
        Path out = dir.resolve("export.xlsx");
        Run r = run("list", "export", out.toString(), "--data-dir", data.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().trim()).isEqualTo("2 enterprises, 3 lines written to " + out);
        assertThat(withoutNotes(run("list", "validate", out.toString()).out())).containsExactly("3 rows, 0 problems, 2 enterprises, 3 lines");
        assertThat(run("list", "import", out.toString(), "--replace", "--data-dir", data.toString()).out().lines())
                .contains("enterprises 0 new, 0 changed, 2 unchanged, 0 removed, 0 kept");
    }

    @Test
    void templateWritesTheHeadersAndTheInstructions() throws Exception {
        Path t = dir.resolve("template.xlsx");
        Run r = run("list", "template", t.toString(), "--lang", "en");
        assertThat(r.exit()).isZero();
        assertThat(TestWorkbooks.cells(t, "应急减排清单")).containsExactly(new PoiListWorkbook(cn.hazedesk.infra.data.RegionsCsv.load(), cn.hazedesk.testing.ListWordsForTests.WORDS).headers());
        assertThat(TestWorkbooks.cells(t, "说明").get(0).get(0))
                .isEqualTo("Emergency reduction list: how to fill in this template");
        assertThat(withoutNotes(run("list", "validate", t.toString()).out())).containsExactly("0 rows, 0 problems, 0 enterprises, 0 lines");
    }

    @Test
    void aDataFolderInUseIsReportedAndNothingIsImported() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext holder = AppContext.open(data, CLOCK)) {
            for (String[] args : new String[][]{{"list", "import", good().toString()}, {"list", "export", dir.resolve("x.xlsx").toString()}}) {
                String[] withDir = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                        java.util.stream.Stream.of("--data-dir", data.toString())).toArray(String[]::new);
                Run r = run(withDir);
                assertThat(r.exit()).isEqualTo(2);
                assertThat(r.out()).isEmpty();
                assertThat(r.err().trim()).isEqualTo("数据文件夹 " + data + " 正被另一个 HazeDesk 窗口使用。同一数据文件夹同时只能打开一个 HazeDesk，请切换到已打开的窗口。");
            }
            assertThat(holder.enterprises().summary().empty()).isTrue();
        }
    }

    @Test
    void badListArgumentsGiveTheUsageAndExitTwo() throws Exception {
        for (String[] args : new String[][]{{"list"}, {"list", "frobnicate", "a.xlsx"}, {"list", "validate"},
                {"list", "validate", "a.xlsx", "b.xlsx"}, {"list", "export", "a.xlsx", "--replace"}}) {
            Run r = run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).as(String.join(" ", args)).isEmpty();
            assertThat(r.err()).as(String.join(" ", args)).contains("用法： list validate|import|export|template");
        }
        assertThat(run("--help").out()).contains("list validate|import|export|template");
    }
}
