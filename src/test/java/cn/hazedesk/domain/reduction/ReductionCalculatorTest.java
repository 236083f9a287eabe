package cn.hazedesk.domain.reduction;

import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.Enterprise.Pollutant;
import cn.hazedesk.domain.enterprise.IndustryCatalog;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.measure.MeasureRule;
import cn.hazedesk.domain.measure.MeasureSelector;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.infra.data.IndustriesCsv;
import cn.hazedesk.infra.data.MeasureMatrixCsv;
import cn.hazedesk.infra.data.ReductionRulesCsv;
import cn.hazedesk.infra.data.RegionsCsv;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static cn.hazedesk.domain.enterprise.WarningLevel.ORANGE;
import static cn.hazedesk.domain.enterprise.WarningLevel.RED;
import static cn.hazedesk.domain.enterprise.WarningLevel.YELLOW;
import static org.assertj.core.api.Assertions.assertThat;

/** Reduction totals of {@link SmallList} against the hand computation written there. */
class ReductionCalculatorTest {
    private static final IndustryCatalog INDUSTRIES = IndustriesCsv.load();
    private static final RegionCatalog REGIONS = RegionsCsv.load();
    private static final MeasureSelector SELECTOR = MeasureMatrixCsv.selector(INDUSTRIES);

    private static ReductionCalculator calculator(EmissionInventory inventory) {
        return new ReductionCalculator(SELECTOR, ReductionRulesCsv.targets(), inventory, SourceReductions.none(), REGIONS);
    }

    private static String verdictWord(RegionResult r) {
        return switch (r.verdict()) {
            case MET -> "OK";
            case SHORT -> "UNDER";
            case UNKNOWN -> "UNKNOWN";
        };
    }

    private static String shown(RegionResult r) {
        return r.region().name() + " " + r.level().name().toLowerCase(Locale.ROOT) + " " + r.pollutant() + " "
                + ReductionMath.displayTonnes(r.dailyCut()).toPlainString() + " "
                + ReductionMath.displayPercent(r.percent()).toPlainString() + "% " + verdictWord(r);
    }

    @Test
    void theBundledTargetsAreTenTwentyThirtyPercentAndTheInventoryShipsEmpty() {
        ReductionTargets t = ReductionRulesCsv.targets();
        for (Pollutant p : Pollutant.values()) {
            assertThat(t.share(YELLOW, p)).isEqualByComparingTo("0.10");
            assertThat(t.share(ORANGE, p)).isEqualByComparingTo("0.20");
            assertThat(t.share(RED, p)).isEqualByComparingTo("0.30");
        }
        assertThat(ReductionRulesCsv.inventory(REGIONS).annualTonnes()).isEmpty();
        assertThat(ReductionRulesCsv.sourceReductions(REGIONS).entries()).isEmpty();
    }

    @Test
    void totalsPerDistrictAndCityMatchTheHandComputation() {
        AdequacyReport report = calculator(EmissionInventory.none()).compute(SmallList.graded(), List.of(WarningLevel.values()));
        assertThat(report.results()).extracting(ReductionCalculatorTest::shown).containsExactlyElementsOf(SmallList.EXPECTED_LINES);
        RegionResult r = report.result("640202", YELLOW, Pollutant.SO2).orElseThrow();
        // exact inside: 18.25 t/yr cut of 401.5 t/yr
        assertThat(r.cutAnnual()).isEqualByComparingTo("18.25");
        assertThat(r.baselineAnnual()).isEqualByComparingTo("401.5");
        assertThat(r.dailyCut()).isEqualByComparingTo("0.05");
        assertThat(r.dailyBaseline()).isEqualByComparingTo("1.1");
        assertThat(r.baselineSource()).isEqualTo(BaselineSource.LIST_TOTAL);
        // 10 % of 1.1 t/d = 0.11; 0.05 cut → 0.06 short
        assertThat(r.dailyShortfall()).isEqualByComparingTo("0.06");
    }

    @Test
    void eachLineSaysWhichRuleChoseItsMeasure() {
        AdequacyReport report = calculator(EmissionInventory.none()).compute(SmallList.graded(), List.of(YELLOW));
        assertThat(report.lines()).extracting(l -> l.enterprise().name() + " " + l.choice().rule()).containsExactly(
                "大武口水泥（测试） MATRIX_DEFAULT", "大武口机械（测试） LINE_MEASURE", "惠农焦化（测试） VOLUNTARY_GRADE",
                "惠农电石（测试） EXEMPT", "平罗水泥（测试） UNGRADED_KEY_INDUSTRY", "平罗电石（测试） LONG_TERM_SHUTDOWN",
                "平罗炭素（测试） PROTECTION_TASK");
        assertThat(report.results()).hasSize(16);
    }

