package cn.hazedesk.domain.warning;

import cn.hazedesk.infra.data.CriteriaCsv;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The 2024 and 2018 profiles of data/warning-criteria.csv on daily forecasts (docs/warning-criteria.md). */
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
                new Recommendation.Run(200, D1.plusDays(1).atStartOfDay(), D1.plusDays(4).atStartOfDay(), 72),
                new Recommendation.Run(300, D1.plusDays(3).atStartOfDay(), D1.plusDays(4).atStartOfDay(), 24));
        assertThat(r.evidence().get(0).days()).isEqualTo(3);
        assertThat(r.evidence().get(0).lastDay()).isEqualTo(D1.plusDays(3));
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

    // ---- any continuous 24 h, half-days and hours, long forecasts (issue 15 point 8) ----

    private static List<ForecastPeriod> halfDays(String aqis) {
        List<ForecastPeriod> out = new ArrayList<>();
        String[] v = aqis.trim().split("\\s+");
        for (int i = 0; i < v.length; i++) {
            out.add(new ForecastPeriod(D1.atStartOfDay().plusHours(12L * i), 12, Integer.parseInt(v[i]), false));
        }
        return out;
    }

    private static List<ForecastPeriod> hours(int before, int hoursAbove, int value, int after, int base) {
        List<ForecastPeriod> out = new ArrayList<>();
        int h = 0;
        for (int i = 0; i < before; i++, h++) {
            out.add(new ForecastPeriod(D1.atStartOfDay().plusHours(h), 1, base, false));
        }
        for (int i = 0; i < hoursAbove; i++, h++) {
            out.add(new ForecastPeriod(D1.atStartOfDay().plusHours(h), 1, value, false));
        }
        for (int i = 0; i < after; i++, h++) {
            out.add(new ForecastPeriod(D1.atStartOfDay().plusHours(h), 1, base, false));
        }
        return out;
    }

    @Test
    void halfDaysLetTheTwentyFourHoursCrossMidnight() {
        CriteriaProfile p2018 = CriteriaCsv.profile("2018", null).orElseThrow();
        // by day 190 / 260 / 190: AQI>200 on one day only, no 2018 yellow (48 h), only temporary control
        assertThat(CriteriaEvaluator.recommend(p2018, days("190 260 190")).level()).isEqualTo(RecommendedLevel.TEMP_CONTROL);
        // the same days by half-day 120|260 260|260 260|120: from the first noon to the third noon every 24 h averages 260
        Recommendation r = CriteriaEvaluator.recommendPeriods(p2018, halfDays("120 260 260 260 260 120"));
        assertThat(r.level()).isEqualTo(RecommendedLevel.YELLOW);
        assertThat(r.evidence()).containsExactly(new Recommendation.Run(200, D1.atTime(12, 0), D1.plusDays(2).atTime(12, 0), 48));
        assertThat(r.evidence().get(0).wholeDays()).isFalse();
    }

    @Test
    void hourlyForecastsCountEveryTwentyFourHourWindow() {
        CriteriaProfile p2024 = CriteriaCsv.profile("2024", null).orElseThrow();
        // 36 h at 230 between hours at 100: a window averages above 200 when it holds at least 19 of those hours
        // (19 × 230 + 5 × 100 = 4870 > 4800): windows from hour 15 to hour 37 → 15:00 on day 1 to 13:00 on day 3, 46 h
        Recommendation r = CriteriaEvaluator.recommendPeriods(p2024, hours(20, 36, 230, 40, 100));
        assertThat(r.level()).isEqualTo(RecommendedLevel.YELLOW);
        Recommendation.Run run = r.evidence().get(0);
        assertThat(run.from()).isEqualTo(D1.atTime(15, 0));
        assertThat(run.hours()).isEqualTo(46);
        // a gap in the hours breaks the windows
        List<ForecastPeriod> gap = new ArrayList<>(hours(20, 36, 230, 40, 100));
        gap.remove(38);
        assertThat(CriteriaEvaluator.recommendPeriods(p2024, gap).evidence().get(0).hours()).isLessThan(46);
        // a dust hour inside a window keeps that window out
        List<ForecastPeriod> dust = new ArrayList<>(hours(20, 36, 230, 40, 100));
        ForecastPeriod d = dust.get(38);
        dust.set(38, new ForecastPeriod(d.start(), 1, d.aqi(), true));
        assertThat(CriteriaEvaluator.recommendPeriods(p2024, dust).evidence().get(0).hours()).isLessThan(46);
    }

    @Test
    void withFiveToSevenDaysThe2018RedOfNinetySixHoursIsReachable() {
        CriteriaProfile p2018 = CriteriaCsv.profile("2018", null).orElseThrow();
        // three days could never reach 96 h
        assertThat(CriteriaEvaluator.recommend(p2018, days("320 320 250")).level()).isEqualTo(RecommendedLevel.ORANGE);
        assertThat(CriteriaEvaluator.recommend(p2018, days("320 320 250 250 210")).level()).isEqualTo(RecommendedLevel.RED);
        assertThat(CriteriaEvaluator.recommend(p2018, days("120 320 320 250 250 210 180")).level()).isEqualTo(RecommendedLevel.RED);
        assertThat(CriteriaEvaluator.recommend(p2018, days("320 250 250 250 210")).level()).as("AQI>300 only 24 h")
                .isEqualTo(RecommendedLevel.ORANGE);
    }

    @Test
    void theLiftCountsHoursWhereTheForecastGivesThem() {
        CriteriaProfile p2024 = CriteriaCsv.profile("2024", null).orElseThrow();
        // by day: 120, then a day averaging (16 × 120 + 8 × 250) / 24 = 163 > 150: only 24 h below
        assertThat(LiftCheck.hoursBelow(p2024, days("120 163"))).isEqualTo(24);
        // by hour the same forecast is below for 40 h: the 36 h rule is met
        assertThat(LiftCheck.hoursBelowPeriods(p2024, hours(0, 0, 0, 40, 120).stream().toList())).isEqualTo(40);
        List<ForecastPeriod> h = new ArrayList<>(hours(40, 8, 250, 0, 120));
        assertThat(LiftCheck.hoursBelowPeriods(p2024, h)).isEqualTo(40);
        // half-days: 120 120 120 250 → 36 h exactly
        assertThat(LiftCheck.hoursBelowPeriods(p2024, halfDays("120 120 120 250"))).isEqualTo(36);
    }
}
