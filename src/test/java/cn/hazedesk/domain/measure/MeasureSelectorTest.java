package cn.hazedesk.domain.measure;

import cn.hazedesk.domain.enterprise.TransportRule;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.IndustryCatalog;
import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.infra.data.IndustriesCsv;
import cn.hazedesk.infra.data.MeasureMatrixCsv;
import cn.hazedesk.infra.data.ReductionRulesCsv;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static cn.hazedesk.domain.enterprise.WarningLevel.ORANGE;
import static cn.hazedesk.domain.enterprise.WarningLevel.RED;
import static cn.hazedesk.domain.enterprise.WarningLevel.YELLOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each measure-selection rule, and the bundled matrix with the verified cement rows of docs/measures-and-reductions.md
 * ("The measure matrix": the 2020 technical guide, source S19).
 */
class MeasureSelectorTest {
    private static final IndustryCatalog INDUSTRIES = IndustriesCsv.load();
    private static final MeasureMatrix MATRIX = MeasureMatrixCsv.load(INDUSTRIES);
    private static final MeasureFallbacks FALLBACKS = MeasureMatrixCsv.fallbacks(INDUSTRIES, null);
    private static final TransportPolicy TRANSPORT = MeasureMatrixCsv.transport(null);
    private static final MeasureSelector SELECTOR = MeasureMatrixCsv.selector(INDUSTRIES);

    static ProductionLine line(LevelMeasure... measures) {
        return new ProductionLine("1号线", null, null, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN,
                List.of(measures));
    }

    static Enterprise firm(String industry, PerformanceGrade grade, ControlType type, ProductionLine... lines) {
        return new Enterprise("91640202000000000K", "测试企业", "640202", industry, grade, type, null, null, null, null,
                null, null, null, false, null, null, List.of(lines));
    }

    /** A measure as the list's reader keeps it: with the transport rule its text names (data/measure-text-rules.csv). */
    private static final cn.hazedesk.domain.listimport.MeasureTextRules TEXT_RULES =
            cn.hazedesk.infra.data.ListReadingCsv.measureText(null);

    static LevelMeasure written(WarningLevel level, MeasureType type, String fraction, String text) {
        return new LevelMeasure(level, type, new BigDecimal(fraction), text, TEXT_RULES.read(text, null).transport());
    }

    private static MeasureChoice choose(Enterprise e, PerformanceGrade g, WarningLevel level) {
        return SELECTOR.choose(e, g, e.lines().get(0), level);
    }

    @Test
    void theCementRowsAreExactlyThoseOfTheGuideWithSourceS19AndConfidenceH() {
        String cn4 = "禁止国四及以下重型载货车辆（含燃气）运输";
        record Row(PerformanceGrade g, WarningLevel l, MeasureType t, String f, TransportRule tr) {
        }
        List<Row> expected = List.of(
                new Row(PerformanceGrade.A, YELLOW, MeasureType.VOLUNTARY, "0", TransportRule.NONE),
                new Row(PerformanceGrade.A, ORANGE, MeasureType.VOLUNTARY, "0", TransportRule.NONE),
                new Row(PerformanceGrade.A, RED, MeasureType.VOLUNTARY, "0", TransportRule.NONE),
                new Row(PerformanceGrade.B, YELLOW, MeasureType.TRANSPORT, "0", TransportRule.NO_CHINA_IV_OR_OLDER),
                new Row(PerformanceGrade.B, ORANGE, MeasureType.CAP, "0.2", TransportRule.NO_CHINA_IV_OR_OLDER),
                new Row(PerformanceGrade.B, RED, MeasureType.STOP, "1", TransportRule.NO_CHINA_IV_OR_OLDER),
                new Row(PerformanceGrade.C, YELLOW, MeasureType.STOP, "0.5", TransportRule.NO_CHINA_IV_OR_OLDER),
                new Row(PerformanceGrade.C, ORANGE, MeasureType.STOP, "1", TransportRule.NO_CHINA_IV_OR_OLDER),
                new Row(PerformanceGrade.C, RED, MeasureType.STOP, "1", TransportRule.NO_CHINA_IV_OR_OLDER),
                new Row(PerformanceGrade.D, YELLOW, MeasureType.STOP, "1", TransportRule.NO_ROAD_TRANSPORT),
                new Row(PerformanceGrade.D, ORANGE, MeasureType.STOP, "1", TransportRule.NO_ROAD_TRANSPORT),
                new Row(PerformanceGrade.D, RED, MeasureType.STOP, "1", TransportRule.NO_ROAD_TRANSPORT));
        List<MatrixEntry> cement = MATRIX.entries().stream().filter(e -> e.industry().equals("水泥")).toList();
        assertThat(cement).hasSize(12);
        for (Row r : expected) {
            MatrixEntry e = MATRIX.find("水泥", r.g(), r.l()).orElseThrow();
            assertThat(e.type()).as(r.toString()).isEqualTo(r.t());
            assertThat(e.fraction()).as(r.toString()).isEqualByComparingTo(r.f());
            assertThat(e.transport()).as(r.toString()).isEqualTo(r.tr());
            assertThat(e.source()).isEqualTo("S19");
            assertThat(e.confidence()).isEqualTo(Confidence.H);
        }
        assertThat(MATRIX.find("水泥", PerformanceGrade.B, YELLOW).orElseThrow().text()).isEqualTo(cn4);
        assertThat(MATRIX.find("水泥", PerformanceGrade.B, ORANGE).orElseThrow().text()).startsWith("限产20%").endsWith(cn4);
        assertThat(MATRIX.find("水泥", PerformanceGrade.C, YELLOW).orElseThrow().text()).startsWith("停产50%（以生产线计）");
        assertThat(MATRIX.find("水泥", PerformanceGrade.D, RED).orElseThrow().text()).isEqualTo("停产；停止公路运输");
    }

