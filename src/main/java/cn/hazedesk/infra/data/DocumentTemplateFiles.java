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
            out.put(k, DocumentTemplate.parse(k.fileName(), BundledData.readText(FOLDER + k.fileName(), siteRules)));
        }
        return new TemplateSet(out);
    }

    /** The bundled text of one template (to copy into a site's rules/documents/ and edit). */
    public static String bundledText(DocumentKind kind) {
        return BundledData.readText(FOLDER + kind.fileName(), null);
    }
}
