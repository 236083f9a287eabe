package cn.hazedesk.infra.data;

import cn.hazedesk.domain.listimport.ListVocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city's own list vocabulary (rules/list-vocabulary.csv) written for an older version, before kinds such as
 * whole_plant, sheet, yes/no, subtotal and unit_hint existed: the start does not stop and no rule is lost — a kind
 * the city's file lacks comes from the bundled file, and the city's own words still count for the kinds it has.
 */
class ListReadingCsvTest {
    @TempDir
    Path rules;

    @Test
    void kindsAnOlderSiteFileLacksComeFromTheBundledFile() throws Exception {
        Set<String> newer = Set.of("whole_plant", "sheet", "yes", "no", "subtotal", "unit_hint", "header", "measure_type");
        List<String> old = Files.readAllLines(Path.of("data", "list-vocabulary.csv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !newer.contains(l.split(",", 2)[0]))
                .map(l -> l.startsWith("field,NAME,") ? l + "|本市企业名" : l).toList();
        Files.write(rules.resolve("list-vocabulary.csv"), old, StandardCharsets.UTF_8);

        ListVocabulary v = ListReadingCsv.vocabulary(rules);
        assertThat(v.wholePlant()).isNotBlank();
        assertThat(v.subtotal("小计")).isTrue();
        assertThat(v.values().yesNo("是")).contains(true);
        assertThat(v.values().yesNo("否")).contains(false);
        assertThat(v.field("本市企业名")).as("the city's own word for a kind it has").isPresent();
        assertThat(v.values().header(cn.hazedesk.domain.enterprise.ListField.RED_FRACTION)).isEqualTo("红色预警减排比例");
        assertThat(v.values().word(cn.hazedesk.domain.enterprise.MeasureType.EXTEND_COKING)).isEqualTo("延长结焦时间");
    }

    @Test
    void theWordsTheListWritesAreTheCitysFirstNamesAndEveryValueMustHaveOne() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("data", "list-vocabulary.csv"), StandardCharsets.UTF_8).stream()
                .map(l -> l.startsWith("control,PROTECTED,") ? "control,PROTECTED,民生保障类|保障类" : l)
                .map(l -> l.startsWith("header,GRADE,") ? "header,GRADE,环保绩效等级" : l).toList();
        Files.write(rules.resolve("list-vocabulary.csv"), lines, StandardCharsets.UTF_8);
        ListVocabulary v = ListReadingCsv.vocabulary(rules);
        assertThat(v.values().word(cn.hazedesk.domain.enterprise.ControlType.PROTECTED)).isEqualTo("民生保障类");
        assertThat(v.values().header(cn.hazedesk.domain.enterprise.ListField.GRADE)).isEqualTo("环保绩效等级");
        assertThat(v.values().control("保障类")).contains(cn.hazedesk.domain.enterprise.ControlType.PROTECTED);

        // a kind the file has, with one value left without a word: the start names what is missing
        Files.write(rules.resolve("list-vocabulary.csv"), lines.stream()
                .filter(l -> !l.startsWith("measure_type,STAGGER,")).toList(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ListReadingCsv.vocabulary(rules))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("list-vocabulary.csv").hasMessageContaining("measure_type").hasMessageContaining("STAGGER");
    }
}
