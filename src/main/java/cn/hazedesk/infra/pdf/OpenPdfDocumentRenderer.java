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

/**
 * Writes composed documents with OpenPDF: A4, the fonts embedded as subsets (the bundled WenQuanYi Micro Hei, or
 * official fonts installed on the machine), the layout of {@link Layout}. Thread-safe (one document at a time).
 */
public final class OpenPdfDocumentRenderer implements DocumentRenderer {
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
    public List<Integer> render(List<ComposedDocument> documents, OutputStream out, ProgressListener progress,
                                CancelToken cancel) throws IOException {
        return render(documents, null, out, progress, cancel);
    }

    @Override
    public synchronized List<Integer> render(List<ComposedDocument> documents, List<Integer> knownPages,
                                             OutputStream out, ProgressListener progress, CancelToken cancel)
            throws IOException {
        Map<PdfFonts.Role, BaseFont> roles = fonts.roles();
        BaseFont fallback = fonts.bundled();
        Document document = new Document(PageSize.A4, 0, 0, 0, 0);
        List<Integer> pages = new ArrayList<>();
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setFullCompression();
            if (!documents.isEmpty()) {
                document.addTitle(documents.get(0).title());
            }
            document.addCreator("HazeDesk");
            document.addSubject(documents.size() == 1 ? documents.get(0).title() : documents.size() + " documents");
            document.open();
            PdfCanvas canvas = new PdfCanvas(document, writer);
            for (int i = 0; i < documents.size(); i++) {
                cancel.check();
                if (i > 0) {
                    canvas.newPage();
                }
                ComposedDocument d = documents.get(i);
                Measured measured = new Measured();
                // a form or order is numbered "page n of m": count its pages first, unless the caller has
                Integer known = knownPages == null ? null : knownPages.get(i);
                int total = d.format() != ComposedDocument.Format.COMPACT ? 0
                        : known != null ? known : new Layout(Canvas.NONE, roles, fallback, d, 0, measured).run();
                pages.add(new Layout(canvas, roles, fallback, d, total, measured).run());
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