    @Test
    void everyOtherSeededRowIsUnverifiedAndEveryLocalIndustryHasItsUnratedRows() {
        assertThat(MATRIX.entries().stream().filter(e -> !e.industry().equals("水泥")))
                .isNotEmpty().allSatisfy(e -> assertThat(e.confidence()).isEqualTo(Confidence.UNVERIFIED));
        assertThat(MATRIX.entries().stream().map(MatrixEntry::industry).distinct())
                .containsExactlyInAnyOrder("水泥", "焦化", "钢铁", "铁合金", "炭素", "电石", "活性炭", "其他");
        for (String local : List.of("电石", "活性炭", "其他")) {
            for (WarningLevel l : WarningLevel.values()) {
                assertThat(MATRIX.find(local, PerformanceGrade.UNRATED, l)).as(local + l).isPresent();
            }
        }
        for (String key : List.of("水泥", "焦化", "钢铁", "铁合金", "炭素")) {
            assertThat(MATRIX.lowestGrade(key)).as(key).contains(PerformanceGrade.D);
        }
    }

    @Test
    void longTermShutdownIsListedButNotCounted() {
        Enterprise e = firm("电石", PerformanceGrade.UNRATED, ControlType.LONG_TERM_SHUTDOWN,
                line(written(YELLOW, MeasureType.STOP, "1", "停产")));
        MeasureChoice c = choose(e, PerformanceGrade.UNRATED, YELLOW);
        assertThat(c.rule()).isEqualTo(MeasureRule.LONG_TERM_SHUTDOWN);
        assertThat(c.counted()).isFalse();
        assertThat(c.countedFraction()).isZero();
        assertThat(c.text()).isEqualTo("停产");
    }

    @Test
    void exemptFirmsAreExemptAtEveryLevelByDefault() {
        Enterprise e = firm("水泥", PerformanceGrade.D, ControlType.EXEMPT,
                line(written(RED, MeasureType.STOP, "1", "停产")));
        for (WarningLevel l : WarningLevel.values()) {
            MeasureChoice c = choose(e, PerformanceGrade.D, l);
            assertThat(c.rule()).isEqualTo(MeasureRule.EXEMPT);
            assertThat(c.counted()).isFalse();
        }
    }

    @Test
    void protectedFirmsFollowTheirWrittenMeasureOrProduceTheirProtectionTaskWithoutOne() {
        Enterprise e = firm("炭素", PerformanceGrade.B, ControlType.PROTECTED,
                line(written(RED, MeasureType.CAP, "0.3", "以热定产，限产30%")));
        MeasureChoice yellow = choose(e, PerformanceGrade.B, YELLOW);
        assertThat(yellow.rule()).isEqualTo(MeasureRule.PROTECTION_TASK);
        assertThat(yellow.counted()).isFalse();
        // its trucks follow its grade (B: no 国四 and older), as any B firm's
        assertThat(yellow.transport()).isEqualTo(TransportRule.NO_CHINA_IV_OR_OLDER);
        MeasureChoice red = choose(e, PerformanceGrade.B, RED);
        assertThat(red.rule()).isEqualTo(MeasureRule.LINE_MEASURE);
        assertThat(red.countedFraction()).isEqualByComparingTo("0.3");
    }

