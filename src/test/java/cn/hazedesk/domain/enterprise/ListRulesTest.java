package cn.hazedesk.domain.enterprise;

import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Value parsing, header matching, validation and diffing of list data. */
class ListRulesTest {
    private static final RegionCatalog REGIONS = new RegionCatalog(List.of(
            new Region("640200", "石嘴山市", Region.Level.CITY),
            new Region("640202", "大武口区", Region.Level.DISTRICT),
            new Region("640205", "惠农区", Region.Level.DISTRICT),
            new Region("640221", "平罗县", Region.Level.DISTRICT)));
    private static final IndustryCatalog INDUSTRIES = new IndustryCatalog(List.of(
            new Industry("焦化", true), new Industry("电石", false)));
    private final EnterpriseValidator validator = new EnterpriseValidator(REGIONS, INDUSTRIES);

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({"30%, 0.3", "0.3, 0.3", "３０％, 0.3", "12.5%, 0.125", "100%, 1", "0, 0", "' 0.25 ', 0.25", "150%, 1.5"})
    void fractionsAreReadAsPeopleWriteThem(String raw, String expected) {
        assertThat(ValueParser.fraction(raw)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @Test
    void numbersAcceptFullWidthDigitsSeparatorsAndSpaces() {
        assertThat(ValueParser.decimal("１２３．５")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("123.5"));
        assertThat(ValueParser.decimal(" 1,234.5 ")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1234.5"));
        assertThat(ValueParser.decimal("约12吨")).isEmpty();
        assertThat(ValueParser.decimal("")).isEmpty();
        assertThat(ValueParser.clean("  惠农（示例）ＡＢＣ１２３　公司 ")).isEqualTo("惠农（示例）ABC123 公司");
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({"A, A", "a, A", "Ａ, A", "A+, A_PLUS", "B-, B_MINUS", "B－, B_MINUS", "B−, B_MINUS", "B级, B",
            "引领性, LEADING", "绩效引领性, LEADING", "非引领性, NON_LEADING", "未评级, UNRATED", "'', UNRATED"})
    void gradesAreReadForgivingly(String raw, PerformanceGrade expected) {
        assertThat(grade(raw)).contains(expected);
    }

    @Test
    void anUnknownGradeIsNotGuessed() {
        assertThat(grade("E")).isEmpty();
        assertThat(grade("优秀")).isEmpty();
    }

    /** A grade cell read as the list reads it: the list vocabulary's words, then the letters. */
    private static java.util.Optional<PerformanceGrade> grade(String raw) {
        return cn.hazedesk.testing.ListWordsForTests.WORDS.values().grade(raw).filter(g -> g.control() == null)
                .map(cn.hazedesk.domain.listimport.ValueWords.GradeWords::grade);
    }

    @Test
    void aGoodEnterprisePasses() {
        assertThat(validator.validate(enterprise("91640202000000000K", List.of(line("1号焦炉", "12", "0.3"))))).isEmpty();
    }

    @Test
    void everyRuleReportsItsFieldAndLine() {
        Enterprise bad = new Enterprise("91640202000000000X", "", "640299", "炼金", PerformanceGrade.B,
                ControlType.KEY_INDUSTRY, null, new BigDecimal("200"), new BigDecimal("60"), null, null, null, null,
                false, -1, null, List.of(line("1号焦炉", "-3", "1.5"), line("1号焦炉", "1", "0.1")));
        List<ListProblem> problems = validator.validate(bad);
        assertThat(problems).extracting(p -> p.field() + "/" + p.lineName() + "/" + p.kind()).containsExactlyInAnyOrder(
                "NAME/null/REQUIRED",
                "USCC/null/USCC_INVALID",
                "DISTRICT/null/UNKNOWN_DISTRICT",
                "INDUSTRY/null/UNKNOWN_INDUSTRY",
                "LONGITUDE/null/LONGITUDE_RANGE",
                "LATITUDE/null/LATITUDE_RANGE",
                "TRUCKS/null/NEGATIVE",
                "SO2/1号焦炉/NEGATIVE",
                "YELLOW_FRACTION/1号焦炉/FRACTION_RANGE",
                "LINE_NAME/1号焦炉/DUPLICATE_LINE");
        ListProblem uscc = problems.stream().filter(p -> p.field() == ListField.USCC).findFirst().orElseThrow();
        assertThat(uscc.args()).containsExactly("CHECK_DIGIT", "K", "X");
    }

    @Test
    void anEnterpriseNeedsALine() {
        assertThat(validator.validate(enterprise("91640202000000000K", List.of())))
                .extracting(ListProblem::kind).containsExactly(ListProblem.Kind.NO_LINES);
    }

    @Test
    void theDiffNamesEachChangedFieldAndLine() {
        Enterprise before = enterprise("91640202000000000K", List.of(line("1号焦炉", "12", "0.3"), line("2号焦炉", "5", "0.2")));
        Enterprise after = new Enterprise(before.uscc(), "新名称（示例）", before.districtCode(), before.industry(),
                PerformanceGrade.A, before.controlType(), before.address(), before.longitude(), before.latitude(),
                before.contactName(), "0952-0000000", null, null, false, null, null,
                List.of(line("1号焦炉", "12.000", "0.5"), line("3号焦炉", "1", "0.1")));
        assertThat(EnterpriseDiff.changes(before, after, cn.hazedesk.testing.ListWordsForTests.WORDS.values()))
                .extracting(c -> c.field() + "/" + c.lineName() + ":" + c.oldValue() + "→" + c.newValue())
                .containsExactly(
                        "NAME/null:测试焦化有限公司（示例）→新名称（示例）",
                        "GRADE/null:B→A",
                        "PHONE/null:0952-1234567→0952-0000000",
                        "LINE_REMOVED/2号焦炉:2号焦炉→",
                        "YELLOW_FRACTION/1号焦炉:30%→50%",
                        "LINE_ADDED/3号焦炉:→3号焦炉");
        assertThat(EnterpriseDiff.changes(before, before, cn.hazedesk.testing.ListWordsForTests.WORDS.values())).isEmpty();
    }

    private static Enterprise enterprise(String uscc, List<ProductionLine> lines) {
        return new Enterprise(uscc, "测试焦化有限公司（示例）", "640202", "焦化", PerformanceGrade.B, ControlType.KEY_INDUSTRY,
                "大武口区", new BigDecimal("106.38"), new BigDecimal("39.01"), "张三", "0952-1234567", null, null, false,
                null, null, lines);
    }

    private static ProductionLine line(String name, String so2, String yellow) {
        return new ProductionLine(name, "焦炉", "10万吨/年", new BigDecimal(so2), BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ZERO, List.of(new LevelMeasure(WarningLevel.YELLOW, MeasureType.CAP, new BigDecimal(yellow), "限产")));
    }
}
