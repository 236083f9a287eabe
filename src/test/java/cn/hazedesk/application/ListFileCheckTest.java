package cn.hazedesk.application;

import cn.hazedesk.application.port.WorkbookException;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.IndustryCatalog;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.listimport.CheckedList;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.i18n.ListProblemText;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.infra.data.IndustriesCsv;
import cn.hazedesk.infra.data.RegionsCsv;
import cn.hazedesk.infra.excel.PoiListWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static cn.hazedesk.infra.excel.TestWorkbooks.pct;
import static cn.hazedesk.infra.excel.TestWorkbooks.uscc;
import static cn.hazedesk.infra.excel.TestWorkbooks.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading and checking list workbooks (real .xlsx files written by POI), without a database. */
class ListFileCheckTest {
    private static final RegionCatalog REGIONS = RegionsCsv.load();
    private static final IndustryCatalog INDUSTRIES = IndustriesCsv.load();
    private static final List<Object> HEADER = List.of("企业名称", "统一社会信用代码", "所属区县", "行业类别", "绩效等级",
            "生产线名称", "二氧化硫年排放量(吨)", "氮氧化物年排放量(吨)", "黄色预警减排比例", "黄色预警减排措施", "经度", "纬度");

    @TempDir
    Path dir;

    private final ListFileCheck check = new ListFileCheck(new PoiListWorkbook(REGIONS), REGIONS, INDUSTRIES);

