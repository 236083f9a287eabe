package cn.hazedesk.application.port;

import cn.hazedesk.domain.document.compose.TemplateSet;

/**
 * The wording of the documents: data/documents/*.txt, each replaced by the site's own file of the same name in the
 * data folder's rules/documents/ when there is one. Read each time, so an edited template applies to the next
 * document without a restart.
 */
public interface DocumentTemplates {
    /** Throws TemplateException (naming the file and line) for a malformed template. */
    TemplateSet load();
}
