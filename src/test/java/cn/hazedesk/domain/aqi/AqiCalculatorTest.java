package cn.hazedesk.domain.aqi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The check values of docs/aqi.md (computed with the ceiling rule), and edge cases of our own. */
class AqiCalculatorTest {

    @ParameterizedTest(name = "{0}={1}: 2012 → {2}, 2026 → {3}")
    @CsvSource({
            "PM2_5, 35, 50, 50",
            "PM2_5, 60, 82, 100",
            "PM2_5, 75, 100, 114",
            "PM2_5, 100, 132, 137",
            "PM2_5, 115, 150, 150",
            "PM2_5, 116, 152, 152",
            "PM2_5, 150, 200, 200",
            "PM2_5, 151, 201, 201",
            "PM2_5, 250, 300, 300",
            "PM2_5, 300, 350, 350",
            "PM2_5, 500, 500, 500",
            "PM10, 120, 85, 100",
            "PM10, 150, 100, 112",
            "PM10, 200, 125, 131",
            "SO2, 200, 108, 108",
            "NO2, 100, 110, 110",
            "CO, 3.5, 88, 88",
            "O3_8H, 180, 119, 119",
            "PM2_5, 0, 0, 0",
            "O3_8H, 800, 300, 300",
            "SO2, 2620, 500, 500"})
    void subIndexMatchesTheVectors(String pollutant, String concentration, int iaqi2012, int iaqi2026) {
        Pollutant p = Pollutant.valueOf(pollutant);
        BigDecimal c = new BigDecimal(concentration);
        assertThat(AqiCalculator.iaqi(AqiStandard.HJ633_2012, p, c).value()).isEqualTo(iaqi2012);
        assertThat(AqiCalculator.iaqi(AqiStandard.HJ633_2026, p, c).value()).isEqualTo(iaqi2026);
    }

    @Test
    void aWholeDayGivesAqi210WithPm25Primary() {
        Map<Pollutant, BigDecimal> day = day(160, 230, 40, 70, "2.1", 60);
        AqiResult r2026 = AqiCalculator.compute(AqiStandard.HJ633_2026, day);
        assertThat(r2026.aqi()).isEqualTo(210);
        assertThat(r2026.category()).isEqualTo(AqiCategory.HEAVILY_POLLUTED);
        assertThat(cn.hazedesk.i18n.Messages.forLocale(java.util.Locale.SIMPLIFIED_CHINESE)
                .get("aqi.category." + r2026.category().name())).isEqualTo("重度污染");
        assertThat(r2026.primaryPollutants()).containsExactly(Pollutant.PM2_5);
        assertThat(r2026.subIndices()).extracting(Iaqi::pollutant).containsExactly(Pollutant.values());
        assertThat(r2026.subIndices().get(1).value()).isEqualTo(143);

        AqiResult r2012 = AqiCalculator.compute(AqiStandard.HJ633_2012, day);
        assertThat(r2012.aqi()).isEqualTo(210);
        assertThat(r2012.subIndices().get(1).value()).isEqualTo(140);
    }

    @Test
    void tiesListEveryPrimaryPollutantInInputOrder() {
        Map<Pollutant, BigDecimal> m = new LinkedHashMap<>();
        m.put(Pollutant.PM10, BigDecimal.valueOf(150));
        m.put(Pollutant.PM2_5, BigDecimal.valueOf(75));
        AqiResult r = AqiCalculator.compute(AqiStandard.HJ633_2012, m);
        assertThat(r.aqi()).isEqualTo(100);
        assertThat(r.primaryPollutants()).containsExactly(Pollutant.PM10, Pollutant.PM2_5);
    }

    @Test
    void noPrimaryPollutantAtFiftyOrBelow() {
        AqiResult r = AqiCalculator.compute(AqiStandard.HJ633_2026, Map.of(Pollutant.PM2_5, BigDecimal.valueOf(35)));
        assertThat(r.aqi()).isEqualTo(50);
        assertThat(r.category()).isEqualTo(AqiCategory.EXCELLENT);
        assertThat(r.primaryPollutants()).isEmpty();
    }

    @Test
    void categoryBoundariesFollowTheStandard() {
        assertThat(AqiCategory.of(50)).isEqualTo(AqiCategory.EXCELLENT);
        assertThat(AqiCategory.of(51)).isEqualTo(AqiCategory.GOOD);
        assertThat(AqiCategory.of(150)).isEqualTo(AqiCategory.LIGHTLY_POLLUTED);
        assertThat(AqiCategory.of(151)).isEqualTo(AqiCategory.MODERATELY_POLLUTED);
        assertThat(AqiCategory.of(201)).isEqualTo(AqiCategory.HEAVILY_POLLUTED);
        assertThat(AqiCategory.of(301)).isEqualTo(AqiCategory.SEVERELY_POLLUTED);
    }

