package cn.hazedesk.application.port;

import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.domain.document.compose.ComposedDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Draws composed documents as one A4 PDF with the fonts embedded (implemented with OpenPDF in infra.pdf). Each
 * document starts on a new page; page numbers count within each document.
 */
public interface DocumentRenderer {

    /** Writes {@code documents} in order to {@code out}; returns the pages each took. Stops when cancelled. */
    List<Integer> render(List<ComposedDocument> documents, OutputStream out, ProgressListener progress,
                         CancelToken cancel) throws IOException;

    /**
     * Draws {@code count} documents into one PDF, each made only when its turn comes ({@code documents.apply(i)}, so
     * that they need not all be held at once), then a front document made from the pages each of them took
     * ({@code front}), which the file shows before them (the cover list of a batch). Page numbers count within each
     * document. Returns the pages of the front document, then those of each document. Stops when cancelled.
     * {@code documents} may be asked on another thread than the caller's, always one thread, in order, a few ahead of
     * the document being drawn; a failure there is thrown here.
     */
    List<Integer> renderWithFront(int count, IntFunction<ComposedDocument> documents,
                                  Function<List<Integer>, ComposedDocument> front, OutputStream out,
                                  ProgressListener progress, CancelToken cancel) throws IOException;

    /** How many pages each document would take, without writing anything (the same layout as {@link #render}). */
    List<Integer> pageCounts(List<ComposedDocument> documents, CancelToken cancel);
}
