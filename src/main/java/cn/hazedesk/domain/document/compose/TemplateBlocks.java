package cn.hazedesk.domain.document.compose;

import cn.hazedesk.domain.document.DocumentKind;
import cn.hazedesk.domain.document.compose.Block.Align;
import cn.hazedesk.domain.document.compose.Block.Column;
import cn.hazedesk.domain.document.compose.Block.Style;
import cn.hazedesk.domain.document.template.TemplateException;
import cn.hazedesk.domain.document.template.TemplateFiller;
import cn.hazedesk.domain.enterprise.WarningLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;


/**
 * What every document's composition shares: a template filler for a document kind and level, the level names put
 * into it, and the template's sections turned into blocks. Body sections are one paragraph per line; a line
 * starting with 一、 is a level-1 heading (黑体), one starting with （一） a level-2 heading (楷体 up to the first 。).
 * Form sections are one row per line: {@code label|value[|minimum lines[|footer]]}. Column sections are one line:
 * {@code header|header|...}.
 */
final class TemplateBlocks {
    static final String CHECKED = "■";
    static final String UNCHECKED = "□";

    private TemplateBlocks() {
    }

    static TemplateFiller filler(TemplateSet templates, DocumentKind kind, String variant) {
        return new TemplateFiller(templates.get(kind), templates.get(DocumentKind.COMMON), variant);
    }

    static String variant(WarningLevel level) {
        return level == null ? null : level.name().toLowerCase(Locale.ROOT);
    }

    static void putLevel(DocumentFormats fmt, TemplateFiller f, String prefix, WarningLevel level) {
        f.put(prefix + "Name", fmt.levelName(level));
        f.put(prefix.equals("level") ? "responseGrade" : prefix + "ResponseGrade", fmt.responseGrade(level));
    }

    static ComposedDocument done(DocumentFormats fmt, TemplateFiller f, DocumentKind kind, String title,
                                 ComposedDocument.Format format, boolean drill, List<Block> blocks) {
        String mark = drill ? f.value("drillMark") : null;
        f.check();
        String pageLabel = f.optionalValue("pageLabel");
        return new ComposedDocument(title, format, drill, mark,
                pageLabel.isBlank() ? fmt.words().get("pageLabel") : pageLabel, blocks);
    }

    /**
     * Each line a paragraph; a line opening with a numeral and 、 is a level-1 heading, one with a bracketed numeral a
     * level-2 heading (the numerals and marks: phrases.txt).
     */
    static void body(DocumentFormats fmt, List<Block> blocks, List<String> lines) {
        Pattern heading1 = fmt.heading1();
        Pattern heading2 = fmt.heading2();
        for (String l : lines) {
            Style s = heading1.matcher(l).matches() ? Style.HEADING1
                    : heading2.matcher(l).matches() ? Style.HEADING2 : Style.BODY;
            blocks.add(new Block.Paragraph(l.strip(), s));
        }
    }

    static List<Column> columns(TemplateFiller f, String section, int count, double[] weights, Align[] aligns) {
        String[] headers = f.section(section).split("\\|", -1);
        if (headers.length != count) {
            throw new TemplateException(f.template().name(), TemplateException.Problem.WRONG_COLUMNS,
                    section + " (" + count + ")", 0);
        }
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new Column(headers[i].strip(), weights[i], aligns[i]));
        }
        return out;
    }

    /** Trims ASCII spaces only: leading full-width spaces in a form value are the city's spacing for handwriting. */
    private static String trimAscii(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        return s.substring(from, to);
    }

    static Block.Form form(TemplateFiller f, String section, double labelWeight) {
        List<Block.FormRow> rows = new ArrayList<>();
        for (String line : f.lines(section)) {
            String[] p = line.split("\\|", -1);
            int min = 1;
            if (p.length > 2 && !p[2].isBlank()) {
                try {
                    min = Integer.parseInt(p[2].strip());
                } catch (NumberFormatException e) {
                    throw new TemplateException(f.template().name(), TemplateException.Problem.BAD_FORM_ROW, line, 0);
                }
            }
            rows.add(new Block.FormRow(p[0].strip(), p.length > 1 ? trimAscii(p[1]) : "", min, p.length > 3 ? trimAscii(p[3]) : ""));
        }
        return new Block.Form(rows, labelWeight);
    }
}
