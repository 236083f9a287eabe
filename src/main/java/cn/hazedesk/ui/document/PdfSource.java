package cn.hazedesk.ui.document;

import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.ProgressListener;

/** Makes the PDF to preview, in the background (may report progress and stop when cancelled). */
@FunctionalInterface
public interface PdfSource {
    byte[] make(ProgressListener progress, CancelToken cancel) throws Exception;
}
