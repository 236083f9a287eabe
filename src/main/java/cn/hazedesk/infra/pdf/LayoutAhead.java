package cn.hazedesk.infra.pdf;

import cn.hazedesk.domain.document.compose.ComposedDocument;
import com.lowagie.text.pdf.BaseFont;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * The documents of a batch made and laid out on a second thread, a few ahead of the one being written: an order is
 * composed and laid out onto a {@link Recording} (its page count known) while the order before it is drawn into the
 * PDF, so that a two-core machine does both at once. One thread does all the making and laying out, in order, and
 * the documents are drawn in order: the file is the same as when one thread does everything. What that thread uses
 * ({@link Measured}, {@link Glyphs}, the composer behind {@code documents}) it alone uses while the batch runs; the
 * fonts it only reads. Closing stops the thread.
 */
final class LayoutAhead implements AutoCloseable {
    /** How many documents may be ready ahead of the one being drawn. */
    private static final int AHEAD = 8;

    /** A document made and laid out onto a recording, with its page count. */
    record Made(ComposedDocument document, Recording recording, int pages) {
    }

    private final IntFunction<ComposedDocument> documents;
    private final Map<PdfFonts.Role, BaseFont> roles;
    private final BaseFont fallback;
    private final Measured measured;
    private final int count;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hazedesk-pdf-layout");
        t.setDaemon(true);
        return t;
    });
    private final ArrayDeque<Future<Made>> queued = new ArrayDeque<>();
    private int submitted;

    LayoutAhead(int count, IntFunction<ComposedDocument> documents, Map<PdfFonts.Role, BaseFont> roles,
                BaseFont fallback, Measured measured) {
        this.count = count;
        this.documents = documents;
        this.roles = roles;
        this.fallback = fallback;
        this.measured = measured;
        while (submitted < Math.min(count, AHEAD)) {
            submitNext();
        }
    }

    private void submitNext() {
        int i = submitted++;
        queued.add(thread.submit(() -> make(i)));
    }

    /**
     * Makes document {@code i} and lays it out onto a recording: a compact one with its "page n of m" labels left for
     * the replay, once its page count is known; another as it would be drawn straight onto the page (the recording
     * draws the same, in the same order).
     */
    private Made make(int i) {
        ComposedDocument d = documents.apply(i);
        boolean numbered = d.format() == ComposedDocument.Format.COMPACT;
        Recording recording = new Recording();
        Layout layout = new Layout(recording, roles, fallback, d, numbered ? Layout.LATER : 0, measured);
        int pages = layout.run();
        if (numbered) {
            layout.totalPages = pages;
        }
        return new Made(d, recording, pages);
    }

    /** The next document, in order; a failure making it is thrown here as it was thrown there. */
    Made next() {
        Future<Made> f = queued.remove();
        if (submitted < count) {
            submitNext();
        }
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while laying out", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    /**
     * Stops the thread, waiting for the document it is on (so that nothing it uses is used by two threads after a
     * batch ends early).
     */
    @Override
    public void close() {
        queued.forEach(f -> f.cancel(false));
        thread.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (thread.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
