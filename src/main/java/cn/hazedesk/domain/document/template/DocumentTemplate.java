package cn.hazedesk.domain.document.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of one document, as a city edits it (data/documents/NAME.txt): named sections, each a block of text
 * with named placeholders {@code ${name}}.
 *
 * <pre>
 * # a note (a line starting with #)
 * [title]
 * 关于发布重污染天气${levelName}预警的通知
 * [body]
 * first paragraph (one line = one paragraph)
 * second paragraph
 * </pre>
 *
 * A section name may carry a level suffix ({@code [measures.red]}), used instead of the plain one for that level.
 * Text before the first section is not allowed. Leading and trailing blank lines of a section are dropped.
 */
public final class DocumentTemplate {
    /** {@code ${name}}: a letter, then letters, digits, '_' or '.'. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.]*");
    /** A section: a placeholder-like name, optionally followed by .suffix parts (a level, a district name). */
    static final Pattern SECTION_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[^\\s\\[\\]{}$.]+)*");
    private static final Pattern SECTION = Pattern.compile("^\\[([^\\]]+)]\\s*$");

    private final String name;
    private final Map<String, String> sections;

    private DocumentTemplate(String name, Map<String, String> sections) {
        this.name = name;
        this.sections = Collections.unmodifiableMap(sections);
    }

    /** Parses {@code text}; {@code name} (e.g. issue-notice.txt) is used in error messages. */
    public static DocumentTemplate parse(String name, String text) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        List<String> current = null;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.startsWith("#")) {
                continue;
            }
            Matcher m = SECTION.matcher(line.strip());
            if (m.matches() && line.startsWith("[")) {
                String section = m.group(1).strip();
                if (!SECTION_NAME.matcher(section).matches()) {
                    throw new TemplateException(name, TemplateException.Problem.BAD_SECTION_NAME, section, i + 1);
                }
                if (raw.containsKey(section)) {
                    throw new TemplateException(name, TemplateException.Problem.DUPLICATE_SECTION, section, i + 1);
                }
                current = new ArrayList<>();
                raw.put(section, current);
                continue;
            }
            if (current == null) {
                if (line.isBlank()) {
                    continue;
                }
                throw new TemplateException(name, TemplateException.Problem.TEXT_BEFORE_SECTION, line.strip(), i + 1);
            }
            checkPlaceholders(name, line, i + 1);
            current.add(stripEnd(line));
        }
        Map<String, String> sections = new LinkedHashMap<>();
        raw.forEach((k, v) -> sections.put(k, trimBlankLines(v)));
        return new DocumentTemplate(name, sections);
    }

    private static void checkPlaceholders(String template, String line, int lineNo) {
        int open = line.indexOf("${");
        while (open >= 0) {
            int close = line.indexOf('}', open);
            if (close < 0) {
                throw new TemplateException(template, TemplateException.Problem.UNCLOSED_PLACEHOLDER, line.substring(open), lineNo);
            }
            String n = line.substring(open + 2, close);
            if (!NAME.matcher(n).matches()) {
                throw new TemplateException(template, TemplateException.Problem.BAD_PLACEHOLDER_NAME, n, lineNo);
            }
            open = line.indexOf("${", close);
        }
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String trimBlankLines(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return String.join("\n", lines.subList(from, to));
    }

    public String name() {
        return name;
    }

    public Set<String> sectionNames() {
        return sections.keySet();
    }

    public boolean has(String section) {
        return sections.containsKey(section);
    }

    /** The raw text of a section, if present. */
    public Optional<String> section(String section) {
        return Optional.ofNullable(sections.get(section));
    }

    /** The section for {@code variant} ({@code name.variant}) if present, else the plain one. */
    public Optional<String> section(String section, String variant) {
        if (variant != null && sections.containsKey(section + "." + variant)) {
            return Optional.of(sections.get(section + "." + variant));
        }
        return section(section);
    }

    /** Every placeholder name used in the template, in order of first use. */
    public Set<String> placeholders() {
        Set<String> out = new LinkedHashSet<>();
        for (String text : sections.values()) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }
}