    @Test
    void concentrationsAreRoundedHalfToEvenBeforeUse() {
        // 115.5 rounds to 116 (6 is even) → 152; 114.5 rounds to 114, not 115 → 150, not 150 exactly at the breakpoint
        assertThat(AqiCalculator.iaqi(AqiStandard.HJ633_2026, Pollutant.PM2_5, new BigDecimal("115.5")).value()).isEqualTo(152);
        Iaqi down = AqiCalculator.iaqi(AqiStandard.HJ633_2026, Pollutant.PM2_5, new BigDecimal("114.5"));
        assertThat(down.concentration()).isEqualByComparingTo("114");
        assertThat(down.value()).isEqualTo(150);
        // 150.5 → 150 (stays 重度 threshold IAQI 200, not 201)
        assertThat(AqiCalculator.iaqi(AqiStandard.HJ633_2026, Pollutant.PM2_5, new BigDecimal("150.5")).value()).isEqualTo(200);
        // CO keeps one decimal: 3.45 → 3.4, 3.55 → 3.6
        assertThat(AqiCalculator.iaqi(AqiStandard.HJ633_2026, Pollutant.CO, new BigDecimal("3.45")).concentration())
                .isEqualByComparingTo("3.4");
        assertThat(AqiCalculator.iaqi(AqiStandard.HJ633_2026, Pollutant.CO, new BigDecimal("3.55")).concentration())
                .isEqualByComparingTo("3.6");
    }

    @Test
    void exactArithmeticAtABreakpointGivesNoFloatingPointSurprise() {
        // (100-50)/(75-35)*(75-35)+50 is exactly 100 under 2012; a double computation can land on 100.00000000000001
        assertThat(AqiCalculator.iaqi(AqiStandard.HJ633_2012, Pollutant.PM2_5, BigDecimal.valueOf(75)).value()).isEqualTo(100);
        // CO 0.6 mg/m3: 50/2*0.6 = 15 exactly
        assertThat(AqiCalculator.iaqi(AqiStandard.HJ633_2012, Pollutant.CO, new BigDecimal("0.6")).value()).isEqualTo(15);
    }

    @Test
    void aboveTheTopBreakpointIsCappedAndFlagged() {
        Iaqi i = AqiCalculator.iaqi(AqiStandard.HJ633_2026, Pollutant.PM2_5, BigDecimal.valueOf(650));
        assertThat(i.value()).isEqualTo(500);
        assertThat(i.capped()).isTrue();
    }

    @Test
    void ozoneAbove800FollowsEachEdition() {
        Iaqi i = AqiCalculator.iaqi(AqiStandard.HJ633_2026, Pollutant.O3_8H, BigDecimal.valueOf(900));
        assertThat(i.value()).isEqualTo(300);
        assertThat(i.capped()).isFalse();
        assertThatThrownBy(() -> AqiCalculator.iaqi(AqiStandard.HJ633_2012, Pollutant.O3_8H, BigDecimal.valueOf(900)))
                .isInstanceOf(AqiInputException.class);
    }

    @Test
    void negativeConcentrationIsRefused() {
        assertThatThrownBy(() -> AqiCalculator.iaqi(AqiStandard.HJ633_2026, Pollutant.SO2, BigDecimal.valueOf(-1)))
                .isInstanceOf(AqiInputException.class);
    }

    @Test
    void the2026RangeStartsAtOne() {
        assertThat(AqiCalculator.compute(AqiStandard.HJ633_2026, Map.of(Pollutant.SO2, BigDecimal.ZERO)).aqi()).isEqualTo(1);
        assertThat(AqiCalculator.compute(AqiStandard.HJ633_2012, Map.of(Pollutant.SO2, BigDecimal.ZERO)).aqi()).isZero();
    }

    private static Map<Pollutant, BigDecimal> day(int pm25, int pm10, int so2, int no2, String co, int o3) {
        Map<Pollutant, BigDecimal> m = new LinkedHashMap<>();
        m.put(Pollutant.PM2_5, BigDecimal.valueOf(pm25));
        m.put(Pollutant.PM10, BigDecimal.valueOf(pm10));
        m.put(Pollutant.SO2, BigDecimal.valueOf(so2));
        m.put(Pollutant.NO2, BigDecimal.valueOf(no2));
        m.put(Pollutant.CO, new BigDecimal(co));
        m.put(Pollutant.O3_8H, BigDecimal.valueOf(o3));
        return m;
    }
}
