package cn.hazedesk.application;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.TransportRule;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.listimport.CheckNote;
import cn.hazedesk.domain.listimport.CheckedList;
import cn.hazedesk.domain.listimport.ImportMode;
import cn.hazedesk.infra.excel.SheetBuilder;
import cn.hazedesk.infra.excel.SheetBuilder.Formula;
import cn.hazedesk.infra.excel.SheetBuilder.Pct;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cn.hazedesk.infra.excel.TestWorkbooks.uscc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workbooks laid out as bureaus publish their lists, each read into a real H2 data folder: every number the sheet
 * holds is the number stored, every column not read is said, and {@code list export} of the result imports back
 * unchanged.
 * <ul>
 *   <li>A: a city list — merged title, a two-row header with 主要污染物年排放量（吨） over SO2 / NOx / 颗粒物 / VOCs and
 *   黄色 / 橙色 / 红色预警 each over 减排措施 / 减排比例, 序号 and 备注 columns, the enterprise's cells merged down over
 *   its lines, measures partly as text only, a 合计 row with SUM formulas and a note row at the bottom;</li>
 *   <li>B: a county list as provinces collect them — one header row, red first, emissions in kilograms (a units row),
 *   per-level reduction amounts (not read), grade cells such as 长期停产 and 民生豁免-B, numbers typed as text;</li>
 *   <li>C: a sectioned list — a three-row header (应急减排措施 / 黄色预警 / 措施 · 比例(%)), no district column but
 *   section rows 一、大武口区 …, shares as plain percents.</li>
 * </ul>
 */
class RealWorkbookLayoutsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    /** What a line must hold after import: emissions in t/a, then per level type, share (null: none), transport. */
    record L(String name, String so2, String nox, String pm, String vocs, Map<WarningLevel, M> measures) {
    }

    record M(MeasureType type, String share, TransportRule transport) {
    }

    record E(String uscc, String name, String district, String industry, PerformanceGrade grade, ControlType control,
             List<L> lines) {
    }

    private static Map<WarningLevel, M> m(M yellow, M orange, M red) {
        return Map.of(WarningLevel.YELLOW, yellow, WarningLevel.ORANGE, orange, WarningLevel.RED, red);
    }

    private static M cap(String share) {
        return new M(MeasureType.CAP, share, TransportRule.NONE);
    }

    private static final M STOP = new M(MeasureType.STOP, "1", TransportRule.NONE);

    private CheckedList check(AppContext ctx, Path file) {
        return ctx.listFileCheck().check(file, ProgressListener.NONE, CancelToken.NONE);
    }

    /** Imports, compares with {@code expected}, exports, imports the export back: nothing changes. */
    private void roundTrip(Path workbook, List<E> expected, String folder) {
        try (AppContext ctx = AppContext.open(dir.resolve(folder), CLOCK)) {
            ctx.sampleData().removeSample(cn.hazedesk.testing.Actors.all("tester"));
            ImportPlan plan = ctx.listImport().read(workbook, ProgressListener.NONE, CancelToken.NONE);
            assertThat(plan.problems()).as("problems").isEmpty();
            ctx.listImport().commit(plan, ImportMode.MERGE, cn.hazedesk.testing.Actors.all("tester"), ProgressListener.NONE, CancelToken.NONE);
            Map<String, Enterprise> stored = ctx.enterprises().loadAll().stream().map(StoredEnterprise::enterprise)
                    .collect(Collectors.toMap(Enterprise::uscc, Function.identity()));
            assertThat(stored).hasSize(expected.size());
            for (E e : expected) {
                assertStored(stored.get(e.uscc()), e);
            }

            Path export = dir.resolve(folder + "-export.xlsx");
            ctx.listExport().exportAll(export, ProgressListener.NONE);
            ImportPlan back = ctx.listImport().read(export, ProgressListener.NONE, CancelToken.NONE);
            assertThat(back.problems()).isEmpty();
            assertThat(back.preview(ImportMode.REPLACE).noChange()).as("the export imports back unchanged").isTrue();
            assertThat(back.checked().enterprises()).usingRecursiveComparison()
                    .ignoringCollectionOrder().isEqualTo(stored.values().stream()
                            .sorted(Comparator.comparing(Enterprise::uscc)).toList());
        }
    }

    private static void assertStored(Enterprise actual, E e) {
        assertThat(actual).as(e.name()).isNotNull();
        assertThat(actual.name()).isEqualTo(e.name());
        assertThat(actual.districtCode()).as(e.name() + " district").isEqualTo(e.district());
        assertThat(actual.industry()).as(e.name() + " industry").isEqualTo(e.industry());
        assertThat(actual.grade()).as(e.name() + " grade").isEqualTo(e.grade());
        assertThat(actual.controlType()).as(e.name() + " control type").isEqualTo(e.control());
        assertThat(actual.lines()).extracting(ProductionLine::name).as(e.name() + " lines")
                .containsExactlyElementsOf(e.lines().stream().map(L::name).toList());
        for (L l : e.lines()) {
            ProductionLine line = actual.line(l.name()).orElseThrow();
            String where = e.name() + " / " + l.name();
            assertThat(line.so2Tonnes()).as(where + " SO2").isEqualByComparingTo(l.so2());
            assertThat(line.noxTonnes()).as(where + " NOx").isEqualByComparingTo(l.nox());
            assertThat(line.pmTonnes()).as(where + " PM").isEqualByComparingTo(l.pm());
            assertThat(line.vocsTonnes()).as(where + " VOCs").isEqualByComparingTo(l.vocs());
            for (WarningLevel level : WarningLevel.values()) {
                M want = l.measures().get(level);
                LevelMeasure got = line.measure(level).orElseThrow(() -> new AssertionError(where + " has no " + level));
                assertThat(got.type()).as(where + " " + level + " type").isEqualTo(want.type());
                assertThat(got.fraction()).as(where + " " + level + " share").isNotNull()
                        .isEqualByComparingTo(new BigDecimal(want.share()));
                assertThat(got.transport()).as(where + " " + level + " transport").isEqualTo(want.transport());
            }
        }
    }

    private static List<String> notes(AppContext ctx, CheckedList checked) {
        var text = new cn.hazedesk.i18n.ListProblemText(cn.hazedesk.i18n.Messages.forLocale(Locale.SIMPLIFIED_CHINESE), ctx.regions());
        return checked.notes().stream().map(n -> text.note(n, checked.severalSheets())).toList();
    }

    // ------------------------------------------------------------------ A: the city's published list

    private static final List<E> CITY = List.of(
            new E(uscc(1), "甲焦化有限公司", "640205", "焦化", PerformanceGrade.B, ControlType.KEY_INDUSTRY, List.of(
                    new L("1号焦炉", "12.5", "30.25", "5.125", "2", m(new M(MeasureType.EXTEND_COKING, "0.1", TransportRule.NONE),
                            new M(MeasureType.EXTEND_COKING, "0.2", TransportRule.NONE), new M(MeasureType.EXTEND_COKING, "0.3", TransportRule.NONE))),
                    new L("2号焦炉", "11.75", "28", "4.5", "1.875", m(new M(MeasureType.EXTEND_COKING, "0.1", TransportRule.NONE),
                            new M(MeasureType.EXTEND_COKING, "0.2", TransportRule.NONE), new M(MeasureType.EXTEND_COKING, "0.3", TransportRule.NONE))))),
            new E(uscc(2), "乙水泥有限公司", "640221", "水泥", PerformanceGrade.B, ControlType.KEY_INDUSTRY, List.of(
                    new L("熟料生产线", "50.31", "398.09", "103.47", "3.6", m(
                            new M(MeasureType.TRANSPORT, "0", TransportRule.NO_CHINA_IV_OR_OLDER),
                            new M(MeasureType.CAP, "0.2", TransportRule.NO_CHINA_IV_OR_OLDER),
                            new M(MeasureType.STOP, "1", TransportRule.NO_CHINA_IV_OR_OLDER))))),
            new E(uscc(3), "丙电石有限公司", "640205", "电石", PerformanceGrade.UNRATED, ControlType.GENERAL, List.of(
                    new L("1号电石炉", "8", "6.4", "12.8", "0", m(cap("0.2"), cap("0.3"), STOP)),
                    new L("2号电石炉", "8", "6.4", "12.8", "0", m(cap("0.2"), cap("0.3"), STOP)))));

    private Path cityList() {
        try (SheetBuilder b = new SheetBuilder()) {
            b.sheet("工业源").row(1, "石嘴山市2026年重污染天气应急减排清单（工业源）").merge("A1:R1")
                    .row(2, "序号", "区县", "企业名称", "统一社会信用代码", "行业类别", "绩效分级", "生产线/工序",
                            "主要污染物年排放量（吨）", null, null, null, "黄色预警", null, "橙色预警", null, "红色预警", null, "备注")
                    .row(3, null, null, null, null, null, null, null, "SO2", "NOx", "颗粒物", "VOCs",
                            "减排措施", "减排比例", "减排措施", "减排比例", "减排措施", "减排比例")
                    .merge("A2:A3").merge("B2:B3").merge("C2:C3").merge("D2:D3").merge("E2:E3").merge("F2:F3").merge("G2:G3")
                    .merge("H2:K2").merge("L2:M2").merge("N2:O2").merge("P2:Q2").merge("R2:R3")
                    // an enterprise's own cells merged down over its two lines
                    .row(4, 1, "惠农区", "甲焦化有限公司", uscc(1), "焦化", "B", "1号焦炉", 12.5, 30.25, 5.125, 2.0,
                            "结焦时间延长至28小时", new Pct(0.1), "结焦时间延长至32小时", "20%", "结焦时间延长至36小时", 0.3, "")
                    .row(5, null, null, null, null, null, null, "2号焦炉", 11.75, 28, 4.5, 1.875,
                            "结焦时间延长至28小时", new Pct(0.1), "结焦时间延长至32小时", "20%", "结焦时间延长至36小时", 0.3)
                    .merge("A4:A5").merge("B4:B5").merge("C4:C5").merge("D4:D5").merge("E4:E5").merge("F4:F5")
                    // measures as text only: the share and the transport rule are read from it
                    .row(6, 2, "平罗县", "乙水泥有限公司", uscc(2), "水泥", "B级", "熟料生产线", 50.31, 398.09, 103.47, 3.6,
                            "停止使用国四及以下重型载货车辆运输", null, "限产20%，停止使用国四及以下重型载货车辆运输", null,
                            "停产，停止使用国四及以下重型载货车辆运输", null, "错峰期间已停产")
                    .row(7, 3, "惠农区", "丙电石有限公司", uscc(3), "电石", "未评级", "1号电石炉", 8, 6.4, 12.8, "/",
                            "停运1/5电石炉", null, "停运30%电石炉", null, "停产", null)
                    // the same measure for both lines: merged down
                    .row(8, null, null, null, null, null, null, "2号电石炉", 8, 6.4, 12.8, "/")
                    .merge("A7:A8").merge("B7:B8").merge("C7:C8").merge("D7:D8").merge("E7:E8").merge("F7:F8")
                    .merge("L7:L8").merge("N7:N8").merge("P7:P8")
                    .row(9, "合计", null, null, null, null, null, null, new Formula("SUM(H4:H8)", true),
                            new Formula("SUM(I4:I8)", true), new Formula("SUM(J4:J8)", true), new Formula("SUM(K4:K8)", true))
                    .merge("A9:G9")
                    .row(10, "注：本清单按《重污染天气重点行业应急减排措施制定技术指南》编制，减排比例未填的按措施文字计算。").merge("A10:R10");
            return b.write(dir.resolve("city.xlsx"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aCityListWithGroupHeadersMergedCellsTotalsAndTextMeasuresIsReadWhole() {
        Path file = cityList();
        try (AppContext ctx = AppContext.open(dir.resolve("check-a"), CLOCK)) {
            CheckedList checked = check(ctx, file);
            assertThat(checked.problems()).isEmpty();
            assertThat(checked.rows()).isEqualTo(5);
            assertThat(checked.layouts().get(0).headerFirstRow()).isEqualTo(2);
            assertThat(checked.layouts().get(0).headerLastRow()).isEqualTo(3);
            assertThat(checked.layouts().get(0).header(cn.hazedesk.domain.enterprise.ListField.NOX, cn.hazedesk.testing.ListWordsForTests.WORDS.values())).isEqualTo("主要污染物年排放量（吨）/NOx");
            assertThat(notes(ctx, checked)).contains(
                    "未读取 A 列“序号”：清单不保存此项",
                    "未读取 R 列“备注”：清单不保存此项",
                    "第 9 行是合计行（合计），未导入",
                    "2 个排放量单元格写作“/”“无”等，按 0 读入",
                    "3 项措施从文字读出了运输管控要求");
            assertThat(notes(ctx, checked)).anyMatch(n -> n.startsWith("第 10 行不是企业行，已跳过：“注：本清单按"));
            assertThat(notes(ctx, checked)).as("the SUM row matches its rows").noneMatch(n -> n.contains("请核对"));
            assertThat(checked.notes()).anySatisfy(n -> {
                assertThat(n.kind()).isEqualTo(CheckNote.Kind.MEASURES_DERIVED);
                assertThat(n.args()).containsExactly("9", "3");
            });
        }
        roundTrip(file, CITY, "city");
    }

    @Test
    void aTotalThatDoesNotMatchItsRowsIsSaid() {
        try (SheetBuilder b = new SheetBuilder(); AppContext ctx = AppContext.open(dir.resolve("t"), CLOCK)) {
            b.sheet("清单").row(1, "企业名称", "统一社会信用代码", "所属区县", "行业类别", "生产线名称", "二氧化硫年排放量(吨)",
                            "氮氧化物年排放量(吨)", "颗粒物年排放量(吨)", "挥发性有机物年排放量(吨)", "黄色预警减排措施",
                            "橙色预警减排措施", "红色预警减排措施")
                    .row(2, "甲公司", uscc(1), "大武口区", "焦化", "焦炉", 10, 1, 1, 1, "限产10%", "限产20%", "停产")
                    .row(3, "合计", null, null, null, null, 12.5, 1, 1, 1);
            CheckedList checked = check(ctx, b.write(dir.resolve("total.xlsx")));
            assertThat(checked.problems()).isEmpty();
            assertThat(notes(ctx, checked)).contains("第 3 行合计的“二氧化硫年排放量(吨)”为 12.5，上方各行之和为 10，请核对");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The words data/list-vocabulary.csv gives beyond column names: 小计 (kind subtotal) totals the rows since the
     * last 小计 while 合计 totals the sheet; 全厂 (whole_plant) names the line of a sheet without a line column; a unit
     * of tonnes written after the number (t/a, 吨) is dropped; a column in 吨/天 (unit_hint) is not read as tonnes.
     */
    @Test
    void subtotalsWholePlantLinesAndTonnesWrittenInTheCellComeFromTheVocabulary() {
        try (SheetBuilder b = new SheetBuilder(); AppContext ctx = AppContext.open(dir.resolve("v"), CLOCK)) {
            b.sheet("清单").row(1, "企业名称", "统一社会信用代码", "所属区县", "行业类别", "二氧化硫年排放量(吨)",
                            "氮氧化物年排放量(吨)", "颗粒物年排放量(吨)", "挥发性有机物年排放量(吨)", "黄色预警减排措施",
                            "橙色预警减排措施", "红色预警减排措施", "二氧化硫日排放量(吨/天)")
                    .row(2, "甲公司", uscc(1), "大武口区", "焦化", "8 t/a", 1, 1, 1, "限产10%", "限产20%", "停产", 1)
                    .row(3, "乙公司", uscc(2), "大武口区", "焦化", "2吨", 1, 1, 1, "限产10%", "限产20%", "停产", 1)
                    .row(4, "小计", null, null, null, 10, 2, 2, 2)
                    .row(5, "丙公司", uscc(3), "大武口区", "焦化", 5, 1, 1, 1, "限产10%", "限产20%", "停产", 1)
                    .row(6, "小计", null, null, null, 6, 1, 1, 1)
                    .row(7, "合计", null, null, null, 15, 3, 3, 3);
            CheckedList checked = check(ctx, b.write(dir.resolve("vocabulary.xlsx")));
            assertThat(checked.problems()).isEmpty();
            assertThat(checked.enterprises()).hasSize(3).allSatisfy(e ->
                    assertThat(e.lines()).singleElement().satisfies(l -> assertThat(l.name()).isEqualTo("全厂")));
            assertThat(checked.enterprises()).extracting(e -> e.lines().get(0).so2Tonnes())
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("8"), new BigDecimal("2"), new BigDecimal("5"));
            assertThat(checked.notes()).anySatisfy(n -> assertThat(n.kind()).isEqualTo(CheckNote.Kind.LINE_NAME_ADDED));
            assertThat(checked.notes()).anySatisfy(n -> {
                assertThat(n.kind()).isEqualTo(CheckNote.Kind.IGNORED_COLUMN);
                assertThat(n.args().get(0)).isEqualTo("L");
            });
            // only the second 小计 differs: it totals row 5 alone (5, not 6); the first 小计 and the 合计 match
            assertThat(checked.notes()).filteredOn(n -> n.kind() == CheckNote.Kind.TOTAL_MISMATCH).singleElement()
                    .satisfies(n -> {
                        assertThat(n.row()).isEqualTo(6);
                        assertThat(n.args()).containsExactly("二氧化硫年排放量(吨)", "6", "5");
                    });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFormulaWithoutItsCalculatedValueIsAProblemNeverAZero() {
        try (SheetBuilder b = new SheetBuilder(); AppContext ctx = AppContext.open(dir.resolve("f"), CLOCK)) {
            b.sheet("清单").row(1, "企业名称", "统一社会信用代码", "所属区县", "行业类别", "生产线名称", "二氧化硫年排放量(吨)",
                            "氮氧化物年排放量(吨)", "颗粒物年排放量(吨)", "挥发性有机物年排放量(吨)", "黄色预警减排措施",
                            "橙色预警减排措施", "红色预警减排措施", "二氧化硫(千克)")
                    .row(2, "甲公司", uscc(1), "大武口区", "焦化", "焦炉", new Formula("M2/1000", false), 1, 1, 1,
                            "限产10%", "限产20%", "停产", 12000)
                    .row(3, "乙公司", uscc(2), "大武口区", "焦化", "焦炉", new Formula("1/0", true), 1, 1, 1,
                            "限产10%", "限产20%", "停产", 1);
            Path file = b.writeWithoutValues(dir.resolve("formula.xlsx"), java.util.Set.of("M2/1000"));
            CheckedList checked = check(ctx, file);
            assertThat(ListFileCheckTest.lines(checked, Locale.SIMPLIFIED_CHINESE)).containsExactly(
                    "row 2, 二氧化硫年排放量(吨): 公式没有计算结果（文件中没有保存计算值）：请在 Excel 中打开、重新计算并保存后再导入",
                    "row 3, 二氧化硫年排放量(吨): 单元格是 Excel 错误值 #DIV/0!");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ B: a county list as provinces collect them

    private static final List<E> COUNTY = List.of(
            new E(uscc(11), "丁炭素有限公司", "640202", "炭素", PerformanceGrade.C, ControlType.KEY_INDUSTRY, List.of(
                    new L("煅烧炉", "1.2345", "2.5", "0.75", "0.125", m(cap("0.5"), STOP, STOP)),
                    new L("焙烧炉", "1234.5", "0.001", "0", "0.3", m(cap("0.5"), STOP, STOP)))),
            new E(uscc(12), "戊铁合金有限公司", "640202", "铁合金", PerformanceGrade.UNRATED, ControlType.LONG_TERM_SHUTDOWN, List.of(
                    new L("矿热炉", "0", "0", "0", "0", m(STOP, STOP, STOP)))),
            new E(uscc(13), "己热电有限公司", "640205", "其他", PerformanceGrade.B, ControlType.PROTECTED, List.of(
                    new L("供热锅炉", "20", "35.5", "4", "0", m(new M(MeasureType.OTHER, "0", TransportRule.NONE),
                            new M(MeasureType.OTHER, "0", TransportRule.NONE), new M(MeasureType.OTHER, "0", TransportRule.NONE))))));

    private Path countyList() {
        try (SheetBuilder b = new SheetBuilder()) {
            b.sheet("Sheet1")
                    .row(1, "序号", "县（市、区）", "企业名称", "统一社会信用代码", "行业", "绩效等级", "生产线",
                            "SO2排放量", "NOx排放量", "颗粒物排放量", "VOCs排放量",
                            "红色预警期间减排措施", "橙色预警期间减排措施", "黄色预警期间减排措施", "红色预警SO2减排量(吨)")
                    .row(2, null, null, null, null, null, null, null, "千克/年", "千克/年", "千克/年", "千克/年")
                    .row(3, 1, "大武口区", "丁炭素有限公司", uscc(11).toLowerCase(Locale.ROOT), "炭素", "C", "煅烧炉",
                            1234.5, "2,500", "750", "125", "停产", "停产", "限产50%", 0.0034)
                    .row(4, 2, "大武口区", "丁炭素有限公司", uscc(11), "炭素", "Ｃ", "焙烧炉",
                            "1,234,500", 1, 0, 300, "停产", "停产", "限产50%", 3.38)
                    .row(5, 3, "大武口区", "戊铁合金有限公司", uscc(12), "铁合金", "长期停产", "矿热炉",
                            0, 0, 0, 0, "长期停产", "长期停产", "长期停产")
                    .row(6, 4, "惠农区", "己热电有限公司", uscc(13), "其他", "民生豁免-B", "供热锅炉",
                            "２００００", 35500, 4000, "—", "以热定产", "以热定产", "以热定产");
            return b.write(dir.resolve("county.xlsx"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aCountyListWithKilogramsRedFirstAndGradeWordsIsReadWhole() {
        Path file = countyList();
        try (AppContext ctx = AppContext.open(dir.resolve("check-b"), CLOCK)) {
            CheckedList checked = check(ctx, file);
            assertThat(checked.problems()).isEmpty();
            assertThat(notes(ctx, checked)).contains(
                    "未读取 O 列“红色预警SO2减排量(吨)”：减排量、浓度、许可排放量等不导入",
                    "“SO2排放量/千克/年”已换算为吨/年（乘以 0.001）");
        }
        roundTrip(file, COUNTY, "county");
    }

    // ------------------------------------------------------------------ C: sections, a three-row header

    private static final List<E> SECTIONED = List.of(
            new E(uscc(21), "庚活性炭有限公司", "640202", "活性炭", PerformanceGrade.UNRATED, ControlType.GENERAL, List.of(
                    new L("炭化炉", "3.3", "4.4", "5.5", "6.6", m(cap("0.3"), cap("0.5"), STOP)))),
            new E(uscc(22), "辛水泥粉磨有限公司", "640205", "水泥", PerformanceGrade.LEADING, ControlType.KEY_INDUSTRY, List.of(
                    new L("粉磨站", "0", "0", "8.8", "0", m(new M(MeasureType.VOLUNTARY, "0", TransportRule.NONE),
                            new M(MeasureType.VOLUNTARY, "0", TransportRule.NONE), new M(MeasureType.VOLUNTARY, "0", TransportRule.NONE))))),
            new E(uscc(23), "壬焦化有限公司", "640205", "焦化", PerformanceGrade.D, ControlType.KEY_INDUSTRY, List.of(
                    new L("焦炉", "40", "90", "20", "15", m(new M(MeasureType.STOP, "1", TransportRule.NO_ROAD_TRANSPORT),
                            new M(MeasureType.STOP, "1", TransportRule.NO_ROAD_TRANSPORT),
                            new M(MeasureType.STOP, "1", TransportRule.NO_ROAD_TRANSPORT))))));

    private Path sectionedList() {
        try (SheetBuilder b = new SheetBuilder()) {
            b.sheet("应急减排清单")
                    .row(1, "重污染天气应急减排项目清单").merge("A1:P1")
                    .row(2, "序号", "企业名称", "统一社会信用代码", "行业类别", "绩效等级", "生产设施", "污染物排放量（吨/年）",
                            null, null, null, "应急减排措施")
                    .merge("A2:A4").merge("B2:B4").merge("C2:C4").merge("D2:D4").merge("E2:E4").merge("F2:F4")
                    .merge("G2:J2").merge("K2:P2")
                    .row(3, null, null, null, null, null, null, "二氧化硫", "氮氧化物", "烟粉尘", "挥发性有机物",
                            "黄色预警", null, "橙色预警", null, "红色预警", null)
                    .merge("G3:G4").merge("H3:H4").merge("I3:I4").merge("J3:J4").merge("K3:L3").merge("M3:N3").merge("O3:P3")
                    .row(4, null, null, null, null, null, null, null, null, null, null, "措施", "比例(%)", "措施", "比例(%)", "措施", "比例(%)")
                    .row(5, "一、大武口区").merge("A5:P5")
                    .row(6, 1, "庚活性炭有限公司", uscc(21), "活性炭", "", "炭化炉", 3.3, 4.4, 5.5, 6.6,
                            "炭化炉限产30%", 30, "炭化炉限产50%", 50, "炭化炉停产", 100)
                    .row(7, "二、惠农区").merge("A7:P7")
                    .row(8, 1, "辛水泥粉磨有限公司", uscc(22), "水泥", "引领性", "粉磨站", 0, 0, 8.8, 0,
                            "自主减排", null, "自主减排", null, "自主减排", null)
                    .row(9, 2, "壬焦化有限公司", uscc(23), "焦化", "D级", "焦炉", 40, 90, 20, 15,
                            "停产，停止公路运输", 100, "停产，停止公路运输", 100, "停产，停止公路运输", 100);
            return b.write(dir.resolve("sectioned.xlsx"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aSectionedListWithAThreeRowHeaderAndPercentColumnsIsReadWhole() {
        Path file = sectionedList();
        try (AppContext ctx = AppContext.open(dir.resolve("check-c"), CLOCK)) {
            CheckedList checked = check(ctx, file);
            assertThat(checked.problems()).isEmpty();
            assertThat(checked.layouts().get(0).headerLastRow()).isEqualTo(4);
            assertThat(notes(ctx, checked)).contains("第 5 行是分段标题：以下各行记为大武口区", "第 7 行是分段标题：以下各行记为惠农区");
        }
        roundTrip(file, SECTIONED, "sectioned");
    }
}
