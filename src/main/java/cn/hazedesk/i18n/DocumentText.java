package cn.hazedesk.i18n;

import cn.hazedesk.domain.document.template.TemplateException;

/** Words the problems of the documents for the user: a template that cannot be used names its file and what is wrong. */
public final class DocumentText {
    private DocumentText() {
    }

    /** E.g. 文书模板 response-order.txt 中以下占位符没有值：legalPerson、plantManager。 */
    public static String describe(TemplateException e, Messages m) {
        String subjects = String.join(m.get("document.template.separator"), e.subjects());
        String text = m.get("document.template." + e.problem().name(), e.template(), subjects);
        return e.line() > 0 ? text + m.get("document.template.line", e.line()) : text;
    }
}