    @Test
    void theExemptUpToLevelIsConfigurable() {
        MeasureSelector upToOrange = new MeasureSelector(MATRIX, new ExemptionPolicy(Map.of(ControlType.PROTECTED, ORANGE)), INDUSTRIES,
                FALLBACKS, TRANSPORT);
        Enterprise e = firm("炭素", PerformanceGrade.B, ControlType.PROTECTED,
                line(written(ORANGE, MeasureType.CAP, "0.2", "限产20%"), written(RED, MeasureType.CAP, "0.3", "限产30%")));
        assertThat(upToOrange.choose(e, PerformanceGrade.B, e.lines().get(0), ORANGE).rule()).isEqualTo(MeasureRule.PROTECTION_TASK);
        assertThat(upToOrange.choose(e, PerformanceGrade.B, e.lines().get(0), RED).rule()).isEqualTo(MeasureRule.LINE_MEASURE);
        // without a policy entry 豁免 is not exempt either: its lines then follow the ordinary rules
        MeasureSelector none = new MeasureSelector(MATRIX, new ExemptionPolicy(Map.of()), INDUSTRIES, FALLBACKS, TRANSPORT);
        Enterprise exempt = firm("水泥", PerformanceGrade.D, ControlType.EXEMPT, line());
        assertThat(none.choose(exempt, PerformanceGrade.D, exempt.lines().get(0), YELLOW).rule()).isEqualTo(MeasureRule.MATRIX_DEFAULT);
    }

    @Test
    void aPlusAAndLeadingAreVoluntaryAndNeverCounted() {
        Enterprise e = firm("焦化", PerformanceGrade.A, ControlType.KEY_INDUSTRY,
                line(written(ORANGE, MeasureType.CAP, "0.2", "自愿限产20%")));
        for (PerformanceGrade g : List.of(PerformanceGrade.A_PLUS, PerformanceGrade.A, PerformanceGrade.LEADING)) {
            MeasureChoice yellow = choose(e, g, YELLOW);
            assertThat(yellow.rule()).isEqualTo(MeasureRule.VOLUNTARY_GRADE);
            assertThat(yellow.type()).isEqualTo(MeasureType.VOLUNTARY);
            assertThat(yellow.text()).isEqualTo("自主减排");
            assertThat(yellow.counted()).isFalse();
            MeasureChoice orange = choose(e, g, ORANGE);
            assertThat(orange.rule()).isEqualTo(MeasureRule.VOLUNTARY_GRADE);
            assertThat(orange.text()).isEqualTo("自愿限产20%");
            assertThat(orange.countedFraction()).isZero();
        }
    }

    @Test
    void aMeasureWrittenOnTheLineOverridesTheMatrixDefault() {
        Enterprise e = firm("水泥", PerformanceGrade.B, ControlType.KEY_INDUSTRY,
                line(written(YELLOW, MeasureType.CAP, "0.15", "限产15%")));
        MeasureChoice y = choose(e, PerformanceGrade.B, YELLOW);
        assertThat(y.rule()).isEqualTo(MeasureRule.LINE_MEASURE);
        assertThat(y.countedFraction()).isEqualByComparingTo("0.15");
        assertThat(y.text()).isEqualTo("限产15%");
        assertThat(y.matrixEntry()).isEmpty();
        // the other levels have nothing written: the matrix default for 水泥 B
        MeasureChoice o = choose(e, PerformanceGrade.B, ORANGE);
        assertThat(o.rule()).isEqualTo(MeasureRule.MATRIX_DEFAULT);
        assertThat(o.countedFraction()).isEqualByComparingTo("0.2");
        assertThat(o.transport()).isEqualTo(TransportRule.NO_CHINA_IV_OR_OLDER);
        assertThat(o.matrixEntry().orElseThrow().source()).isEqualTo("S19");
        // a written 自主减排 counts nothing even with a share
        Enterprise vol = firm("水泥", PerformanceGrade.B, ControlType.KEY_INDUSTRY,
                line(written(YELLOW, MeasureType.VOLUNTARY, "0.1", "自主减排")));
        assertThat(choose(vol, PerformanceGrade.B, YELLOW).countedFraction()).isZero();
    }

