package cn.hazedesk.domain.document.template;

import java.util.List;

/**
 * A document template that cannot be used: malformed text (with its line), a section the document needs that the
 * template lacks, or placeholders without a value. {@link #template()} names the file, {@link #problem()} the kind,
 * {@link #subjects()} the section or placeholder names concerned (all of them, for missing values).
 */
public final class TemplateException extends RuntimeException {
    public enum Problem {
        TEXT_BEFORE_SECTION, BAD_SECTION_NAME, DUPLICATE_SECTION, UNCLOSED_PLACEHOLDER, BAD_PLACEHOLDER_NAME,
        MISSING_SECTION, MISSING_VALUES, WRONG_COLUMNS, BAD_FORM_ROW
    }

    private final String template;
    private final Problem problem;
    private final List<String> subjects;
    private final int line;

    public TemplateException(String template, Problem problem, String subject, int line) {
        this(template, problem, List.of(subject), line);
    }

    public TemplateException(String template, Problem problem, List<String> subjects, int line) {
        super(template + ": " + problem + " " + String.join(", ", subjects) + (line > 0 ? " (line " + line + ")" : ""));
        this.template = template;
        this.problem = problem;
        this.subjects = List.copyOf(subjects);
        this.line = line;
    }

    public String template() {
        return template;
    }

    public Problem problem() {
        return problem;
    }

    public List<String> subjects() {
        return subjects;
    }

    /** The 1-based line of a parse problem; 0 when not tied to a line. */
    public int line() {
        return line;
    }
}