    @Test
    void theAdequacyReportListsTheGapsBiggestFirstAndTheContributors() {
        AdequacyReport report = calculator(EmissionInventory.none()).compute(SmallList.graded(), List.of(YELLOW));
        // short: 大武口区 SO2 (0.11 - 0.05 = 0.06), NOX (0.22 - 0.1 = 0.12); 惠农区 SO2 0.3, NOX/PM/VOCS 0.2
        assertThat(report.shortfalls()).extracting(r -> r.region().name() + " " + r.pollutant() + " "
                        + r.dailyShortfall().setScale(3, java.math.RoundingMode.HALF_UP))
                .containsExactly("惠农区 SO2 0.300", "惠农区 NOX 0.200", "惠农区 PM 0.200", "惠农区 VOCS 0.200",
                        "大武口区 NOX 0.120", "大武口区 SO2 0.060");
        assertThat(report.topLines("640200", YELLOW, Pollutant.SO2, 5)).extracting(l -> l.enterprise().name())
                .containsExactly("平罗水泥（测试）", "大武口机械（测试）");
        assertThat(report.topEnterprises("640200", YELLOW, Pollutant.PM, 1)).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("平罗水泥（测试）");
            assertThat(c.dailyCut()).isEqualByComparingTo("1");
        });
        // where more could come from in 惠农区: the coking plant emits 2 t/d SO2 under 自主减排, the exempt one 1
        assertThat(report.largestRemaining("640205", YELLOW, Pollutant.SO2, 5)).extracting(l -> l.enterprise().name()
                + " " + l.dailyRemaining(Pollutant.SO2).stripTrailingZeros().toPlainString())
                .containsExactly("惠农焦化（测试） 2", "惠农电石（测试） 1");
    }

    @Test
    void anInventoryFigureReplacesTheListTotalAsBaselineWhereGiven() {
        // city SO2 inventory 36500 t/yr = 100 t/d: yellow cut 1.05 t/d is 1.05 %, short of 10 %
        EmissionInventory inv = new EmissionInventory(Map.of("640200", Map.of(Pollutant.SO2, new BigDecimal("36500")),
                "640221", Map.of(Pollutant.NOX, new BigDecimal("3650"))));
        AdequacyReport report = calculator(inv).compute(SmallList.graded(), List.of(YELLOW));
        RegionResult city = report.result("640200", YELLOW, Pollutant.SO2).orElseThrow();
        assertThat(city.baselineSource()).isEqualTo(BaselineSource.INVENTORY);
        assertThat(shown(city)).isEqualTo("石嘴山市 yellow SO2 1.050 1.1% UNDER");
        // 平罗县 NOX: 1 t/d of 10 t/d = 10.0 %, exactly the target
        assertThat(shown(report.result("640221", YELLOW, Pollutant.NOX).orElseThrow())).isEqualTo("平罗县 yellow NOX 1.000 10.0% OK");
        // the other figures keep the list totals: the figure is shown, the verdict is to be confirmed
        assertThat(report.result("640200", YELLOW, Pollutant.NOX).orElseThrow().baselineSource()).isEqualTo(BaselineSource.LIST_TOTAL);
        assertThat(shown(report.result("640200", YELLOW, Pollutant.NOX).orElseThrow())).isEqualTo("石嘴山市 yellow NOX 1.100 21.2% UNKNOWN");
    }

    @Test
    void anEmptyListIsNeverMetAndNeitherIsAListTotalThatLooksGenerous() {
        AdequacyReport empty = calculator(EmissionInventory.none()).compute(List.of(), List.of(WarningLevel.values()));
        assertThat(empty.results()).hasSize(48).allSatisfy(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(r.baselineAnnual()).isZero();
        });
        // 大武口区 red cuts 100 % of its list total: still not 达标 while the inventory has no row for it
        AdequacyReport list = calculator(EmissionInventory.none()).compute(SmallList.graded(), List.of(RED));
        RegionResult dwk = list.result("640202", RED, Pollutant.SO2).orElseThrow();
        assertThat(dwk.percent()).isEqualByComparingTo("100");
        assertThat(dwk.verdict()).isEqualTo(Verdict.UNKNOWN);
        // an inventory row of zero tonnes is no baseline either
        EmissionInventory zero = new EmissionInventory(Map.of("640202", Map.of(Pollutant.SO2, BigDecimal.ZERO)));
        assertThat(calculator(zero).compute(SmallList.graded(), List.of(RED)).result("640202", RED, Pollutant.SO2)
                .orElseThrow().verdict()).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void mobileDustAndOtherSourcesAddToIndustrysCut() {
        // city SO2 inventory 36500 t/yr = 100 t/d; yellow industry cut 1.05 t/d. 大武口区 mobile 3 t/d, city-wide dust 6 t/d:
        // city 1.05 + 3 + 6 = 10.05 t/d ≥ 10 t/d → met; 大武口区 counts its own row only (0.05 + 3 = 3.05 t/d)
        EmissionInventory inv = new EmissionInventory(Map.of("640200", Map.of(Pollutant.SO2, new BigDecimal("36500"))));
        SourceReductions other = new SourceReductions(List.of(
                new SourceReductions.Entry("640202", OtherSource.MOBILE, YELLOW, Pollutant.SO2, new BigDecimal("3"), "测算"),
                new SourceReductions.Entry("640200", OtherSource.DUST, YELLOW, Pollutant.SO2, new BigDecimal("6"), "测算"),
                new SourceReductions.Entry("640200", OtherSource.DUST, ORANGE, Pollutant.SO2, new BigDecimal("50"), "测算")));
        AdequacyReport report = new ReductionCalculator(SELECTOR, ReductionRulesCsv.targets(), inv, other, REGIONS)
                .compute(SmallList.graded(), List.of(YELLOW));
        RegionResult city = report.result("640200", YELLOW, Pollutant.SO2).orElseThrow();
        assertThat(city.industryCutAnnual()).isEqualByComparingTo("383.25");
        assertThat(city.otherCutAnnual()).isEqualByComparingTo("3285");
        assertThat(shown(city)).isEqualTo("石嘴山市 yellow SO2 10.050 10.1% OK");
        assertThat(shown(report.result("640202", YELLOW, Pollutant.SO2).orElseThrow()))
                .isEqualTo("大武口区 yellow SO2 3.050 277.3% UNKNOWN");
        // without the dust row the city is short
        SourceReductions mobileOnly = new SourceReductions(other.entries().subList(0, 1));
        assertThat(shown(new ReductionCalculator(SELECTOR, ReductionRulesCsv.targets(), inv, mobileOnly, REGIONS)
                .compute(SmallList.graded(), List.of(YELLOW)).result("640200", YELLOW, Pollutant.SO2).orElseThrow()))
                .isEqualTo("石嘴山市 yellow SO2 4.050 4.1% UNDER");
    }

    @Test
    void theVerdictIsExactEvenWhenTheRoundedPercentReachesTheTarget() {
        // one line: 996 t/yr of 10000 cut = 9.96 %, shown as 10.0 % but short of 10 %
        Enterprise e = SmallList.firm("91640202TEST00009X", "边界（测试）", "640202", "其他", PerformanceGrade.UNRATED,
                ControlType.GENERAL, SmallList.line("10000", "0", "0", "0",
                        SmallList.m(YELLOW, MeasureType.CAP, "0.0996", "限产9.96%")));
        EmissionInventory inv = new EmissionInventory(Map.of("640202", Map.of(Pollutant.SO2, new BigDecimal("10000"))));
        AdequacyReport report = calculator(inv)
                .compute(List.of(new GradedEnterprise(e, PerformanceGrade.UNRATED)), List.of(YELLOW));
        RegionResult r = report.result("640202", YELLOW, Pollutant.SO2).orElseThrow();
        assertThat(shown(r)).isEqualTo("大武口区 yellow SO2 2.729 10.0% UNDER");
        assertThat(r.cutAnnual()).isEqualByComparingTo("996");
        assertThat(r.dailyCut()).isEqualByComparingTo(new BigDecimal("996").divide(BigDecimal.valueOf(365), java.math.MathContext.DECIMAL128));
    }

    @Test
    void aLowerGradeInEffectChangesTheMeasure() {
        List<GradedEnterprise> graded = SmallList.graded().stream()
                .map(g -> g.enterprise().uscc().equals(SmallList.E1) ? new GradedEnterprise(g.enterprise(), PerformanceGrade.D) : g)
                .toList();
        AdequacyReport report = calculator(EmissionInventory.none()).compute(graded, List.of(YELLOW));
        LineReduction e1 = report.lines().get(0);
        assertThat(e1.choice().rule()).isEqualTo(MeasureRule.MATRIX_DEFAULT);
        assertThat(e1.choice().grade()).isEqualTo(PerformanceGrade.D);
        // 大武口区 yellow SO2: E1 stops (1 t/d) + E2 0.05 = 1.05 of 1.1
        assertThat(shown(report.result("640202", YELLOW, Pollutant.SO2).orElseThrow())).isEqualTo("大武口区 yellow SO2 1.050 95.5% UNKNOWN");
    }
}