    @Test
    void theMatrixDefaultFollowsTheGrade() {
        Enterprise e = firm("水泥", PerformanceGrade.C, ControlType.KEY_INDUSTRY, line());
        MeasureChoice y = choose(e, PerformanceGrade.C, YELLOW);
        assertThat(y.rule()).isEqualTo(MeasureRule.MATRIX_DEFAULT);
        assertThat(y.grade()).isEqualTo(PerformanceGrade.C);
        assertThat(y.type()).isEqualTo(MeasureType.STOP);
        assertThat(y.countedFraction()).isEqualByComparingTo("0.5");
        assertThat(choose(e, PerformanceGrade.B, YELLOW).counted()).as("B yellow: trucks only").isFalse();
        // a non-key industry uses its 未评级 rows
        Enterprise local = firm("其他", PerformanceGrade.UNRATED, ControlType.GENERAL, line());
        MeasureChoice other = choose(local, PerformanceGrade.UNRATED, ORANGE);
        assertThat(other.rule()).isEqualTo(MeasureRule.MATRIX_DEFAULT);
        assertThat(other.countedFraction()).isEqualByComparingTo("0.2");
    }

    @Test
    void anUngradedKeyIndustryFirmTakesItsIndustrysLowestGrade() {
        Enterprise e = firm("水泥", PerformanceGrade.UNRATED, ControlType.KEY_INDUSTRY, line());
        MeasureChoice c = choose(e, PerformanceGrade.UNRATED, YELLOW);
        assertThat(c.rule()).isEqualTo(MeasureRule.UNGRADED_KEY_INDUSTRY);
        assertThat(c.grade()).isEqualTo(PerformanceGrade.D);
        assertThat(c.countedFraction()).isEqualByComparingTo("1");
        assertThat(c.transport()).isEqualTo(TransportRule.NO_ROAD_TRANSPORT);
        // the lowest grade present in the matrix, not always D
        MatrixEntry onlyC = new MatrixEntry("水泥", PerformanceGrade.C, YELLOW, MeasureType.STOP, new BigDecimal("0.5"),
                "停产50%", TransportRule.NONE, "test", Confidence.L);
        MatrixEntry b = new MatrixEntry("水泥", PerformanceGrade.B, YELLOW, MeasureType.CAP, new BigDecimal("0.1"),
                "限产10%", TransportRule.NONE, "test", Confidence.L);
        MeasureSelector small = new MeasureSelector(new MeasureMatrix(List.of(b, onlyC)), ExemptionPolicy.defaults(), INDUSTRIES,
                MeasureFallbacks.none(), TransportPolicy.none());
        MeasureChoice fromC = small.choose(e, PerformanceGrade.UNRATED, e.lines().get(0), YELLOW);
        assertThat(fromC.rule()).isEqualTo(MeasureRule.UNGRADED_KEY_INDUSTRY);
        assertThat(fromC.grade()).isEqualTo(PerformanceGrade.C);
        assertThat(fromC.countedFraction()).isEqualByComparingTo("0.5");
        // no row for the industry at all: D, and nothing to apply
        Enterprise glass = firm("玻璃", PerformanceGrade.UNRATED, ControlType.KEY_INDUSTRY, line());
        MeasureChoice none = choose(glass, PerformanceGrade.UNRATED, RED);
        assertThat(none.rule()).isEqualTo(MeasureRule.NO_MEASURE);
        assertThat(none.grade()).isEqualTo(PerformanceGrade.D);
        assertThat(none.counted()).isFalse();
    }

    @Test
    void noMeasureWhenNothingApplies() {
        // 氧化铝 is a key industry without matrix rows: B has nothing to fall back to
        Enterprise e = firm("氧化铝", PerformanceGrade.B, ControlType.KEY_INDUSTRY, line());
        MeasureChoice c = choose(e, PerformanceGrade.B, YELLOW);
        assertThat(c.rule()).isEqualTo(MeasureRule.NO_MEASURE);
        assertThat(c.type()).isNull();
        assertThat(c.counted()).isFalse();
        // still one transport rule: the grade's
        assertThat(c.transport()).isEqualTo(TransportRule.NO_CHINA_IV_OR_OLDER);
    }

