package cn.hazedesk.ui.document;

import cn.hazedesk.application.CancelledException;
import cn.hazedesk.domain.document.template.TemplateException;
import cn.hazedesk.i18n.DocumentText;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.DialogService;

/** How a document job that did not finish is told: cancelled quietly, a template problem or a failure with a dialog. */
final class DocumentFailures {
    private DocumentFailures() {
    }

    /** Shows what needs a dialog and gives the line for the page's outcome label. */
    static String report(Throwable e, Messages messages, DialogService dialogs) {
        if (e instanceof CancelledException) {
            return messages.get("document.preview.cancelled");
        }
        if (e instanceof TemplateException te) {
            String text = DocumentText.describe(te, messages);
            dialogs.error(messages.get("document.error.title"), messages.get("document.error.template"), text);
            return text;
        }
        String worded = new cn.hazedesk.i18n.StorageText(messages).describeAny(e, null);
        dialogs.error(messages.get("document.error.title"), messages.get("document.error.failed"),
                worded != null ? worded : e.getClass().getSimpleName() + ": " + e.getMessage());
        return messages.get("document.error.failed");
    }
}
