package cn.hazedesk.application;

import cn.hazedesk.application.port.WorkbookException;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.IndustryCatalog;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.listimport.CheckNote;
import cn.hazedesk.domain.listimport.CheckedList;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.i18n.ListProblemText;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.infra.data.IndustriesCsv;
import cn.hazedesk.infra.data.ListReadingCsv;
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
            "生产线名称", "二氧化硫年排放量(吨)", "氮氧化物年排放量(吨)", "颗粒物年排放量(吨)", "挥发性有机物年排放量(吨)",
            "黄色预警减排比例", "黄色预警减排措施", "橙色预警减排措施", "红色预警减排措施", "经度", "纬度");

    @TempDir
    Path dir;

    private final ListFileCheck check = new ListFileCheck(new PoiListWorkbook(REGIONS, cn.hazedesk.infra.data.ListReadingCsv.vocabulary(null)),
            ListReadingCsv.parser(REGIONS, INDUSTRIES, null));

    private static List<Object> row(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    private CheckedList check(Path file) {
        return check.check(file, ProgressListener.NONE, CancelToken.NONE);
    }

    /** What `list validate` prints for each problem. */
    static List<String> lines(CheckedList checked, Locale locale) {
        ListProblemText text = new ListProblemText(Messages.forLocale(locale), REGIONS);
        return checked.problems().stream().map(p -> "row " + p.row() + ", " + p.header() + ": " + text.reason(p.problem())).toList();
    }

    static List<String> notes(CheckedList checked, Locale locale) {
        ListProblemText text = new ListProblemText(Messages.forLocale(locale), REGIONS);
        return checked.notes().stream().map(n -> text.note(n, checked.severalSheets())).toList();
    }

    @Test
    void everyBadInputIsReportedWithItsRowHeaderAndReason() {
        Path file = write(dir.resolve("bad.xlsx"), List.of(
                HEADER,
                row("甲公司", uscc(1), "大武口区", "焦化", "A", "焦炉1", 10, 20, 3, 4, "30%", "限产30%", "停产", "停产", 106.38, 39.01),
                row(null, uscc(2), "惠农区", "水泥", null, "熟料线", 1, 2, 3, 4),
                row("乙公司", null, "惠农区", "水泥", null, "熟料线", 1, 2, 3, 4),
                row("丙公司", "91110000600037341N", "平罗县", "焦化", null, "焦炉", 1, 2, 3, 4),
                row("丁公司", "9111000060003IOZSV", "平罗县", "焦化", null, "焦炉", 1, 2, 3, 4),
                row("戊公司", uscc(3), "银川市", "焦化", null, "焦炉", 1, 2, 3, 4),
                row("己公司", uscc(4), "大武口区", "造纸", null, "纸机", 1, 2, 3, 4),
                row("庚公司", uscc(5), "大武口区", "焦化", "E", "焦炉", 1, 2, 3, 4),
                row("辛公司", uscc(6), "大武口区", "焦化", null, "焦炉", "约10吨", 2, 3, 4),
                row("壬公司", uscc(7), "大武口区", "焦化", null, "焦炉", 1, -5, 3, 4),
                row("癸公司", uscc(8), "大武口区", "焦化", null, "焦炉", 1, 2, 3, 4, "150%", "停产"),
                row("子公司", uscc(9), "大武口区", "焦化", null, "焦炉", 1, 2, 3, 4, 120, "停产"),
                row("丑公司", uscc(10), "大武口区", "焦化", null, "焦炉", 1, 2, 3, 4, null, null, null, null, 200, 39),
                row("寅公司", uscc(11), "大武口区", "焦化", null, "焦炉", 1, 2, 3, 4, null, null, null, null, 106, -1),
                row("卯公司", uscc(12), "大武口区", "焦化", null, null, 1, 2, 3, 4),
                row("辰公司", uscc(13), null, null, null, "焦炉", 1, 2, 3, 4),
                row("甲公司二", uscc(1), "大武口区", "焦化", "A", "焦炉2", 1, 2, 3, 4),
                row("甲公司", uscc(1), "大武口区", "焦化", "A", "焦炉1", 1, 2, 3, 4),
                row("巳公司", uscc(14), "大武口区", "焦化", null, "焦炉", null, 2, 3, 4),
                row("午公司", uscc(15), "大武口区", "焦化", null, "焦炉", 1, 2, 3, 4, null, "加强管理"),
                row("未公司", uscc(16), "大武口区", "焦化", null, "焦炉", 1, 2, 3, 4, "20%", "限产30%"),
                row("申公司", uscc(17), "大武口区", "焦化", null, "焦炉", 250000, 2, 3, 4)));

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
                "row 19, 生产线名称: 生产线“焦炉1”在本企业中重复（第 2 行已有）",
                "row 20, 二氧化硫年排放量(吨): 必填项为空",
                "row 21, 黄色预警减排比例: 无法从措施“加强管理”读出减排比例：请在减排比例列填写，或写成规则能读的形式（如“限产30%”“停产”）",
                "row 22, 黄色预警减排比例: 减排比例 20% 与措施“限产30%”所写的 30% 不一致",
                "row 23, 二氧化硫年排放量(吨): 数值 250000 超出合理范围（每条生产线不超过 20000）：请检查单位（吨还是千克）和小数点");
        assertThat(checked.rows()).isEqualTo(22);
        assertThat(checked.clean()).isFalse();
    }

    @Test
    void reasonsAreEnglishWhenAskedFor() {
        Path file = write(dir.resolve("bad-en.xlsx"), List.of(
                HEADER,
                row("甲公司", "91110000600037341N", "银川", "焦化", null, "焦炉", "n/a", 2, 3, 4, "-10%")));
        assertThat(lines(check(file), Locale.ENGLISH)).containsExactly(
                "row 2, 统一社会信用代码: invalid: check character should be L, is N",
                "row 2, 所属区县: unknown district “银川”; known: 大武口区, 惠农区, 平罗县",
                "row 2, 二氧化硫年排放量(吨): “n/a” is not a number",
                "row 2, 黄色预警减排比例: the reduction share must lie between 0% and 100%, is -10%");
    }

    @Test
    void theHeaderRowIsFoundBelowTitlesColumnsInAnyOrderUnknownColumnsSaidTextNormalised() {
        String wideUscc = fullWidth(uscc(1).toLowerCase(Locale.ROOT));
        Path file = write(dir.resolve("titled.xlsx"), List.of(
                row("石嘴山市重污染天气应急减排清单（2026 年修订）"),
                row("填报单位：石嘴山市生态环境局", null, null, "日期：2026-10-01"),
                row(),
                row("序号", "生产线", "企业名称", "二氧化硫年排放量（吨）", "区县", "统一社会信用代码", "行业", "黄色预警减排比例",
                        "备注", "经度", "绩效分级", "黄色预警减排措施", "NOx排放量(t/a)", "颗粒物排放量(吨)", "VOCs年排放量",
                        "橙色预警减排措施", "红色预警减排措施"),
                row(1, "１号焦炉", "　甲焦化有限公司（示例） ", "１２.５", "大武口区", wideUscc, "焦化", pct(0.3), "说明文字", 106.38,
                        "Ａ", "限产 30%", "/", 1, 0, "限产50%", "停产"),
                row(),
                row(null, "  ", null, null, null, null, null, null, "只有备注的行"),
                row(2, "2号焦炉", "甲焦化有限公司（示例）", 7, "640202", uscc(1), "焦化", "30 %", null, null, "A级", "限产30%",
                        "1,234.5", 2, 0, "限产50%", "停产"),
                row(3, "熟料线", "乙水泥有限公司", 0, "平罗", uscc(2), "水泥", "0.5", null, null, null, "50%生产线停产", 1, 2, 3,
                        "停产，停止公路运输", "停产")));

        CheckedList checked = check(file);

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.layouts().get(0).headerFirstRow()).isEqualTo(4);
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
        assertThat(oven1.noxTonnes()).as("/ means no emission").isEqualByComparingTo("0");
        assertThat(first.lines().get(1).noxTonnes()).as("thousands separator").isEqualByComparingTo("1234.5");
        var yellow = oven1.measure(WarningLevel.YELLOW).orElseThrow();
        assertThat(yellow.fraction()).as("percent-formatted cell").isEqualByComparingTo("0.3");
        assertThat(yellow.type()).as("read from the text").isEqualTo(MeasureType.CAP);
        assertThat(yellow.text()).isEqualTo("限产 30%");
        assertThat(oven1.measure(WarningLevel.ORANGE).orElseThrow().fraction()).as("derived from 限产50%").isEqualByComparingTo("0.5");
        assertThat(oven1.measure(WarningLevel.RED).orElseThrow().fraction()).as("derived from 停产").isEqualByComparingTo("1");
        assertThat(first.lines().get(1).measure(WarningLevel.YELLOW).orElseThrow().fraction()).isEqualByComparingTo("0.3");
        assertThat(first.longitude()).isEqualByComparingTo(new BigDecimal("106.38"));

        Enterprise second = checked.enterprises().get(1);
        assertThat(second.districtCode()).as("平罗 without 县").isEqualTo("640221");
        assertThat(second.grade()).isEqualTo(PerformanceGrade.UNRATED);
        var clinker = second.lines().get(0);
        assertThat(clinker.measure(WarningLevel.YELLOW).orElseThrow().fraction()).isEqualByComparingTo("0.5");
        assertThat(clinker.measure(WarningLevel.ORANGE).orElseThrow().type()).isEqualTo(MeasureType.STOP);
        assertThat(clinker.measure(WarningLevel.ORANGE).orElseThrow().transport().name()).isEqualTo("NO_ROAD_TRANSPORT");

        assertThat(notes(checked, Locale.SIMPLIFIED_CHINESE)).contains(
                "未读取 A 列“序号”：清单不保存此项",
                "未读取 I 列“备注”：清单不保存此项",
                "“VOCs年排放量”没有写单位，按吨/年读入",
                "第 7 行不是企业行，已跳过：“只有备注的行”",
                "1 个排放量单元格写作“/”“无”等，按 0 读入",
                "1 项措施从文字读出了运输管控要求");
        assertThat(checked.notes()).anySatisfy(n -> assertThat(n.kind()).isEqualTo(CheckNote.Kind.MEASURES_DERIVED));
    }

    @Test
    void aHeaderRepeatedOnEveryPrintedPageAndItsNumberingRowAreSkippedAndSaid() {
        List<Object> numbers = new ArrayList<>();
        for (int i = 1; i <= HEADER.size(); i++) {
            numbers.add(i);
        }
        Path file = write(dir.resolve("printed.xlsx"), List.of(
                HEADER,
                numbers,
                row("甲公司", uscc(1), "大武口区", "焦化", "A", "焦炉1", 1, 2, 3, 4, null, "限产10%", "限产20%", "停产"),
                HEADER,
                numbers,
                row("乙公司", uscc(2), "惠农区", "焦化", "A", "焦炉1", 1, 2, 3, 4, null, "限产10%", "限产20%", "停产")));
        CheckedList checked = check(file);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.enterprises()).hasSize(2);
        assertThat(notes(checked, Locale.SIMPLIFIED_CHINESE)).contains("第 4 行重复了表头（或表头下的编号行），已跳过",
                "第 5 行重复了表头（或表头下的编号行），已跳过");
    }

    @Test
    void aSheetWithoutTheEmissionOrMeasureColumnsIsRefusedNamingWhatIsMissing() {
        Path file = write(dir.resolve("no-emissions.xlsx"), List.of(
                row("序号", "企业名称", "统一社会信用代码", "所属区县", "行业类别", "生产线名称", "二氧化硫年排放量(吨)", "备注"),
                row(1, "甲公司", uscc(1), "大武口区", "焦化", "焦炉", 1, "x")));
        CheckedList checked = check(file);
        assertThat(lines(checked, Locale.SIMPLIFIED_CHINESE)).containsExactly(
                "row 1, 氮氧化物年排放量(吨): 表头行中缺少这一必填列",
                "row 1, 颗粒物年排放量(吨): 表头行中缺少这一必填列",
                "row 1, 挥发性有机物年排放量(吨): 表头行中缺少这一必填列",
                "row 1, 黄色预警减排措施: 缺少此预警级别的措施列（减排措施、减排比例、措施类型至少要有一列）",
                "row 1, 橙色预警减排措施: 缺少此预警级别的措施列（减排措施、减排比例、措施类型至少要有一列）",
                "row 1, 红色预警减排措施: 缺少此预警级别的措施列（减排措施、减排比例、措施类型至少要有一列）");
        assertThat(checked.rows()).isZero();
        assertThat(checked.enterprises()).isEmpty();
    }

    @Test
    void aWorkbookWithoutAnyListHeaderIsOneProblemNamingItsSheets() {
        Path file = write(dir.resolve("no-list.xlsx"), "说明", List.of(row("这不是清单"), row("只是说明文字", "第二列")));
        CheckedList checked = check(file);
        assertThat(lines(checked, Locale.SIMPLIFIED_CHINESE)).singleElement().asString()
                .contains("工作表（说明）的前 30 行中没有清单表头");
    }

    @Test
    void everySheetHoldingAListIsReadAndAnotherSheetIsSaid() {
        Path file = dir.resolve("two-sheets.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            wb.createSheet("封面").createRow(0).createCell(0).setCellValue("2026 年应急减排清单");
            for (String district : List.of("大武口区", "惠农区")) {
                var sheet = wb.createSheet(district);
                List<String> headers = List.of("企业名称", "统一社会信用代码", "行业类别", "生产线名称", "二氧化硫年排放量(吨)",
                        "氮氧化物年排放量(吨)", "颗粒物年排放量(吨)", "挥发性有机物年排放量(吨)", "黄色预警减排措施",
                        "橙色预警减排措施", "红色预警减排措施");
                var h = sheet.createRow(0);
                for (int i = 0; i < headers.size(); i++) {
                    h.createCell(i).setCellValue(headers.get(i));
                }
                var r = sheet.createRow(1);
                List<Object> values = List.of(district + "电石厂", uscc(district.equals("惠农区") ? 2 : 1), "电石", "电石炉",
                        1.5, 2.5, 3.5, 0.5, "停运30%电石炉", "停运50%电石炉", "停产");
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) instanceof Number n) {
                        r.createCell(i).setCellValue(n.doubleValue());
                    } else {
                        r.createCell(i).setCellValue(values.get(i).toString());
                    }
                }
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CheckedList checked = check(file);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.enterprises()).extracting(Enterprise::districtCode).containsExactly("640202", "640205");
        assertThat(checked.enterprises().get(0).controlType()).as("电石 is no key industry").isEqualTo(ControlType.GENERAL);
        assertThat(checked.enterprises().get(1).lines().get(0).measure(WarningLevel.ORANGE).orElseThrow().fraction())
                .isEqualByComparingTo("0.5");
        assertThat(notes(checked, Locale.SIMPLIFIED_CHINESE)).contains("工作表“封面”中没有清单表头，未读取",
                "工作表“大武口区”：没有区县列：按工作表名记为大武口区", "工作表“惠农区”：没有区县列：按工作表名记为惠农区");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedSayingWhatItIs() throws Exception {
        Path text = Files.writeString(dir.resolve("list.xlsx"), "企业名称,统一社会信用代码\n");
        assertThatThrownBy(() -> check(text)).isInstanceOf(WorkbookException.class)
                .satisfies(e -> {
                    assertThat(((WorkbookException) e).file()).isEqualTo(text);
                    assertThat(((WorkbookException) e).kind()).isEqualTo(WorkbookException.Kind.TEXT);
                });
        assertThatThrownBy(() -> check(dir.resolve("missing.xlsx"))).isInstanceOf(WorkbookException.class)
                .satisfies(e -> assertThat(((WorkbookException) e).kind()).isEqualTo(WorkbookException.Kind.NOT_FOUND));
    }

    @Test
    void aCancelledReadStops() {
        Path file = write(dir.resolve("ok.xlsx"), List.of(HEADER, row("甲公司", uscc(1), "大武口区", "焦化", "A", "焦炉1", 1, 2, 3, 4)));
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
