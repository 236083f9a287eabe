package cn.hazedesk.app.cli;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.reduction.SmallList;
import cn.hazedesk.domain.uscc.Uscc;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code permits import|check} on a real data folder and real files: a register exported as .xlsx (a title row above
 * the header) and as .csv; the list cross-checked against it; a register with bad rows is named row by row and not
 * imported.
 */
class PermitsCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    /** A valid code: the 17 characters given and their check character. */
    static String code(String first17) {
        return first17 + Uscc.checkCharacter(first17);
    }

    static final String A = code("91640202MA0000001");
    static final String B = code("91640205MA0000002");
    static final String C = code("91640221MA0000003");
    static final String C2 = code("91640221MA0000004");
    static final String D = code("91640202MA0000005");
    static final String E = code("91640202MA0000006");

    private static Enterprise firm(String uscc, String name, String permit) {
        Enterprise e = SmallList.firm(uscc, name, uscc.substring(2, 8), "水泥", PerformanceGrade.B, ControlType.KEY_INDUSTRY,
                SmallList.line("10", "10", "10", "0"));
        return new Enterprise(e.uscc(), e.name(), e.districtCode(), e.industry(), e.grade(), e.controlType(), null, null,
                null, null, null, permit, "重点管理", false, null, null, e.lines());
    }

    /** The city list maintainer's {@code --user … --password-file …}: importing the register changes data. */
    private String[] maintainer;

    private Path data() throws Exception {
        Path data = dir.resolve("data");
        maintainer = CliTest.maintainer(data);
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            ctx.transactions().inTransaction(() -> ctx.enterprises().insertAll(List.of(
                    firm(A, "甲水泥（测试）", A + "001P"),
                    firm(B, "乙水泥（测试）", B + "009X"),
                    firm(C, "丙水泥（测试）", C + "001P"),
                    firm(E, "戊水泥（测试）", null)), false));
        }
        return data;
    }

    /** {@code permits import FILE} into {@code data}, signed in as its list maintainer. */
    private CliTest.Run importing(Path file, Path data) throws Exception {
        java.util.List<String> args = new java.util.ArrayList<>(List.of("permits", "import", file.toString(),
                "--data-dir", data.toString()));
        args.addAll(List.of(maintainer));
        return CliTest.run(CLOCK, args.toArray(String[]::new));
    }

    private Path xlsx(String name, String[]... rows) throws Exception {
        Path f = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("排污许可");
            Row title = s.createRow(0);
            title.createCell(0).setCellValue("石嘴山市排污许可证发放情况（2026年12月）");
            Row header = s.createRow(1);
            String[] h = {"序号", "单位名称", "统一社会信用代码", "许可证编号", "管理类别"};
            for (int i = 0; i < h.length; i++) {
                header.createCell(i).setCellValue(h[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 2);
                row.createCell(0).setCellValue(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    row.createCell(i + 1).setCellValue(rows[r][i]);
                }
            }
            wb.write(out);
        }
        return f;
    }

    @Test
    void theRegisterIsImportedAndTheListCheckedAgainstIt() throws Exception {
        Path data = data();
        Path file = xlsx("排污许可名录.xlsx",
                new String[]{"甲水泥（测试）", A, A + "001P", "重点管理"},
                new String[]{"乙水泥（测试）", B, B + "001P", "重点管理"},
                new String[]{"丙水泥有限公司", C2, C + "001P", "简化管理"},
                new String[]{"丁化工（测试）", "  " + D.toLowerCase(), D + "001U", "登记管理"});
        CliTest.Run r = importing(file, data);
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).as("findings").isEqualTo(1);
        assertThat(r.out().lines()).containsExactly(
                "已导入排污许可名录 4 条（" + file.toAbsolutePath() + "）。",
                "名录中有、清单中无：丁化工（测试）（统一社会信用代码 " + D + "，许可证编号 " + D + "001U，登记管理）",
                "许可证编号不一致：乙水泥（测试）（" + B + "）清单为 " + B + "009X，名录为 " + B + "001P",
                "统一社会信用代码不一致：丙水泥（测试）（许可证编号 " + C + "001P）清单为 " + C + "，名录为 " + C2 + "（丙水泥有限公司）",
                "名录 4 条，清单 4 家：名录中有而清单中无 1 家，许可证编号不一致 1 家，统一社会信用代码不一致 1 家。");
        // check again later, in English
        CliTest.Run again = CliTest.run(CLOCK, "permits", "check", "--data-dir", data.toString(), "--lang", "en");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.out().lines()).last().asString().startsWith("register 4 entries, list 4 enterprises");
    }

    @Test
    void aCsvRegisterThatMatchesTheListGivesNothingToReport() throws Exception {
        Path data = data();
        Path csv = Files.writeString(dir.resolve("register.csv"), "\uFEFF许可证编号,单位名称,统一社会信用代码,管理类别\n"
                + A + "001P,甲水泥（测试）," + A + ",重点管理\n"
                + B + "009X,乙水泥（测试）," + B + ",重点管理\n"
                + "\n"
                + C + "001P,丙水泥（测试）," + C + ",简化管理\n");
        CliTest.Run r = importing(csv, data);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines()).last().asString().isEqualTo(
                "名录 3 条，清单 4 家：名录中有而清单中无 0 家，许可证编号不一致 0 家，统一社会信用代码不一致 0 家。");
    }

    @Test
    void aRegisterWithBadRowsNamesEachAndImportsNothing() throws Exception {
        Path data = data();
        char wrong = B.charAt(17) == '0' ? '1' : '0';
        String badCode = B.substring(0, 17) + wrong;
        Path bad = xlsx("bad.xlsx",
                new String[]{"甲水泥（测试）", A, A + "001P", "重点管理"},
                new String[]{"乙水泥（测试）", badCode, "", "重点管理"},
                new String[]{"丙水泥（测试）", C, A + "001P", "简化管理"});
        CliTest.Run r = importing(bad, data);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly(
                "第 4 行，许可证编号：未填写",
                "第 4 行，统一社会信用代码：“" + badCode + "”不是有效的统一社会信用代码："
                        + cn.hazedesk.i18n.Messages.forLocale(cn.hazedesk.i18n.Messages.CHINESE).get("uscc.problem.checkDigit",
                        String.valueOf(B.charAt(17)), String.valueOf(wrong)),
                "第 5 行，许可证编号：许可证编号 " + A + "001P 重复出现",
                "共 3 行，3 个问题：名录未导入。");
        // nothing was stored
        CliTest.Run check = CliTest.run(CLOCK, "permits", "check", "--data-dir", data.toString());
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err()).contains("尚未导入排污许可名录");
        // a file without the header row
        Path noHeader = Files.writeString(dir.resolve("x.csv"), "名称,代码\n甲," + A + "\n");
        CliTest.Run h = importing(noHeader, data);
        assertThat(h.exit()).isEqualTo(2);
        assertThat(h.err()).contains("没有同时含“许可证编号”和“统一社会信用代码”的表头行", "名称,代码");
    }

    @Test
    void badArgumentsGiveUsage() throws Exception {
        for (String[] args : new String[][]{{"permits"}, {"permits", "import"}, {"permits", "check", "x"}, {"permits", "list"}}) {
            CliTest.Run r = CliTest.run(CLOCK, args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).contains("permits import");
        }
    }
}
