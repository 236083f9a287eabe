package cn.hazedesk.domain.document.compose;

import cn.hazedesk.domain.document.template.DocumentTemplate;
import cn.hazedesk.domain.document.template.TemplateException;
import cn.hazedesk.domain.document.template.TemplateFiller;

import java.util.ArrayList;
import java.util.List;

/**
 * The short phrases the services put together into a document's values before it is composed (data/documents/
 * phrases.txt: a state such as 待签发, a time stamp, 依据 and the notice number, the separators of a list). A city
 * edits them like any template; nothing of this wording is written in Java.
 */
public final class Phrases {
    private final DocumentTemplate template;
    private final java.util.Map<String, String> fixed = new java.util.concurrent.ConcurrentHashMap<>();

    public Phrases(DocumentTemplate template) {
        this.template = template;
    }

    public static Phrases of(TemplateSet templates) {
        return new Phrases(templates.get(cn.hazedesk.domain.document.DocumentKind.PHRASES));
    }

    /**
     * The phrase {@code name} with each {@code ${placeholder}} replaced by the value given after its name
     * ({@code get("reason", "reason", text)}). Throws TemplateException naming phrases.txt when the phrase is missing.
     */
    public String get(String name, String... namesAndValues) {
        if (namesAndValues.length == 0) { // a fixed phrase: filled once (a batch of orders asks for it thousands of times)
            return fixed.computeIfAbsent(name, n -> fill(n));
        }
        return fill(name, namesAndValues);
    }

    private String fill(String name, String... namesAndValues) {
        TemplateFiller f = new TemplateFiller(template, null, null);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            f.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        String raw = template.section(name).orElseThrow(() ->
                new TemplateException(template.name(), TemplateException.Problem.MISSING_SECTION, name, 0));
        return f.fill(raw);
    }

    /** The parts that are not blank, joined by the phrase {@code separatorName}; null when none is left. */
    public String join(String separatorName, String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return kept.isEmpty() ? null : String.join(get(separatorName), kept);
    }

    /**
     * The list joined two by two through the phrase {@code pairName}, which holds ${before} and ${after} around its
     * separator (a separator of white space alone, such as a full-width space, would be a blank section).
     */
    public String joinPairwise(String pairName, List<String> parts) {
        String out = parts.isEmpty() ? "" : parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            out = get(pairName, "before", out, "after", parts.get(i));
        }
        return out;
    }

    /** The list joined by the phrase {@code separatorName}. */
    public String joinAll(String separatorName, List<String> parts) {
        return String.join(get(separatorName), parts);
    }
}
