package cn.hazedesk.infra.pdf;

import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.application.port.DocumentRenderer;
import cn.hazedesk.domain.document.compose.ComposedDocument;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Writes composed documents with OpenPDF: A4, the fonts embedded as subsets (the bundled WenQuanYi Micro Hei, or
 * official fonts installed on the machine), the layout of {@link Layout}. Each document is laid out once: one
 * numbered "page n of m" (a form, an order) onto a {@link Recording}, drawn when its page count is known. A batch
 * ({@link #renderWithFront}) is made and laid out on a second thread a few documents ahead of the drawing
 * ({@link LayoutAhead}); the file is the same. Thread-safe (one PDF at a time).
 */
public final class OpenPdfDocumentRenderer implements DocumentRenderer {
    /** How many texts (and as many line breaks) the layouts of one PDF keep measured across its documents. */
    private static final int KEEP_MEASURED = 4096;

    private final PdfFonts fonts;

    /** Prefers official fonts installed on this machine (Windows font folders), else the bundled font. */
    public OpenPdfDocumentRenderer() {
        this(PdfFonts.installedFontFolders());
    }

    /** Looks for installed fonts only in {@code fontFolders} (empty: always the bundled font). */
    public OpenPdfDocumentRenderer(List<Path> fontFolders) {
        this.fonts = new PdfFonts(fontFolders);
    }

    @Override
    public synchronized List<Integer> render(List<ComposedDocument> documents, OutputStream out, ProgressListener progress,
                                             CancelToken cancel) throws IOException {
        Map<PdfFonts.Role, BaseFont> roles = fonts.roles();
        BaseFont fallback = fonts.bundled();
        Document document = new Document(PageSize.A4, 0, 0, 0, 0);
        List<Integer> pages = new ArrayList<>();
        try {
            PdfWriter writer = PdfWriter.getInstance(document, buffered(out));
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setFullCompression();
            if (!documents.isEmpty()) {
                document.addTitle(documents.get(0).title());
            }
            document.addCreator("HazeDesk");
            document.addSubject(documents.size() == 1 ? documents.get(0).title() : documents.size() + " documents");
            document.open();
            PdfCanvas canvas = new PdfCanvas(document, writer);
            Measured measured = new Measured(KEEP_MEASURED);
            for (int i = 0; i < documents.size(); i++) {
                cancel.check();
                if (i > 0) {
                    canvas.newPage();
                }
                pages.add(draw(documents.get(i), canvas, roles, fallback, measured));
                progress.progress(i + 1, documents.size(), documents.get(i).title());
            }
            if (documents.isEmpty()) {
                writer.setPageEmpty(false);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("cannot write the PDF: " + e.getMessage(), e);
        }
        return pages;
    }

    @Override
    public synchronized List<Integer> renderWithFront(int count, IntFunction<ComposedDocument> documents,
                                                      Function<List<Integer>, ComposedDocument> front, OutputStream out,
                                                      ProgressListener progress, CancelToken cancel) throws IOException {
        Map<PdfFonts.Role, BaseFont> roles = fonts.roles();
        BaseFont fallback = fonts.bundled();
        Document document = new Document(PageSize.A4, 0, 0, 0, 0);
        List<Integer> pages = new ArrayList<>(count + 1);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, buffered(out));
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setFullCompression();
            document.open();
            // a batch's thousands of pages compressed for speed (zlib level 1, not 6): the red batch of 22,876 pages
            // spent about 0.5 s less on the drawing thread, for a file 6 % larger (33.4 MB, was 31.5 MB)
            writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
            writer.setLinearPageMode(); // one level of pages, so that the front document's pages can be moved first
            PdfCanvas canvas = new PdfCanvas(document, writer);
            Measured measured = new Measured(KEEP_MEASURED);
            List<Integer> counts = new ArrayList<>(count);
            int drawn = 0;
            try (LayoutAhead ahead = new LayoutAhead(count, documents, roles, fallback, measured)) {
                for (int i = 0; i < count; i++) {
                    cancel.check();
                    if (i > 0) {
                        canvas.newPage();
                    }
                    LayoutAhead.Made m = ahead.next(); // made and laid out on the second thread
                    m.recording().replay(canvas);
                    int p = m.pages();
                    counts.add(p);
                    drawn += p;
                    progress.progress(i + 1, count + 1L, m.document().title());
                }
            }
            cancel.check();
            ComposedDocument first = front.apply(List.copyOf(counts));
            if (count > 0) {
                canvas.newPage();
            }
            int frontPages = draw(first, canvas, roles, fallback, measured);
            pages.add(frontPages);
            pages.addAll(counts);
            document.addTitle(first.title());
            document.addCreator("HazeDesk");
            document.addSubject(count == 0 ? first.title() : (count + 1) + " documents");
            writer.setPageEmpty(false);
            document.newPage(); // the front document's last page is finished: every page is there to be reordered
            int total = writer.reorderPages(null);
            if (total != drawn + frontPages) {
                throw new IllegalStateException("drew " + total + " pages, laid out " + (drawn + frontPages));
            }
            int[] order = new int[total];
            for (int k = 0; k < frontPages; k++) {
                order[k] = drawn + 1 + k;
            }
            for (int k = 0; k < drawn; k++) {
                order[frontPages + k] = k + 1;
            }
            writer.reorderPages(order);
            progress.progress(count + 1L, count + 1L, first.title());
            document.close();
        } catch (DocumentException e) {
            throw new IOException("cannot write the PDF: " + e.getMessage(), e);
        }
        return pages;
    }

    /**
     * {@code out} with a buffer: OpenPDF writes each object and page in several small pieces, a system call each on a
     * file stream. Closing the document closes it (flushing the buffer), as it closed {@code out}.
     */
    private static OutputStream buffered(OutputStream out) {
        return out instanceof java.io.BufferedOutputStream || out instanceof java.io.ByteArrayOutputStream ? out
                : new java.io.BufferedOutputStream(out, 1 << 16);
    }

    /** Lays out and draws one document from the current page; returns its pages. */
    private static int draw(ComposedDocument d, PdfCanvas canvas, Map<PdfFonts.Role, BaseFont> roles, BaseFont fallback,
                            Measured measured) {
        if (d.format() != ComposedDocument.Format.COMPACT) {
            return new Layout(canvas, roles, fallback, d, 0, measured).run();
        }
        // numbered "page n of m": laid out once onto a recording, drawn with the count known
        Recording recording = new Recording();
        Layout layout = new Layout(recording, roles, fallback, d, Layout.LATER, measured);
        int pages = layout.run();
        layout.totalPages = pages;
        recording.replay(canvas);
        return pages;
    }

    @Override
    public synchronized List<Integer> pageCounts(List<ComposedDocument> documents, CancelToken cancel) {
        Map<PdfFonts.Role, BaseFont> roles = fonts.roles();
        BaseFont fallback = fonts.bundled();
        List<Integer> out = new ArrayList<>();
        for (ComposedDocument d : documents) {
            cancel.check();
            out.add(new Layout(Canvas.NONE, roles, fallback, d).run());
        }
        return out;
    }
}
