package cn.hazedesk.domain.response;

import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.IndustryCatalog;
import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.measure.MeasureRule;
import cn.hazedesk.domain.measure.MeasureSelector;
import cn.hazedesk.domain.enterprise.TransportRule;
import cn.hazedesk.domain.reduction.GradedEnterprise;
import cn.hazedesk.domain.reduction.SmallList;
import cn.hazedesk.infra.data.IndustriesCsv;
import cn.hazedesk.infra.data.MeasureMatrixCsv;
import cn.hazedesk.infra.data.ReductionRulesCsv;
import cn.hazedesk.infra.data.RegionsCsv;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The orders of {@link SmallList} at each level, worked out by hand from the measure rules. */
class ResponseOrderGeneratorTest {
    private static final IndustryCatalog INDUSTRIES = IndustriesCsv.load();
    private static final MeasureSelector SELECTOR = MeasureMatrixCsv.selector(INDUSTRIES);
    private static final ResponseOrderGenerator GENERATOR = new ResponseOrderGenerator(SELECTOR, RegionsCsv.load());

    @Test
    void yellowGivesOneOrderPerEnterpriseSortedByDistrictThenName() {
        List<ResponseOrder> orders = GENERATOR.generate(SmallList.graded(), WarningLevel.YELLOW, Set.of());
        assertThat(orders).extracting(ResponseOrder::enterpriseName).containsExactly(
                "大武口机械（测试）", "大武口水泥（测试）", // 机 jī before 水 shuǐ
                "惠农电石（测试）", "惠农焦化（测试）",     // 电 diàn before 焦 jiāo
                "平罗电石（测试）", "平罗水泥（测试）", "平罗炭素（测试）");
        assertThat(orders).extracting(ResponseOrder::districtName).containsExactly(
                "大武口区", "大武口区", "惠农区", "惠农区", "平罗县", "平罗县", "平罗县");
        assertThat(orders).allMatch(o -> o.level() == WarningLevel.YELLOW);
    }

    @Test
    void eachOrderCarriesTheRuleTheMeasureAndWhyNothingCounts() {
        List<ResponseOrder> orders = GENERATOR.generate(SmallList.graded(), WarningLevel.YELLOW, Set.of());
        ResponseOrder machinery = byName(orders, "大武口机械（测试）");
        assertThat(machinery.counted()).isTrue();
        assertThat(machinery.notCounted()).isEmpty();
        OrderLine l = machinery.lines().get(0);
        assertThat(l.lineName()).isEqualTo("1号线");
        assertThat(l.rule()).isEqualTo(MeasureRule.LINE_MEASURE);
        assertThat(l.type()).isEqualTo(MeasureType.CAP);
        assertThat(l.fraction()).isEqualByComparingTo("0.5");
        assertThat(l.text()).isEqualTo("限产50%");
        assertThat(machinery.uscc()).isEqualTo("91640202TEST00002B");
        assertThat(machinery.grade()).isEqualTo(PerformanceGrade.UNRATED);
        assertThat(machinery.transport()).isEqualTo(TransportRule.NONE);

        // cement B at yellow: trucks only, which cuts nothing: listed with the matrix rule as the reason
        ResponseOrder cement = byName(orders, "大武口水泥（测试）");
        assertThat(cement.lines().get(0).rule()).isEqualTo(MeasureRule.MATRIX_DEFAULT);
        assertThat(cement.lines().get(0).type()).isEqualTo(MeasureType.TRANSPORT);
        assertThat(cement.lines().get(0).text()).isEqualTo("禁止国四及以下重型载货车辆（含燃气）运输");
        assertThat(cement.transport()).isEqualTo(TransportRule.NO_CHINA_IV_OR_OLDER);
        assertThat(cement.notCounted()).contains(MeasureRule.MATRIX_DEFAULT);
        assertThat(cement.exempt()).isFalse();

        ResponseOrder coking = byName(orders, "惠农焦化（测试）");
        assertThat(coking.grade()).isEqualTo(PerformanceGrade.A);
        assertThat(coking.notCounted()).contains(MeasureRule.VOLUNTARY_GRADE);
        assertThat(coking.lines().get(0).text()).isEqualTo("限产30%");
        assertThat(coking.lines().get(0).counted()).isFalse();

        assertThat(byName(orders, "惠农电石（测试）").notCounted()).contains(MeasureRule.EXEMPT);
        assertThat(byName(orders, "惠农电石（测试）").exempt()).isTrue();
        // 保障类 without a written measure: its protection task, not an exemption; its trucks follow its grade
        ResponseOrder protectedFirm = byName(orders, "平罗炭素（测试）");
        assertThat(protectedFirm.notCounted()).contains(MeasureRule.PROTECTION_TASK);
        assertThat(protectedFirm.exempt()).isFalse();
        ResponseOrder shutdown = byName(orders, "平罗电石（测试）");
        assertThat(shutdown.notCounted()).contains(MeasureRule.LONG_TERM_SHUTDOWN);
        assertThat(shutdown.exempt()).isTrue();
        assertThat(shutdown.lines()).hasSize(1).allMatch(x -> x.type() == null && !x.counted());

        ResponseOrder ungradedCement = byName(orders, "平罗水泥（测试）");
        assertThat(ungradedCement.lines().get(0).rule()).isEqualTo(MeasureRule.UNGRADED_KEY_INDUSTRY);
        assertThat(ungradedCement.lines().get(0).type()).isEqualTo(MeasureType.STOP);
        assertThat(ungradedCement.lines().get(0).text()).isEqualTo("停产；停止公路运输");
        assertThat(ungradedCement.transport()).isEqualTo(TransportRule.NO_ROAD_TRANSPORT);
        assertThat(ungradedCement.counted()).isTrue();
    }

