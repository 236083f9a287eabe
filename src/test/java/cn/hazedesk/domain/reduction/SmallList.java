package cn.hazedesk.domain.reduction;

import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.WarningLevel;

import java.math.BigDecimal;
import java.util.List;

/**
 * A seven-enterprise list whose reductions are computed by hand (tonnes chosen as multiples of 365 / 10 so that
 * daily figures are round). Annual tonnes SO2 / NOX / PM / VOCS, and the rule each one meets:
 * <pre>
 * E1 大武口区 水泥 B   重点行业  365 / 730 / 182.5 / 0   no measures  → MATRIX_DEFAULT: Y trucks only (0), O 限产20%, R 停产
 * E2 大武口区 其他 未评级 一般   36.5 / 73 / 365 / 730 written Y 0.5, O 0.5, R 1 → LINE_MEASURE
 * E3 惠农区  焦化 A   重点行业  730 / 365 / 365 / 365   written Y 0.3   → VOLUNTARY_GRADE (0)
 * E4 惠农区  电石 未评级 豁免   365 / 365 / 365 / 365              → EXEMPT (0), in the baseline
 * E5 平罗县  水泥 未评级 重点行业 365 / 365 / 365 / 0               → UNGRADED_KEY_INDUSTRY → D → 停产 (1)
 * E6 平罗县  电石 未评级 长期停产 3650 / 3650 / 3650 / 3650        → LONG_TERM_SHUTDOWN, not in the baseline
 * E7 平罗县  炭素 未评级 保障类  365 / 0 / 0 / 0, nothing written  → EXEMPT (0), in the baseline
 * </pre>
 */
public final class SmallList {
    private SmallList() {
    }

    public static final String E1 = "91640202TEST00001A";

    public static List<Enterprise> enterprises() {
        return List.of(
                firm(E1, "大武口水泥（测试）", "640202", "水泥", PerformanceGrade.B, ControlType.KEY_INDUSTRY,
                        line("365", "730", "182.5", "0")),
                firm("91640202TEST00002B", "大武口机械（测试）", "640202", "其他", PerformanceGrade.UNRATED, ControlType.GENERAL,
                        line("36.5", "73", "365", "730",
                                m(WarningLevel.YELLOW, MeasureType.CAP, "0.5", "限产50%"),
                                m(WarningLevel.ORANGE, MeasureType.CAP, "0.5", "限产50%"),
                                m(WarningLevel.RED, MeasureType.STOP, "1", "停产"))),
                firm("91640205TEST00003C", "惠农焦化（测试）", "640205", "焦化", PerformanceGrade.A, ControlType.KEY_INDUSTRY,
                        line("730", "365", "365", "365", m(WarningLevel.YELLOW, MeasureType.CAP, "0.3", "限产30%"))),
                firm("91640205TEST00004D", "惠农电石（测试）", "640205", "电石", PerformanceGrade.UNRATED, ControlType.EXEMPT,
                        line("365", "365", "365", "365")),
                firm("91640221TEST00005E", "平罗水泥（测试）", "640221", "水泥", PerformanceGrade.UNRATED, ControlType.KEY_INDUSTRY,
                        line("365", "365", "365", "0")),
                firm("91640221TEST00006F", "平罗电石（测试）", "640221", "电石", PerformanceGrade.UNRATED,
                        ControlType.LONG_TERM_SHUTDOWN, line("3650", "3650", "3650", "3650")),
                firm("91640221TEST00007G", "平罗炭素（测试）", "640221", "炭素", PerformanceGrade.UNRATED, ControlType.PROTECTED,
                        line("365", "0", "0", "0")));
    }

    /** The enterprises with the grade written on them. */
    public static List<GradedEnterprise> graded() {
        return enterprises().stream().map(e -> new GradedEnterprise(e, e.grade())).toList();
    }

    public static LevelMeasure m(WarningLevel level, MeasureType type, String fraction, String text) {
        return new LevelMeasure(level, type, new BigDecimal(fraction), text);
    }

    public static ProductionLine line(String so2, String nox, String pm, String vocs, LevelMeasure... measures) {
        return new ProductionLine("1号线", null, null, new BigDecimal(so2), new BigDecimal(nox), new BigDecimal(pm),
                new BigDecimal(vocs), List.of(measures));
    }

    public static Enterprise firm(String uscc, String name, String district, String industry, PerformanceGrade grade,
                           ControlType type, ProductionLine... lines) {
        return new Enterprise(uscc, name, district, industry, grade, type, null, null, null, null, null, null, null,
                false, null, null, List.of(lines));
    }

