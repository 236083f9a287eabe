package cn.hazedesk.ui.document;

/**
 * Opens the preview window of a document: its pages as images, page navigation and zoom, print through the
 * system dialog, save as PDF. The PDF is made in the background by {@code source} (with progress and Cancel);
 * {@code suggestedFileName} is offered when saving (e.g. 预警发布通知.pdf). Implemented by the composition root.
 *
 * <pre>
 * previews.open("预警发布通知", "预警发布通知.pdf",
 *         (progress, cancel) -> documents.pdf(documents.composer().issue(notice)));
 * </pre>
 */
@FunctionalInterface
public interface DocumentPreviews {
    void open(String title, String suggestedFileName, PdfSource source);
}
