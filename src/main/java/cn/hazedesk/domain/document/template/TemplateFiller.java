package cn.hazedesk.domain.document.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills the sections of one document's template with values. The values come from the document itself, then from
 * the site's shared values (data/documents/common.txt: every section there is a value, e.g. ${bureau}).
 *
 * <p>A placeholder whose value is absent, null or blank takes the text of the template's section
 * {@code pending.NAME} if the template has one (a city may decide, e.g., that an unknown response start reads
 * 以预警发布通知为准, or that an unfilled field of a form stays blank for the pen); otherwise it is missing. Filling never puts a blank in place of a missing value: the missing
 * names are collected, and {@link #check()} throws a {@link TemplateException} naming every one of them.
 */
public final class TemplateFiller {
    private final DocumentTemplate template;
    private final DocumentTemplate common;
    private final String variant;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> missing = new LinkedHashSet<>();
    private final Set<String> missingSections = new LinkedHashSet<>();
    private final Set<String> resolving = new java.util.HashSet<>();

    /** {@code variant}: the level suffix of level-specific sections (e.g. "red"), or null. */
    public TemplateFiller(DocumentTemplate template, DocumentTemplate common, String variant) {
        this.template = template;
        this.common = common;
        this.variant = variant;
    }

    public TemplateFiller put(String name, String value) {
        values.put(name, value);
        return this;
    }

    public TemplateFiller putAll(Map<String, String> more) {
        values.putAll(more);
        return this;
    }

    public DocumentTemplate template() {
        return template;
    }

    /** True when the template has the section (for its variant or plain). */
    public boolean has(String section) {
        return template.section(section, variant).isPresent();
    }

    /** The filled text of a section the document needs; a missing section is recorded as a problem. */
    public String section(String section) {
        return template.section(section, variant).map(this::fill).orElseGet(() -> {
            missingSections.add(section);
            return "";
        });
    }

    /** The filled lines of a section (one paragraph each, blank lines dropped). */
    public List<String> lines(String section) {
        List<String> out = new ArrayList<>();
        for (String l : section(section).split("\n")) {
            if (!l.isBlank()) {
                out.add(l);
            }
        }
        return out;
    }

    /** The filled text of an optional section, empty when the template does not have it. */
    public String optional(String section) {
        return template.section(section, variant).map(this::fill).orElse("");
    }

    /** A value that may be absent without error (e.g. an empty cc list): the document's or the site's, or "". */
    public String optionalValue(String name) {
        String v = values.get(name);
        if (isBlank(v) && common != null) {
            v = common.section(name, variant).orElse(null);
        }
        if (isBlank(v)) {
            v = template.section(name, variant).map(this::fill).orElse("");
        }
        return v;
    }

    /** Fills {@code text}: every ${name} replaced by its value. */
    public String fill(String text) {
        if (text.indexOf('$') < 0) { // no placeholder: most lines of a template (a batch fills thousands)
            return text;
        }
        // as DocumentTemplate.PLACEHOLDER finds them (${, any characters but }, then }), without a regex
        StringBuilder out = new StringBuilder(text.length() + 32);
        int from = 0;
        while (true) {
            int open = text.indexOf("${", from);
            int close = open < 0 ? -1 : text.indexOf('}', open + 2);
            if (close < 0) {
                break;
            }
            out.append(text, from, open).append(value(text.substring(open + 2, close)));
            from = close + 1;
        }
        return out.append(text, from, text.length()).toString();
    }

    /**
     * The value of one placeholder: the document's; else the site's shared value (common.txt); else a section of
     * this template of that name (filled in turn, e.g. ${signer} from [signer.red]); else the template's
     * pending.NAME (used as written, even empty: the city chose that wording, e.g. a blank to fill in by hand);
     * else it is missing.
     */
    public String value(String name) {
        String v = values.get(name);
        if (isBlank(v) && common != null) {
            v = common.section(name, variant).orElse(null);
        }
        if (isBlank(v) && !resolving.contains(name)) {
            java.util.Optional<String> own = template.section(name, variant);
            if (own.isPresent()) {
                resolving.add(name);
                try {
                    v = fill(own.get());
                } finally {
                    resolving.remove(name);
                }
            }
        }
        if (isBlank(v)) {
            java.util.Optional<String> pending = template.section("pending." + name);
            if (pending.isPresent()) {
                return fill(pending.get());
            }
            missing.add(name);
            return "";
        }
        return v;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Throws when a needed section is absent or a placeholder had no value. */
    public void check() {
        if (!missingSections.isEmpty()) {
            throw new TemplateException(template.name(), TemplateException.Problem.MISSING_SECTION,
                    List.copyOf(missingSections), 0);
        }
        if (!missing.isEmpty()) {
            throw new TemplateException(template.name(), TemplateException.Problem.MISSING_VALUES, List.copyOf(missing), 0);
        }
    }
}