    @Test
    void gradesAndIndustriesWithoutTheirOwnRowsFallBackAsTheDataSays() {
        // B- has no 水泥 row: the C row
        MeasureChoice bMinus = choose(firm("水泥", PerformanceGrade.B_MINUS, ControlType.KEY_INDUSTRY, line()),
                PerformanceGrade.B_MINUS, YELLOW);
        assertThat(bMinus.rule()).isEqualTo(MeasureRule.MATRIX_DEFAULT);
        assertThat(bMinus.matrixEntry().orElseThrow().grade()).isEqualTo(PerformanceGrade.C);
        assertThat(bMinus.countedFraction()).isEqualByComparingTo("0.5");
        assertThat(bMinus.grade()).as("the grade in effect is kept").isEqualTo(PerformanceGrade.B_MINUS);
        // 焦化 has its own B- rows: no fallback
        assertThat(choose(firm("焦化", PerformanceGrade.B_MINUS, ControlType.KEY_INDUSTRY, line()), PerformanceGrade.B_MINUS,
                RED).matrixEntry().orElseThrow().grade()).isEqualTo(PerformanceGrade.B_MINUS);
        // 非引领性 → D: stop, no road transport
        MeasureChoice nonLeading = choose(firm("水泥", PerformanceGrade.NON_LEADING, ControlType.KEY_INDUSTRY, line()),
                PerformanceGrade.NON_LEADING, YELLOW);
        assertThat(nonLeading.matrixEntry().orElseThrow().grade()).isEqualTo(PerformanceGrade.D);
        assertThat(nonLeading.type()).isEqualTo(MeasureType.STOP);
        assertThat(nonLeading.transport()).isEqualTo(TransportRule.NO_ROAD_TRANSPORT);
        // 长流程钢铁 / 短流程钢铁 → the 钢铁 rows, also for B- (钢铁 has B- rows) and for an ungraded firm (lowest: D)
        MeasureChoice longSteel = choose(firm("长流程钢铁", PerformanceGrade.B, ControlType.KEY_INDUSTRY, line()),
                PerformanceGrade.B, ORANGE);
        assertThat(longSteel.matrixEntry().orElseThrow().industry()).isEqualTo("钢铁");
        assertThat(longSteel.countedFraction()).isEqualByComparingTo("0.3");
        MeasureChoice ungraded = choose(firm("短流程钢铁", PerformanceGrade.UNRATED, ControlType.KEY_INDUSTRY, line()),
                PerformanceGrade.UNRATED, YELLOW);
        assertThat(ungraded.rule()).isEqualTo(MeasureRule.UNGRADED_KEY_INDUSTRY);
        assertThat(ungraded.grade()).isEqualTo(PerformanceGrade.D);
        assertThat(ungraded.type()).isEqualTo(MeasureType.STOP);
        // without the fallbacks the same firms had no measure
        MeasureSelector bare = new MeasureSelector(MATRIX, ReductionRulesCsv.exemptions(), INDUSTRIES,
                MeasureFallbacks.none(), TRANSPORT);
        Enterprise steel = firm("长流程钢铁", PerformanceGrade.B, ControlType.KEY_INDUSTRY, line());
        assertThat(bare.choose(steel, PerformanceGrade.B, steel.lines().get(0), ORANGE).rule()).isEqualTo(MeasureRule.NO_MEASURE);
        assertThat(FALLBACKS.gradeChain(PerformanceGrade.B_MINUS)).containsExactly(PerformanceGrade.B_MINUS, PerformanceGrade.C);
        assertThat(FALLBACKS.industryChain("长流程钢铁")).containsExactly("长流程钢铁", "钢铁");
    }

