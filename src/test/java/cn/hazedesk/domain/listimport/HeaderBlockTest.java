package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.infra.data.ListReadingCsv;
import cn.hazedesk.infra.data.RegionsCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How a column's header parts (group over sub-header) name its meaning, with the bundled vocabulary. */
class HeaderBlockTest {
    private static final ListVocabulary WORDS = ListReadingCsv.vocabulary(null);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "企业名称|NAME", "单位名称|NAME", "*统一社会信用代码|USCC", "县（市、区）|DISTRICT", "县区|DISTRICT",
            "所属区县|DISTRICT", "行业|INDUSTRY", "行业类别|INDUSTRY", "绩效分级|GRADE", "绩效等级|GRADE",
            "生产线/工序|LINE_NAME", "工序|LINE_NAME", "生产设施|LINE_NAME", "经度(°)|LONGITUDE",
            "二氧化硫年排放量（吨）|SO2", "SO₂排放量(t/a)|SO2", "主要污染物年排放量（吨）/SO2|SO2", "污染物排放量/二氧化硫|SO2",
            "主要污染物年排放量（吨）/NOx|NOX", "主要污染物年排放量（吨）/颗粒物|PM", "年排放量/烟粉尘|PM",
            "年排放量/VOCs|VOCS", "挥发性有机物年排放量|VOCS",
            "黄色预警/减排比例|YELLOW_FRACTION", "黄色预警/减排措施|YELLOW_TEXT", "黄色预警减排措施|YELLOW_TEXT",
            "应急减排措施/红色预警|RED_TEXT", "应急减排措施/橙色预警/比例(%)|ORANGE_FRACTION", "Ⅲ级/措施类型|YELLOW_TYPE",
            "红色预警期间减排措施|RED_TEXT", "企业名称【全称】|NAME", "县〔区〕|DISTRICT", "二氧化硫年排放量〔吨〕|SO2"})
    void aColumnIsNamedByItsPartsTopToBottom(String header, ListField field) {
        Object meaning = HeaderBlock.classify(Arrays.asList(header.split("/(?![ad年])")), WORDS);
        assertThat(meaning).as(header).isInstanceOf(SheetLayout.Column.class);
        assertThat(((SheetLayout.Column) meaning).field()).as(header).isEqualTo(field);
    }

    /** Yes and no in a cell (data/list-vocabulary.csv, kinds yes and no); the first of each is the one written. */
    @Test
    void yesAndNoAreWordsOfTheVocabulary() {
        assertThat(WORDS.values().yesNo("是")).contains(true);
        assertThat(WORDS.values().yesNo(" 涉及 ")).contains(true);
        assertThat(WORDS.values().yesNo("Ｙ")).contains(true);
        assertThat(WORDS.values().yesNo("否")).contains(false);
        assertThat(WORDS.values().yesNo("不涉及")).contains(false);
        assertThat(WORDS.values().yesNo("×")).contains(false);
        assertThat(WORDS.values().yesNo("也许")).isEmpty();
        assertThat(WORDS.values().yesNo("")).isEmpty();
        assertThat(WORDS.values().yesNoWord(true)).isEqualTo("是");
        assertThat(WORDS.values().yesNoWord(false)).isEqualTo("否");
        assertThat(WORDS.sheetName(ListVocabulary.Sheet.LIST)).isEqualTo("应急减排清单");
        assertThat(WORDS.wholePlant()).isEqualTo("全厂");
    }

    /** A grade cell may write a control word with the grade, separated by a dash, a bracket, 、, / or _. */
    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "民生豁免-B|B|PROTECTED", "保障类、B|B|PROTECTED", "保障类（B）|B|PROTECTED", "重点行业_A级|A|KEY_INDUSTRY",
            "一般〔D〕|D|GENERAL", "一般/D|D|GENERAL", "长期停产|UNRATED|LONG_TERM_SHUTDOWN"})
    void aGradeCellMayNameTheControlTypeToo(String cell, cn.hazedesk.domain.enterprise.PerformanceGrade grade,
                                            cn.hazedesk.domain.enterprise.ControlType control) {
        assertThat(WORDS.values().grade(cell)).as(cell).contains(new ValueWords.GradeWords(grade, control));
    }

    @ParameterizedTest(name = "{0} is not read: {1}")
    @CsvSource(delimiter = '|', value = {
            "序号|UNKNOWN", "备注|UNKNOWN", "主要产品|UNKNOWN", "PM10|UNKNOWN", "红色预警SO2减排量(吨)|NOT_READ",
            "二氧化硫排放浓度|NOT_READ", "许可排放量/二氧化硫|NOT_READ", "SO2|NOT_EMISSION", "二氧化硫排放量(吨/天)|UNIT",
            "黄色预警/橙色预警|AMBIGUOUS"})
    void columnsThatAreNotReadSayWhy(String header, SheetLayout.IgnoreReason reason) {
        Object meaning = HeaderBlock.classify(Arrays.asList(header.split("/(?![ad天年])")), WORDS);
        assertThat(meaning).as(header).isInstanceOf(SheetLayout.IgnoredColumn.class);
        assertThat(((SheetLayout.IgnoredColumn) meaning).reason()).as(header).isEqualTo(reason);
    }

    @Test
    void aMergedTitleAboveATwoRowHeaderIsSkippedAndTheUnitsComeFromTheGroup() {
        Map<Integer, Map<Integer, String>> rows = Map.of(
                1, Map.of(0, "石嘴山市应急减排清单"),
                2, Map.of(0, "企业名称", 1, "统一社会信用代码", 2, "区县", 3, "行业", 4, "生产线",
                        5, "主要污染物年排放量（千克）", 9, "黄色预警", 11, "橙色预警", 13, "红色预警"),
                3, Map.of(5, "SO2", 6, "NOx", 7, "颗粒物", 8, "VOCs", 9, "减排措施", 10, "减排比例", 11, "减排措施",
                        12, "减排比例", 13, "减排措施", 14, "减排比例"),
                4, Map.of(0, "甲公司", 1, "x"));
        List<MergedRegion> merges = List.of(new MergedRegion(1, 1, 0, 14), new MergedRegion(2, 3, 0, 0),
                new MergedRegion(2, 3, 1, 1), new MergedRegion(2, 3, 2, 2), new MergedRegion(2, 3, 3, 3),
                new MergedRegion(2, 3, 4, 4), new MergedRegion(2, 2, 5, 8), new MergedRegion(2, 2, 9, 10),
                new MergedRegion(2, 2, 11, 12), new MergedRegion(2, 2, 13, 14));
        SheetLayout layout = HeaderBlock.find("清单", rows, merges, WORDS, RegionsCsv.load());
        assertThat(layout.found()).isTrue();
        assertThat(layout.headerFirstRow()).isEqualTo(2);
        assertThat(layout.headerLastRow()).isEqualTo(3);
        assertThat(layout.columnsOf(ListField.SO2).get(0).factor()).isEqualByComparingTo("0.001");
        assertThat(layout.column(ListField.ORANGE_FRACTION)).isEqualTo(12);
        assertThat(layout.header(ListField.VOCS, cn.hazedesk.testing.ListWordsForTests.WORDS.values())).isEqualTo("主要污染物年排放量（千克）/VOCs");
    }
}