    private static List<Object> row(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    private CheckedList check(Path file) {
        return check.check(file, ProgressListener.NONE, CancelToken.NONE);
    }

    /** What `list validate` prints for each problem. */
    private static List<String> lines(CheckedList checked, Locale locale) {
        ListProblemText text = new ListProblemText(Messages.forLocale(locale), REGIONS);
        return checked.problems().stream().map(p -> "row " + p.row() + ", " + p.header() + ": " + text.reason(p.problem())).toList();
    }

    @Test
    void everyBadInputIsReportedWithItsRowHeaderAndReason() {
        Path file = write(dir.resolve("bad.xlsx"), List.of(
                HEADER,
                row("甲公司", uscc(1), "大武口区", "焦化", "A", "焦炉1", 10, 20, "30%", "限产30%", 106.38, 39.01),
                row(null, uscc(2), "惠农区", "水泥", null, "熟料线", 1, 2),
                row("乙公司", null, "惠农区", "水泥", null, "熟料线", 1, 2),
                row("丙公司", "91110000600037341N", "平罗县", "焦化", null, "焦炉", 1, 2),
                row("丁公司", "9111000060003IOZSV", "平罗县", "焦化", null, "焦炉", 1, 2),
                row("戊公司", uscc(3), "银川市", "焦化", null, "焦炉", 1, 2),
                row("己公司", uscc(4), "大武口区", "造纸", null, "纸机", 1, 2),
                row("庚公司", uscc(5), "大武口区", "焦化", "E", "焦炉", 1, 2),
                row("辛公司", uscc(6), "大武口区", "焦化", null, "焦炉", "约10吨", 2),
                row("壬公司", uscc(7), "大武口区", "焦化", null, "焦炉", 1, -5),
                row("癸公司", uscc(8), "大武口区", "焦化", null, "焦炉", 1, 2, "150%", "停产"),
                row("子公司", uscc(9), "大武口区", "焦化", null, "焦炉", 1, 2, 1.2, "停产"),
                row("丑公司", uscc(10), "大武口区", "焦化", null, "焦炉", 1, 2, null, null, 200, 39),
                row("寅公司", uscc(11), "大武口区", "焦化", null, "焦炉", 1, 2, null, null, 106, -1),
                row("卯公司", uscc(12), "大武口区", "焦化", null, null, 1, 2),
                row("辰公司", uscc(13), null, null, null, "焦炉", 1, 2),
                row("甲公司二", uscc(1), "大武口区", "焦化", "A", "焦炉2", 1, 2),
                row("甲公司", uscc(1), "大武口区", "焦化", "A", "焦炉1", 1, 2)));

        CheckedList checked = check(file);

        assertThat(lines(checked, Locale.SIMPLIFIED_CHINESE)).containsExactly(
                "row 3, 企业名称: 必填项为空",
                "row 4, 统一社会信用代码: 必填项为空",
                "row 5, 统一社会信用代码: 无效：校验码应为 L，实际为 N",
                "row 6, 统一社会信用代码: 无效：第 14 位的字符“I”不允许使用（不使用 I、O、S、V、Z 和其他符号）",
                "row 7, 所属区县: 未知的区县“银川市”，可填：大武口区、惠农区、平罗县",
                "row 8, 行业类别: 未知的行业类别“造纸”",
                "row 9, 绩效等级: 未知的绩效等级“E”，可填：A+、A、B、B-、C、D、引领性、非引领性、未评级",
                "row 10, 二氧化硫年排放量(吨): “约10吨”不是数字",
                "row 11, 氮氧化物年排放量(吨): 不能为负数（-5）",
                "row 12, 黄色预警减排比例: 减排比例应在 0% 到 100% 之间，实为 150%",
                "row 13, 黄色预警减排比例: 减排比例应在 0% 到 100% 之间，实为 120%",
                "row 14, 经度: 经度 200 超出范围（73.4 到 135.1）",
                "row 15, 纬度: 纬度 -1 超出范围（3.8 到 53.6）",
                "row 16, 生产线名称: 必填项为空",
                "row 17, 所属区县: 必填项为空",
                "row 17, 行业类别: 必填项为空",
                "row 18, 统一社会信用代码: 该统一社会信用代码在第 2 行对应企业“甲公司”，企业名称不一致",
                "row 19, 生产线名称: 生产线“焦炉1”在本企业中重复（第 2 行已有）");
        assertThat(checked.rows()).isEqualTo(18);
        assertThat(checked.clean()).isFalse();
    }

    @Test
    void reasonsAreEnglishWhenAskedFor() {
        Path file = write(dir.resolve("bad-en.xlsx"), List.of(
                HEADER,
                row("甲公司", "91110000600037341N", "大武口", "焦化", null, "焦炉", "n/a", 2, "-10%")));
        assertThat(lines(check(file), Locale.ENGLISH)).containsExactly(
                "row 2, 统一社会信用代码: invalid: check character should be L, is N",
                "row 2, 所属区县: unknown district “大武口”; known: 大武口区, 惠农区, 平罗县",
                "row 2, 二氧化硫年排放量(吨): “n/a” is not a number",
                "row 2, 黄色预警减排比例: the reduction share must lie between 0% and 100%, is -10%");
    }

    @Test
    void theHeaderRowIsFoundBelowTitlesColumnsInAnyOrderUnknownColumnsIgnoredTextNormalised() {
        String wideUscc = fullWidth(uscc(1).toLowerCase(Locale.ROOT));
        Path file = write(dir.resolve("titled.xlsx"), List.of(
                row("石嘴山市重污染天气应急减排清单（2026 年修订）"),
                row("填报单位：石嘴山市生态环境局", null, null, "日期：2026-10-01"),
                row(),
                row("序号", "生产线", "企业名称", "二氧化硫年排放量（吨）", "区县", "统一社会信用代码", "行业", "黄色预警减排比例",
                        "备注", "经度", "绩效分级", "黄色预警减排措施"),
                row(1, "１号焦炉", "　甲焦化有限公司（示例） ", "１２.５", "大武口区", wideUscc, "焦化", pct(0.3), "说明文字", 106.38, "Ａ", "限产 30%"),
                row(),
                row(null, "  ", null, null, null, null, null, null, "只有备注的行"),
                row(2, "2号焦炉", "甲焦化有限公司（示例）", 7, "640202", uscc(1), "焦化", "30 %", null, null, "A级", "限产30%"),
                row(3, "熟料线", "乙水泥有限公司", 0, "平罗县", uscc(2), "水泥", "0.5", null, null, null, "停产")));

        CheckedList checked = check(file);

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.layout().headerRow()).isEqualTo(4);
        assertThat(checked.rows()).isEqualTo(3);
        assertThat(checked.enterprises()).hasSize(2);
        Enterprise first = checked.enterprises().get(0);
        assertThat(first.uscc()).isEqualTo(uscc(1));
        assertThat(first.name()).isEqualTo("甲焦化有限公司（示例）");
        assertThat(first.districtCode()).isEqualTo("640202");
        assertThat(first.grade()).isEqualTo(PerformanceGrade.A);
        assertThat(first.controlType()).as("blank control type of a key industry").isEqualTo(ControlType.KEY_INDUSTRY);
        assertThat(first.lines()).extracting(ProductionLine::name).containsExactly("1号焦炉", "2号焦炉");
        ProductionLine oven1 = first.lines().get(0);
        assertThat(oven1.so2Tonnes()).isEqualByComparingTo("12.5");
        assertThat(oven1.noxTonnes()).as("a blank emission is 0").isEqualByComparingTo("0");
        var yellow = oven1.measure(WarningLevel.YELLOW).orElseThrow();
        assertThat(yellow.fraction()).as("percent-formatted cell").isEqualByComparingTo("0.3");
        assertThat(yellow.type()).as("guessed from the text").isEqualTo(MeasureType.CAP);
        assertThat(yellow.text()).isEqualTo("限产 30%");
        assertThat(first.lines().get(1).measure(WarningLevel.YELLOW).orElseThrow().fraction()).isEqualByComparingTo("0.3");
        assertThat(first.longitude()).isEqualByComparingTo(new BigDecimal("106.38"));

        Enterprise second = checked.enterprises().get(1);
        assertThat(second.districtCode()).isEqualTo("640221");
        assertThat(second.grade()).isEqualTo(PerformanceGrade.UNRATED);
        assertThat(second.lines().get(0).measure(WarningLevel.YELLOW).orElseThrow().fraction()).isEqualByComparingTo("0.5");
        assertThat(second.lines().get(0).measure(WarningLevel.YELLOW).orElseThrow().type()).isEqualTo(MeasureType.STOP);
    }