    @Test
    void theLevelChangesTheMeasures() {
        ResponseOrder orange = byName(GENERATOR.generate(SmallList.graded(), WarningLevel.ORANGE, Set.of()),
                "大武口水泥（测试）");
        assertThat(orange.lines().get(0).type()).isEqualTo(MeasureType.CAP);
        assertThat(orange.lines().get(0).fraction()).isEqualByComparingTo("0.2");
        assertThat(orange.counted()).isTrue();
        ResponseOrder red = byName(GENERATOR.generate(SmallList.graded(), WarningLevel.RED, Set.of()), "大武口机械（测试）");
        assertThat(red.lines().get(0).text()).isEqualTo("停产");
        assertThat(red.level()).isEqualTo(WarningLevel.RED);
    }

    @Test
    void districtsFilterTheOrders() {
        assertThat(GENERATOR.generate(SmallList.graded(), WarningLevel.RED, Set.of("640221")))
                .extracting(ResponseOrder::enterpriseName)
                .containsExactly("平罗电石（测试）", "平罗水泥（测试）", "平罗炭素（测试）");
        assertThat(GENERATOR.generate(SmallList.graded(), WarningLevel.RED, Set.of("640202", "640205"))).hasSize(4);
        assertThat(GENERATOR.generate(SmallList.graded(), WarningLevel.RED, Set.of("999999"))).isEmpty();
    }

    @Test
    void theSameListInAnyOrderGivesTheSameOrders() {
        List<GradedEnterprise> list = new ArrayList<>(SmallList.graded());
        List<ResponseOrder> first = GENERATOR.generate(list, WarningLevel.ORANGE, Set.of());
        Collections.shuffle(list, new Random(7));
        assertThat(GENERATOR.generate(list, WarningLevel.ORANGE, Set.of())).isEqualTo(first);
    }

