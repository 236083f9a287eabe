package cn.hazedesk.domain.document;

import cn.hazedesk.domain.document.template.DocumentTemplate;
import cn.hazedesk.domain.document.template.TemplateException;
import cn.hazedesk.domain.document.template.TemplateFiller;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The wording files: sections, placeholders, level variants, pending wording, and every missing value named. */
class DocumentTemplateTest {
    private static final DocumentTemplate COMMON = DocumentTemplate.parse("common.txt", """
            # shared values
            [bureau]
            石嘴山市生态环境局
            [hotline]
            12369
            """);

    private static final DocumentTemplate T = DocumentTemplate.parse("t.txt", """
            # a note

            [title]
            关于发布${levelName}预警的通知
            [body]

            ${enterpriseName}（${uscc}）：
            请联系${bureau}，电话${hotline}。

            [measures]
            一般措施
            [measures.red]
            红色措施
            [signer]
            分管副市长
            [signer.red]
            市长
            [sign]
            签发：${signer}
            [pending.contactName]
            （清单未登记）
            [pending.blank]
            """);

    @Test
    void sectionsKeepTheirLinesWithoutSurroundingBlankLinesAndNotes() {
        assertThat(T.sectionNames()).containsExactly("title", "body", "measures", "measures.red", "signer", "signer.red",
                "sign", "pending.contactName", "pending.blank");
        assertThat(T.section("body")).contains("${enterpriseName}（${uscc}）：\n请联系${bureau}，电话${hotline}。");
        assertThat(T.placeholders()).containsExactly("levelName", "enterpriseName", "uscc", "bureau", "hotline", "signer");
    }

    @Test
    void valuesComeFromTheDocumentThenTheSiteThenTheTemplatesOwnSections() {
        TemplateFiller f = new TemplateFiller(T, COMMON, "red").put("levelName", "红色").put("enterpriseName", "甲公司")
                .put("uscc", "91640202MA00000001").put("hotline", "0952-12345");
        assertThat(f.section("title")).isEqualTo("关于发布红色预警的通知");
        assertThat(f.lines("body")).containsExactly("甲公司（91640202MA00000001）：", "请联系石嘴山市生态环境局，电话0952-12345。");
        assertThat(f.section("measures")).isEqualTo("红色措施");
        assertThat(f.section("sign")).isEqualTo("签发：市长");
        f.check();
        TemplateFiller yellow = new TemplateFiller(T, COMMON, "yellow");
        assertThat(yellow.section("measures")).isEqualTo("一般措施");
        assertThat(yellow.section("sign")).isEqualTo("签发：分管副市长");
    }

    @Test
    void pendingWordingStandsInForAnUnknownValueEvenWhenEmpty() {
        TemplateFiller f = new TemplateFiller(T, COMMON, null);
        assertThat(f.value("contactName")).isEqualTo("（清单未登记）");
        assertThat(f.value("blank")).isEmpty();
        f.check();
    }

    @Test
    void everyMissingValueIsNamedNeverLeftBlank() {
        TemplateFiller f = new TemplateFiller(T, COMMON, null).put("enterpriseName", " ").put("uscc", null);
        f.section("title");
        f.section("body");
        assertThatThrownBy(f::check).isInstanceOfSatisfying(TemplateException.class, e -> {
            assertThat(e.template()).isEqualTo("t.txt");
            assertThat(e.problem()).isEqualTo(TemplateException.Problem.MISSING_VALUES);
            assertThat(e.subjects()).containsExactly("levelName", "enterpriseName", "uscc");
        });
    }

    @Test
    void aSectionTheDocumentNeedsButTheTemplateLacksIsNamed() {
        TemplateFiller f = new TemplateFiller(T, COMMON, null);
        f.section("addressee");
        f.section("obligations");
        assertThat(f.optional("nothing")).isEmpty();
        assertThatThrownBy(f::check).isInstanceOfSatisfying(TemplateException.class, e -> {
            assertThat(e.problem()).isEqualTo(TemplateException.Problem.MISSING_SECTION);
            assertThat(e.subjects()).containsExactly("addressee", "obligations");
        });
    }

    @Test
    void malformedTemplatesAreRefusedWithTheirLine() {
        assertProblem("text before\n[a]\nx", TemplateException.Problem.TEXT_BEFORE_SECTION, 1, "text before");
        assertProblem("[a]\nx\n[a]\ny", TemplateException.Problem.DUPLICATE_SECTION, 3, "a");
        assertProblem("[a]\n请联系${bureau", TemplateException.Problem.UNCLOSED_PLACEHOLDER, 2, "${bureau");
        assertProblem("[a]\n\n${企业}", TemplateException.Problem.BAD_PLACEHOLDER_NAME, 3, "企业");
        assertProblem("[1a]\nx", TemplateException.Problem.BAD_SECTION_NAME, 1, "1a");
        assertThat(DocumentTemplate.parse("ok.txt", "\uFEFF[supervisingOffice.惠农区]\n惠农区分局\r\n").section("supervisingOffice.惠农区"))
                .contains("惠农区分局");
    }

    private static void assertProblem(String text, TemplateException.Problem problem, int line, String subject) {
        assertThatThrownBy(() -> DocumentTemplate.parse("bad.txt", text)).isInstanceOfSatisfying(TemplateException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.subjects()).containsExactly(subject);
            assertThat(e.getMessage()).contains("bad.txt");
        });
    }
}
