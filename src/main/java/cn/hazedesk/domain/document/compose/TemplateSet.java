package cn.hazedesk.domain.document.compose;

import cn.hazedesk.domain.document.DocumentKind;
import cn.hazedesk.domain.document.template.DocumentTemplate;
import cn.hazedesk.domain.document.template.TemplateException;

import java.util.EnumMap;
import java.util.Map;

/** The wording of every kind of document, as loaded (bundled, or the site's own). */
public record TemplateSet(Map<DocumentKind, DocumentTemplate> templates) {
    public TemplateSet {
        templates = Map.copyOf(new EnumMap<>(templates));
    }

    public DocumentTemplate get(DocumentKind kind) {
        DocumentTemplate t = templates.get(kind);
        if (t == null) {
            throw new TemplateException(kind.fileName(), TemplateException.Problem.MISSING_SECTION, "(file)", 0);
        }
        return t;
    }
}