    @Test
    void aSheetWithoutTheRequiredColumnsSaysWhichAreMissing() {
        Path file = write(dir.resolve("no-header.xlsx"), List.of(
                row("企业名称", "统一社会信用代码", "所属区县", "备注"),
                row("甲公司", uscc(1), "大武口区", "x")));
        CheckedList checked = check(file);
        assertThat(lines(checked, Locale.SIMPLIFIED_CHINESE)).containsExactly(
                "row 1, 行业类别: 表头行中缺少这一必填列",
                "row 1, 生产线名称: 表头行中缺少这一必填列");
        assertThat(checked.rows()).isZero();
    }

    @Test
    void theListMayBeOnALaterSheet() {
        Path file = dir.resolve("second-sheet.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            wb.createSheet("封面").createRow(0).createCell(0).setCellValue("2026 年应急减排清单");
            var sheet = wb.createSheet("清单");
            var h = sheet.createRow(0);
            List<String> headers = List.of("企业名称", "统一社会信用代码", "所属区县", "行业类别", "生产线名称");
            for (int i = 0; i < headers.size(); i++) {
                h.createCell(i).setCellValue(headers.get(i));
            }
            var r = sheet.createRow(1);
            List<String> values = List.of("甲公司", uscc(1), "惠农区", "电石", "电石炉");
            for (int i = 0; i < values.size(); i++) {
                r.createCell(i).setCellValue(values.get(i));
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CheckedList checked = check(file);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.layout().sheetName()).isEqualTo("清单");
        assertThat(checked.enterprises().get(0).controlType()).as("电石 is no key industry").isEqualTo(ControlType.GENERAL);
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedNamingTheFile() throws Exception {
        Path text = Files.writeString(dir.resolve("list.xlsx"), "企业名称,统一社会信用代码\n");
        assertThatThrownBy(() -> check(text)).isInstanceOf(WorkbookException.class)
                .satisfies(e -> assertThat(((WorkbookException) e).file()).isEqualTo(text));
        assertThatThrownBy(() -> check(dir.resolve("missing.xlsx"))).isInstanceOf(WorkbookException.class);
    }

    @Test
    void aCancelledReadStops() {
        Path file = write(dir.resolve("ok.xlsx"), List.of(HEADER, row("甲公司", uscc(1), "大武口区", "焦化", "A", "焦炉1")));
        CancelToken.Flag cancel = CancelToken.flag();
        cancel.cancel();
        assertThatThrownBy(() -> check.check(file, ProgressListener.NONE, cancel)).isInstanceOf(CancelledException.class);
    }

    static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c > 0x20 && c < 0x7F ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }
}
