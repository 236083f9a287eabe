package cn.hazedesk.infra.data;

import cn.hazedesk.domain.document.DocumentKind;
import cn.hazedesk.domain.document.compose.DocumentComposer;
import cn.hazedesk.domain.document.compose.TemplateSet;
import cn.hazedesk.domain.document.template.TemplateException;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.document.OrderEnvelope;
import cn.hazedesk.domain.document.compose.Block;
import cn.hazedesk.domain.enterprise.TransportRule;
import cn.hazedesk.domain.response.ResponseOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** data/documents/*.txt, and a site's own file in <data>/rules/documents/ replacing the bundled one. */
class DocumentTemplateFilesTest {
    @TempDir
    Path rules;

    private static final ResponseOrder ORDER = new ResponseOrder("91640202MA00000001", "甲公司（测试）", "640205", "惠农区", "其他",
            PerformanceGrade.UNRATED, WarningLevel.YELLOW, ControlType.GENERAL, null, null, null, null, List.of(),
            TransportRule.NONE);

    private static String text(cn.hazedesk.domain.document.compose.ComposedDocument d) {
        StringBuilder b = new StringBuilder();
        for (Block x : d.blocks()) {
            b.append(x).append('\n');
        }
        return b.toString();
    }

    @Test
    void everyBundledTemplateParsesAndEveryKindHasOne() {
        TemplateSet set = new DocumentTemplateFiles(null).load();
        for (DocumentKind k : DocumentKind.values()) {
            assertThat(set.get(k).sectionNames()).as(k.fileName()).isNotEmpty();
        }
    }

    @Test
    void aSiteFileReplacesTheBundledWordingAtTheNextLoad() throws Exception {
        DocumentTemplateFiles files = new DocumentTemplateFiles(rules);
        OrderEnvelope env = OrderEnvelope.planning(LocalDate.of(2026, 12, 9), false);
        assertThat(text(new DocumentComposer(files.load()).order(ORDER, env, 0))).contains("石嘴山市生态环境局惠农区分局");

        Files.createDirectories(rules.resolve("documents"));
        String common = DocumentTemplateFiles.bundledText(DocumentKind.COMMON)
                .replace("石嘴山市生态环境局惠农区分局", "惠农区应急办（本地）");
        Files.writeString(rules.resolve("documents/common.txt"), common);
        String order = DocumentTemplateFiles.bundledText(DocumentKind.RESPONSE_ORDER)
                .replace("[title]\n重污染天气应急响应告知书", "[title]\n应急减排措施告知单");
        Files.writeString(rules.resolve("documents/response-order.txt"), order);
        String t = text(new DocumentComposer(files.load()).order(ORDER, env, 0));
        assertThat(t).contains("惠农区应急办（本地）", "应急减排措施告知单").doesNotContain("惠农区分局");
    }

    @Test
    void aSiteTemplateUsingAnUnknownPlaceholderFailsNamingIt() throws Exception {
        Files.createDirectories(rules.resolve("documents"));
        String order = DocumentTemplateFiles.bundledText(DocumentKind.RESPONSE_ORDER)
                .replace("[addressee]\n${enterpriseName}：", "[addressee]\n${enterpriseName}（${legalPerson}、${plantManager}）：");
        Files.writeString(rules.resolve("documents/response-order.txt"), order);
        DocumentComposer c = new DocumentComposer(new DocumentTemplateFiles(rules).load());
        assertThatThrownBy(() -> c.order(ORDER, OrderEnvelope.planning(LocalDate.of(2026, 12, 9), false), 0))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.template()).isEqualTo("response-order.txt");
                    assertThat(e.subjects()).containsExactly("legalPerson", "plantManager");
                });
    }

    @Test
    void aMalformedSiteTemplateNamesItsFileAndLine() throws Exception {
        Files.createDirectories(rules.resolve("documents"));
        Files.writeString(rules.resolve("documents/lift-notice.txt"), "[title]\n关于${levelName预警\n");
        assertThatThrownBy(() -> new DocumentTemplateFiles(rules).load()).isInstanceOfSatisfying(TemplateException.class, e -> {
            assertThat(e.template()).isEqualTo("lift-notice.txt");
            assertThat(e.line()).isEqualTo(2);
        });
    }

    @Test
    void aSitePhrasesFileFromAnOlderVersionKeepsItsWordingAndGetsThePhrasesItLacks() throws Exception {
        Files.createDirectories(rules.resolve("documents"));
        // a city's phrases.txt written before grades and control types were worded in it: one phrase of its own
        Files.writeString(rules.resolve("documents/phrases.txt"), "# 本市\n[listSeparator]\n，\n");
        cn.hazedesk.domain.document.compose.Phrases phrases =
                cn.hazedesk.domain.document.compose.Phrases.of(new DocumentTemplateFiles(rules).load());
        assertThat(phrases.get("listSeparator")).isEqualTo("，");
        assertThat(phrases.get("PerformanceGrade.LEADING")).isEqualTo("引领性");
        assertThat(phrases.get("ControlType.PROTECTED")).isEqualTo("保障类");

        ResponseOrder protectedOrder = new ResponseOrder("91640202MA00000001", "甲公司（测试）", "640205", "惠农区", "其他",
                PerformanceGrade.NON_LEADING, WarningLevel.YELLOW, ControlType.PROTECTED, null, null, null, null,
                List.of(), TransportRule.NONE);
        String printed = text(new DocumentComposer(new DocumentTemplateFiles(rules).load())
                .order(protectedOrder, OrderEnvelope.planning(LocalDate.of(2026, 12, 9), false), 0));
        assertThat(printed).contains("非引领性");
    }
}