    @Test
    void theStrictestTransportRuleOverTheLinesAndTheGradeInEffectWin() {
        // a cement firm graded D in effect (B on the list): every line stops and road transport stops
        Enterprise e = new Enterprise("91640202MA00000001", "多线水泥（测试）", "640202", "水泥", PerformanceGrade.B,
                ControlType.KEY_INDUSTRY, "大武口区某路1号", null, null, "张三", "13900000000", null, null, false, null,
                null, List.of(line("熟料线", new LevelMeasure(WarningLevel.YELLOW, MeasureType.CAP, new BigDecimal("0.3"), "限产30%")),
                line("粉磨线")));
        ResponseOrder o = GENERATOR.order(new GradedEnterprise(e, PerformanceGrade.D), WarningLevel.YELLOW);
        assertThat(o.grade()).isEqualTo(PerformanceGrade.D);
        assertThat(o.lines()).extracting(OrderLine::rule).containsExactly(MeasureRule.LINE_MEASURE, MeasureRule.MATRIX_DEFAULT);
        // the line's own measure names no rule: the grade's (D: no road transport), the same as the matrix row's
        assertThat(o.lines()).extracting(OrderLine::transport).containsOnly(TransportRule.NO_ROAD_TRANSPORT);
        assertThat(o.transport()).isEqualTo(TransportRule.NO_ROAD_TRANSPORT);
        assertThat(o.contactName()).isEqualTo("张三");
        assertThat(o.contactPhone()).isEqualTo("13900000000");
        assertThat(o.address()).isEqualTo("大武口区某路1号");
        assertThat(o.districtName()).isEqualTo("大武口区");
        assertThat(o.controlType()).isEqualTo(ControlType.KEY_INDUSTRY);
    }

    @Test
    void aMissingGradeIsUngradedAndAnEnterpriseWithoutLinesIsListed() {
        Enterprise noLines = new Enterprise("91640205MA00000002", "无产线企业（测试）", "640205", "其他", PerformanceGrade.UNRATED,
                ControlType.GENERAL, null, null, null, null, null, null, null, false, null, null, List.of());
        ResponseOrder o = GENERATOR.order(new GradedEnterprise(noLines, null), WarningLevel.RED);
        assertThat(o.grade()).isEqualTo(PerformanceGrade.UNRATED);
        assertThat(o.lines()).isEmpty();
        assertThat(o.notCounted()).contains(MeasureRule.NO_MEASURE);
        Enterprise shut = new Enterprise("91640205MA00000003", "停产企业（测试）", "640205", "其他", PerformanceGrade.UNRATED,
                ControlType.LONG_TERM_SHUTDOWN, null, null, null, null, null, null, null, false, null, null, List.of());
        assertThat(GENERATOR.order(new GradedEnterprise(shut, null), WarningLevel.RED).notCounted())
                .contains(MeasureRule.LONG_TERM_SHUTDOWN);
    }

    @Test
    void anOrderHasOneTransportRuleAndExemptOrVoluntaryOrdersHaveNone() {
        // B: no 国四 on every line, written or default; a line naming 停止公路运输 keeps it and the order states it
        Enterprise e = new Enterprise("91640202MA00000004", "两线铁合金（测试）", "640202", "铁合金", PerformanceGrade.B,
                ControlType.KEY_INDUSTRY, null, null, null, null, null, null, null, false, null, null,
                List.of(line("1号矿热炉", new LevelMeasure(WarningLevel.ORANGE, MeasureType.CAP, new BigDecimal("0.3"), "限产30%")),
                        line("2号矿热炉")));
        ResponseOrder b = GENERATOR.order(new GradedEnterprise(e, PerformanceGrade.B), WarningLevel.ORANGE);
        assertThat(b.lines()).extracting(OrderLine::transport).containsOnly(TransportRule.NO_CHINA_IV_OR_OLDER);
        assertThat(b.transport()).isEqualTo(TransportRule.NO_CHINA_IV_OR_OLDER);
        // the list's reader keeps the rule a measure's text names with the measure
        Enterprise named = e.withLines(List.of(line("1号矿热炉", new LevelMeasure(WarningLevel.ORANGE, MeasureType.STOP,
                BigDecimal.ONE, "停产，停止公路运输", TransportRule.NO_ROAD_TRANSPORT)), line("2号矿热炉")));
        assertThat(GENERATOR.order(new GradedEnterprise(named, PerformanceGrade.B), WarningLevel.ORANGE).transport())
                .isEqualTo(TransportRule.NO_ROAD_TRANSPORT);
        for (PerformanceGrade g : List.of(PerformanceGrade.A, PerformanceGrade.LEADING)) {
            assertThat(GENERATOR.order(new GradedEnterprise(e, g), WarningLevel.RED).transport()).isEqualTo(TransportRule.NONE);
        }
        List<ResponseOrder> orders = GENERATOR.generate(SmallList.graded(), WarningLevel.RED, Set.of());
        assertThat(byName(orders, "惠农电石（测试）").transport()).as("豁免").isEqualTo(TransportRule.NONE);
        assertThat(byName(orders, "平罗电石（测试）").transport()).as("长期停产").isEqualTo(TransportRule.NONE);
    }

