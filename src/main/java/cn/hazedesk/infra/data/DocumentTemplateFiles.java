package cn.hazedesk.infra.data;

import cn.hazedesk.application.port.DocumentTemplates;
import cn.hazedesk.domain.document.DocumentKind;
import cn.hazedesk.domain.document.compose.TemplateSet;
import cn.hazedesk.domain.document.template.DocumentTemplate;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * data/documents/*.txt, each replaced by {@code <data>/rules/documents/<same name>} when the site has one (the
 * same convention as the rule CSVs). Read on every {@link #load()}, so edits apply to the next document.
 */
public final class DocumentTemplateFiles implements DocumentTemplates {
    static final String FOLDER = "documents/";
    private final Path siteRules;

    /** {@code siteRules}: the data folder's rules/ (null: bundled templates only). */
    public DocumentTemplateFiles(Path siteRules) {
        this.siteRules = siteRules;
    }

    @Override
    public TemplateSet load() {
        Map<DocumentKind, DocumentTemplate> out = new EnumMap<>(DocumentKind.class);
        for (DocumentKind k : DocumentKind.values()) {
            String text = BundledData.readText(FOLDER + k.fileName(), siteRules);
            if (k == DocumentKind.PHRASES && siteRules != null
                    && java.nio.file.Files.isRegularFile(siteRules.resolve(FOLDER + k.fileName()))) {
                text = withBundledPhrases(text);
            }
            out.put(k, DocumentTemplate.parse(k.fileName(), text));
        }
        return new TemplateSet(out);
    }

    /**
     * A site's phrases.txt, with each phrase it lacks taken from the bundled file: a file copied from an older
     * version (before a phrase existed) keeps every document printing, and the site's own wording wins.
     */
    private static String withBundledPhrases(String siteText) {
        DocumentTemplate site = DocumentTemplate.parse(DocumentKind.PHRASES.fileName(), siteText);
        DocumentTemplate bundled = DocumentTemplate.parse(DocumentKind.PHRASES.fileName(), bundledText(DocumentKind.PHRASES));
        StringBuilder b = new StringBuilder(siteText);
        for (String name : bundled.sectionNames()) {
            if (!site.has(name)) {
                b.append(System.lineSeparator()).append('[').append(name).append(']').append(System.lineSeparator())
                        .append(bundled.section(name).orElseThrow());
            }
        }
        return b.toString();
    }

    /** The bundled text of one template (to copy into a site's rules/documents/ and edit). */
    public static String bundledText(DocumentKind kind) {
        return BundledData.readText(FOLDER + kind.fileName(), null);
    }
}