    /**
     * The hand computation, in tonnes per day (annual / 365):
     * <pre>
     * baselines (list totals; E6 left out)     SO2    NOX    PM     VOCS
     *   大武口区 E1+E2                          1.1    2.2    1.5    2.0
     *   惠农区   E3+E4                          3.0    2.0    2.0    2.0
     *   平罗县   E5+E7                          2.0    1.0    1.0    0.0
     *   石嘴山市                                6.1    5.2    4.5    4.0
     * cuts
     *   大武口区 yellow: E2 × 0.5               0.05   0.1    0.5    1.0   → 4.5% 4.5% 33.3% 50.0%
     *            orange: E1 × 0.2 + E2 × 0.5    0.25   0.5    0.6    1.0   → 22.7% 22.7% 40.0% 50.0%
     *            red: E1 + E2                   1.1    2.2    1.5    2.0   → 100% each
     *   惠农区   every level                    0      0      0      0     → 0.0%, UNDER
     *   平罗县   every level: E5 × 1            1.0    1.0    1.0    0     → 50.0% 100.0% 100.0% 0.0% (0 of 0: OK)
     *   石嘴山市 yellow                         1.05   1.1    1.5    1.0   → 17.2% 21.2% 33.3% 25.0%
     *            orange                         1.25   1.5    1.6    1.0   → 20.5% 28.8% 35.6% 25.0%
     *            red                            2.1    3.2    2.5    2.0   → 34.4% 61.5% 55.6% 50.0%
     * (1.05 / 6.1 = 17.213…, 1.1 / 5.2 = 21.153…, 1.25 / 6.1 = 20.491…, 1.5 / 5.2 = 28.846…, 1.6 / 4.5 = 35.555…,
     *  2.1 / 6.1 = 34.426…, 3.2 / 5.2 = 61.538…, 2.5 / 4.5 = 55.555…, 0.05 / 1.1 = 4.545…, 0.25 / 1.1 = 22.727…)
     * </pre>
     */
    /**
     * Without an inventory every baseline is the list's own total, so no line says OK or UNDER: each is UNKNOWN
     * (待核定), with the figure.
     */
    public static final List<String> EXPECTED_LINES = List.of(
            "大武口区 yellow SO2 0.050 4.5% UNKNOWN",
            "大武口区 yellow NOX 0.100 4.5% UNKNOWN",
            "大武口区 yellow PM 0.500 33.3% UNKNOWN",
            "大武口区 yellow VOCS 1.000 50.0% UNKNOWN",
            "大武口区 orange SO2 0.250 22.7% UNKNOWN",
            "大武口区 orange NOX 0.500 22.7% UNKNOWN",
            "大武口区 orange PM 0.600 40.0% UNKNOWN",
            "大武口区 orange VOCS 1.000 50.0% UNKNOWN",
            "大武口区 red SO2 1.100 100.0% UNKNOWN",
            "大武口区 red NOX 2.200 100.0% UNKNOWN",
            "大武口区 red PM 1.500 100.0% UNKNOWN",
            "大武口区 red VOCS 2.000 100.0% UNKNOWN",
            "惠农区 yellow SO2 0.000 0.0% UNKNOWN",
            "惠农区 yellow NOX 0.000 0.0% UNKNOWN",
            "惠农区 yellow PM 0.000 0.0% UNKNOWN",
            "惠农区 yellow VOCS 0.000 0.0% UNKNOWN",
            "惠农区 orange SO2 0.000 0.0% UNKNOWN",
            "惠农区 orange NOX 0.000 0.0% UNKNOWN",
            "惠农区 orange PM 0.000 0.0% UNKNOWN",
            "惠农区 orange VOCS 0.000 0.0% UNKNOWN",
            "惠农区 red SO2 0.000 0.0% UNKNOWN",
            "惠农区 red NOX 0.000 0.0% UNKNOWN",
            "惠农区 red PM 0.000 0.0% UNKNOWN",
            "惠农区 red VOCS 0.000 0.0% UNKNOWN",
            "平罗县 yellow SO2 1.000 50.0% UNKNOWN",
            "平罗县 yellow NOX 1.000 100.0% UNKNOWN",
            "平罗县 yellow PM 1.000 100.0% UNKNOWN",
            "平罗县 yellow VOCS 0.000 0.0% UNKNOWN",
            "平罗县 orange SO2 1.000 50.0% UNKNOWN",
            "平罗县 orange NOX 1.000 100.0% UNKNOWN",
            "平罗县 orange PM 1.000 100.0% UNKNOWN",
            "平罗县 orange VOCS 0.000 0.0% UNKNOWN",
            "平罗县 red SO2 1.000 50.0% UNKNOWN",
            "平罗县 red NOX 1.000 100.0% UNKNOWN",
            "平罗县 red PM 1.000 100.0% UNKNOWN",
            "平罗县 red VOCS 0.000 0.0% UNKNOWN",
            "石嘴山市 yellow SO2 1.050 17.2% UNKNOWN",
            "石嘴山市 yellow NOX 1.100 21.2% UNKNOWN",
            "石嘴山市 yellow PM 1.500 33.3% UNKNOWN",
            "石嘴山市 yellow VOCS 1.000 25.0% UNKNOWN",
            "石嘴山市 orange SO2 1.250 20.5% UNKNOWN",
            "石嘴山市 orange NOX 1.500 28.8% UNKNOWN",
            "石嘴山市 orange PM 1.600 35.6% UNKNOWN",
            "石嘴山市 orange VOCS 1.000 25.0% UNKNOWN",
            "石嘴山市 red SO2 2.100 34.4% UNKNOWN",
            "石嘴山市 red NOX 3.200 61.5% UNKNOWN",
            "石嘴山市 red PM 2.500 55.6% UNKNOWN",
            "石嘴山市 red VOCS 2.000 50.0% UNKNOWN");
}
