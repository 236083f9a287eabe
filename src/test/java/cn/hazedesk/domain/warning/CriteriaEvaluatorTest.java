package cn.hazedesk.domain.warning;

import cn.hazedesk.infra.data.CriteriaCsv;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The 2024 and 2018 profiles of data/warning-criteria.csv on daily forecasts (DOMAIN.md §1.3, §10.2). */
class CriteriaEvaluatorTest {
    private static final LocalDate D1 = LocalDate.of(2026, 12, 10);

    private static List<DailyForecast> days(String aqis) {
        List<DailyForecast> out = new ArrayList<>();
        String[] v = aqis.split(" ");
        for (int i = 0; i < v.length; i++) {
            boolean dust = v[i].endsWith("d");
            out.add(new DailyForecast(D1.plusDays(i), Integer.parseInt(v[i].replace("d", "")), dust));
        }
        return out;
    }

    private static RecommendedLevel level(String profile, String aqis) {
        return CriteriaEvaluator.recommend(CriteriaCsv.profile(profile, null).orElseThrow(), days(aqis)).level();
    }

    @ParameterizedTest(name = "2024 {0} → {1}")
    @CsvSource({
            "'90 95 99', NONE",
            "'120 130', TEMP_CONTROL",      // AQI>100 for 48 h
            "'160 90', TEMP_CONTROL",       // AQI>150 for 24 h
            "'210 90', YELLOW",             // AQI>200 for 24 h
            "'160 170', YELLOW",            // AQI>150 for 48 h
            "'210 220', ORANGE",            // AQI>200 for 48 h
            "'160 170 180', ORANGE",        // AQI>150 for 72 h
            "'210 220 230', ORANGE",        // 3 days >200 but none >300
            "'210 220 310', RED",           // AQI>200 for 72 h and >300 for 24 h
            "'210 90 220', YELLOW",         // a clean day breaks the run
            "'210 220d 230', YELLOW"})      // a dust day never counts and breaks the run
    void profile2024(String aqis, RecommendedLevel expected) {
        assertThat(level("2024", aqis)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "2018 {0} → {1}")
    @CsvSource({
            "'210 90', TEMP_CONTROL",
            "'210 220', YELLOW",            // AQI>200 for 48 h
            "'210 220 230', ORANGE",        // AQI>200 for 72 h
            "'210 220 310 320', RED",       // >200 for 96 h and >300 for 48 h
            "'210 220 230 310', ORANGE",    // >300 only 24 h
            "'100 500', RED"})              // forecast AQI reaches 500
    void profile2018(String aqis, RecommendedLevel expected) {
        assertThat(level("2018", aqis)).isEqualTo(expected);
    }

    @Test
    void theEvidenceNamesTheDaysThatMetTheRuleAndTheDustDays() {
        Recommendation r = CriteriaEvaluator.recommend(CriteriaCsv.profile("2024", null).orElseThrow(),
                days("420d 210 220 310"));
        assertThat(r.level()).isEqualTo(RecommendedLevel.RED);
        assertThat(r.evidence()).containsExactly(
                new Recommendation.Run(200, D1.plusDays(1), D1.plusDays(3), 3),
                new Recommendation.Run(300, D1.plusDays(3), D1.plusDays(3), 1));
        assertThat(r.dustDays()).containsExactly(D1);
    }

    @Test
    void forecastRowsMayComeInAnyOrderButGapsInTheDatesBreakARun() {
        List<DailyForecast> shuffled = new ArrayList<>(days("210 220 310"));
        java.util.Collections.reverse(shuffled);
        assertThat(CriteriaEvaluator.recommend(CriteriaCsv.profile("2024", null).orElseThrow(), shuffled).level())
                .isEqualTo(RecommendedLevel.RED);
        List<DailyForecast> gap = List.of(new DailyForecast(D1, 210, false), new DailyForecast(D1.plusDays(2), 220, false));
        assertThat(CriteriaEvaluator.recommend(CriteriaCsv.profile("2024", null).orElseThrow(), gap).level())
                .isEqualTo(RecommendedLevel.YELLOW);
    }
}