    @Test
    void eachLineHasOneTransportRuleFromTheLineOrTheGrade() {
        // A line whose written measure names a rule keeps it; otherwise the grade's rule
        Enterprise named = firm("其他", PerformanceGrade.D, ControlType.KEY_INDUSTRY,
                line(written(YELLOW, MeasureType.CAP, "0.3", "限产30%，禁止国四及以下车辆运输")),
                line(written(YELLOW, MeasureType.CAP, "0.3", "限产30%")));
        assertThat(SELECTOR.choose(named, PerformanceGrade.D, YELLOW)).extracting(l -> l.choice().transport())
                .containsExactly(TransportRule.NO_CHINA_IV_OR_OLDER, TransportRule.NO_ROAD_TRANSPORT);
        Enterprise b = firm("电石", PerformanceGrade.B, ControlType.GENERAL, line(written(ORANGE, MeasureType.CAP, "0.2", "限产20%")));
        assertThat(choose(b, PerformanceGrade.B, ORANGE).transport()).isEqualTo(TransportRule.NO_CHINA_IV_OR_OLDER);
        assertThat(choose(b, PerformanceGrade.C, ORANGE).transport()).isEqualTo(TransportRule.NO_CHINA_IV_OR_OLDER);
        assertThat(choose(b, PerformanceGrade.UNRATED, ORANGE).transport()).as("non-key, ungraded").isEqualTo(TransportRule.NONE);
        // A, 引领性, exempt and long-term shutdown: no special rule, whatever is written
        Enterprise stopRoad = firm("水泥", PerformanceGrade.A, ControlType.KEY_INDUSTRY,
                line(written(RED, MeasureType.STOP, "1", "停产，停止公路运输")));
        assertThat(choose(stopRoad, PerformanceGrade.A, RED).transport()).isEqualTo(TransportRule.NONE);
        assertThat(choose(stopRoad, PerformanceGrade.LEADING, RED).transport()).isEqualTo(TransportRule.NONE);
        Enterprise exempt = firm("水泥", PerformanceGrade.D, ControlType.EXEMPT, line());
        assertThat(choose(exempt, PerformanceGrade.D, RED).transport()).isEqualTo(TransportRule.NONE);
        // an ungraded key-industry firm with its own measure: its industry's lowest grade (D) gives the rule
        Enterprise ungraded = firm("水泥", PerformanceGrade.UNRATED, ControlType.KEY_INDUSTRY,
                line(written(YELLOW, MeasureType.CAP, "0.5", "限产50%")));
        assertThat(choose(ungraded, PerformanceGrade.UNRATED, YELLOW).transport()).isEqualTo(TransportRule.NO_ROAD_TRANSPORT);
        assertThat(TRANSPORT.of(PerformanceGrade.B_MINUS)).isEqualTo(TransportRule.NO_CHINA_IV_OR_OLDER);
    }

    @Test
    void aMatrixDefaultFromAnUnverifiedRowSaysSo() {
        MeasureChoice coke = choose(firm("焦化", PerformanceGrade.C, ControlType.KEY_INDUSTRY, line()), PerformanceGrade.C, ORANGE);
        assertThat(coke.rule()).isEqualTo(MeasureRule.MATRIX_DEFAULT);
        assertThat(coke.unverifiedDefault()).isTrue();
        MeasureChoice cement = choose(firm("水泥", PerformanceGrade.C, ControlType.KEY_INDUSTRY, line()), PerformanceGrade.C, ORANGE);
        assertThat(cement.unverifiedDefault()).as("水泥 rows are verified (the 2020 guide)").isFalse();
        MeasureChoice written = choose(firm("焦化", PerformanceGrade.C, ControlType.KEY_INDUSTRY,
                line(written(ORANGE, MeasureType.EXTEND_COKING, "0.3", "延长结焦时间至48小时"))), PerformanceGrade.C, ORANGE);
        assertThat(written.unverifiedDefault()).as("the city's own measure").isFalse();
    }

    @Test
    void everyLineOfAnEnterpriseGetsItsChoice() {
        ProductionLine kiln = new ProductionLine("熟料线", null, null, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, List.of(written(YELLOW, MeasureType.STOP, "1", "停产")));
        ProductionLine mill = new ProductionLine("粉磨站", null, null, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, List.of());
        Enterprise e = firm("水泥", PerformanceGrade.C, ControlType.KEY_INDUSTRY, kiln, mill);
        assertThat(SELECTOR.choose(e, PerformanceGrade.C, YELLOW)).extracting(l -> l.line().name() + " " + l.choice().rule())
                .containsExactly("熟料线 LINE_MEASURE", "粉磨站 MATRIX_DEFAULT");
    }
}