    @Test
    void theChecksNameKeyIndustryFirmsWithoutAMeasureUnverifiedDefaultsAndProtectedFirmsBelowB() {
        Enterprise alumina = new Enterprise("91640202MA00000005", "氧化铝（测试）", "640202", "氧化铝", PerformanceGrade.C,
                ControlType.KEY_INDUSTRY, null, null, null, null, null, null, null, false, null, null, List.of(line("焙烧炉")));
        Enterprise noLines = new Enterprise("91640202MA00000006", "无产线水泥（测试）", "640202", "水泥", PerformanceGrade.B,
                ControlType.KEY_INDUSTRY, null, null, null, null, null, null, null, false, null, null, List.of());
        Enterprise localNoMeasure = new Enterprise("91640202MA00000007", "无措施机械（测试）", "640202", "其他", PerformanceGrade.B,
                ControlType.GENERAL, null, null, null, null, null, null, null, false, null, null, List.of(line("1号线")));
        Enterprise coke = new Enterprise("91640202MA00000008", "焦化C（测试）", "640202", "焦化", PerformanceGrade.C,
                ControlType.KEY_INDUSTRY, null, null, null, null, null, null, null, false, null, null, List.of(line("焦炉")));
        Enterprise protectedB = new Enterprise("91640202MA00000009", "保障B（测试）", "640202", "炭素", PerformanceGrade.B,
                ControlType.PROTECTED, null, null, null, null, null, null, null, false, null, null, List.of(line("焙烧炉")));
        List<GradedEnterprise> list = new ArrayList<>(SmallList.graded());
        for (Enterprise x : List.of(alumina, noLines, localNoMeasure, coke, protectedB)) {
            list.add(new GradedEnterprise(x, x.grade()));
        }
        OrderChecks c = OrderChecks.of(GENERATOR.generate(list, WarningLevel.ORANGE, Set.of()), INDUSTRIES);
        // 其他 is no key industry: its missing measure is not flagged; 长期停产 and 豁免 never are
        assertThat(c.keyIndustryWithoutMeasure()).extracting(ResponseOrder::enterpriseName)
                .containsExactlyInAnyOrder("氧化铝（测试）", "无产线水泥（测试）");
        assertThat(c.unverifiedDefaults()).extracting(ResponseOrder::enterpriseName).containsExactly("焦化C（测试）");
        // ungraded 保障类 炭素 is below B; 保障类 B is not
        assertThat(c.protectedBelowB()).extracting(ResponseOrder::enterpriseName).containsExactly("平罗炭素（测试）");
        assertThat(c.clean()).isFalse();
        assertThat(OrderChecks.of(List.of(), INDUSTRIES).clean()).isTrue();
    }

    private static ProductionLine line(String name, LevelMeasure... measures) {
        return new ProductionLine(name, null, null, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                List.of(measures));
    }

    private static ResponseOrder byName(List<ResponseOrder> orders, String name) {
        return orders.stream().filter(o -> o.enterpriseName().equals(name)).findFirst().orElseThrow();
    }
}
