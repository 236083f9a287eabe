package cn.hazedesk.application.port;

import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.domain.document.compose.ComposedDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Draws composed documents as one A4 PDF with the fonts embedded (implemented with OpenPDF in infra.pdf). Each
 * document starts on a new page; page numbers count within each document.
 */
public interface DocumentRenderer {

    /** Writes {@code documents} in order to {@code out}; returns the pages each took. Stops when cancelled. */
    List<Integer> render(List<ComposedDocument> documents, OutputStream out, ProgressListener progress,
                         CancelToken cancel) throws IOException;

    /**
     * As {@link #render}, with the pages of each document already counted by {@link #pageCounts} ({@code knownPages}
     * in the order of {@code documents}, null for one not counted): a form or order numbered "page n of m" is then
     * laid out once instead of twice.
     */
    List<Integer> render(List<ComposedDocument> documents, List<Integer> knownPages, OutputStream out,
                         ProgressListener progress, CancelToken cancel) throws IOException;

    /** How many pages each document would take, without writing anything (the same layout as {@link #render}). */
    List<Integer> pageCounts(List<ComposedDocument> documents, CancelToken cancel);
}
