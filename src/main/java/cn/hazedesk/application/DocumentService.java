package cn.hazedesk.application;

import cn.hazedesk.application.port.DocumentRenderer;
import cn.hazedesk.application.port.DocumentTemplates;
import cn.hazedesk.domain.document.OrderEnvelope;
import cn.hazedesk.domain.document.compose.ComposedDocument;
import cn.hazedesk.domain.document.compose.DocumentComposer;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.response.ResponseOrder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes the documents as PDFs: the wording from the templates (read afresh each time, so a site's edit applies to
 * the next document), composed by {@link DocumentComposer}, drawn by the {@link DocumentRenderer}. Long work reports
 * progress and stops when cancelled.
 *
 * <p>Other documents: {@code composer()} turns a record (IssueNotice, AdjustNotice, LiftNotice, ApprovalForm,
 * InspectionRecord, SummaryReport) into a composed document, {@link #pdf} / {@link #write} draw it.
 */
public final class DocumentService {
    private final DocumentTemplates templates;
    private final DocumentRenderer renderer;
    private final java.util.function.Supplier<java.util.Optional<String>> recordCode;

    public DocumentService(DocumentTemplates templates, DocumentRenderer renderer) {
        this(templates, renderer, java.util.Optional::empty);
    }

    /**
     * {@code recordCode}: the audit trail's code at this moment (docs/access.md), printed small on every notice,
     * order batch cover and summary report so that the paper can later be checked against the record.
     */
    public DocumentService(DocumentTemplates templates, DocumentRenderer renderer,
                           java.util.function.Supplier<java.util.Optional<String>> recordCode) {
        this.templates = templates;
        this.renderer = renderer;
        this.recordCode = recordCode;
    }

    /** A composer with the templates as they are now (throws TemplateException for a malformed template). */
    /** The document with the audit trail's current record code at the foot of its pages. */
    public ComposedDocument withRecordCode(ComposedDocument d) {
        return recordCode.get().map(code -> composer().withRecordCode(d, code)).orElse(d);
    }

    public DocumentComposer composer() {
        return new DocumentComposer(templates.load());
    }

    /** The phrases the services join into documents' values, as they are now (data/documents/phrases.txt). */
    public cn.hazedesk.domain.document.compose.Phrases phrases() {
        return cn.hazedesk.domain.document.compose.Phrases.of(templates.load());
    }

    /** Draws documents into one PDF, each from a new page; returns the pages each took. */
    public List<Integer> write(List<ComposedDocument> documents, OutputStream out, ProgressListener progress,
                               CancelToken cancel) throws IOException {
        return renderer.render(documents, out, progress, cancel);
    }

    /** One document as PDF bytes. */
    public byte[] pdf(ComposedDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(List.of(document), out, ProgressListener.NONE, CancelToken.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * What a batch PDF holds: the orders, the cover's pages, the pages of each order in the whole file (cover
     * included, 1-based) and the total.
     */
    public record Batch(int orders, int coverPages, List<DocumentComposer.PageRange> pages, int totalPages) {
        /** Orders that run over one page. */
        public long longerThanOnePage() {
            return pages.stream().filter(p -> p.pages() > 1).count();
        }
    }

    /**
     * All {@code orders} in one PDF: a cover list (number, enterprise, USCC, district, grade, measures, pages), then
     * each order from a new page with its acknowledgement slip. {@code scope}: the district named, or null for all.
     */
    public Batch writeOrders(List<ResponseOrder> orders, OrderEnvelope envelope, WarningLevel level, String scope,
                             OutputStream out, ProgressListener progress, CancelToken cancel) throws IOException {
        DocumentComposer composer = composer();
        int n = orders.size();
        // each order is composed when its turn comes and laid out once; the cover, which lists the pages each took,
        // is drawn last and shown first
        List<List<DocumentComposer.PageRange>> ranges = new ArrayList<>(1);
        List<Integer> drawn = renderer.renderWithFront(n, i -> composer.order(orders.get(i), envelope, i), counts -> {
            // the cover's own length decides where the orders start; its rows do not change length with the numbers
            int coverPages = renderer.pageCounts(List.of(composer.cover(orders, envelope, level, scope,
                    ranges(counts, 1))), cancel).get(0);
            ranges.add(ranges(counts, coverPages + 1));
            return withRecordCode(composer.cover(orders, envelope, level, scope, ranges.get(0)));
        }, out, progress, cancel);
        int total = drawn.stream().mapToInt(Integer::intValue).sum();
        return new Batch(n, drawn.get(0), ranges.get(0), total);
    }

    private static List<DocumentComposer.PageRange> ranges(List<Integer> counts, int firstPage) {
        List<DocumentComposer.PageRange> out = new ArrayList<>();
        int p = firstPage;
        for (int c : counts) {
            out.add(new DocumentComposer.PageRange(p, p + c - 1));
            p += c;
        }
        return out;
    }

    /**
     * One PDF per order into {@code folder} (created if needed), named {@code <enterprise>_<USCC>.pdf} with
     * characters no file system accepts replaced by _. When cancelled, the files this call wrote are removed.
     */
    public List<Path> writeOrderFiles(List<ResponseOrder> orders, OrderEnvelope envelope, Path folder,
                                      ProgressListener progress, CancelToken cancel) throws IOException {
        DocumentComposer composer = composer();
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try {
            for (int i = 0; i < orders.size(); i++) {
                cancel.check();
                ResponseOrder o = orders.get(i);
                String name = safeFileName(DocumentComposer.orderFileStem(o));
                String unique = name;
                for (int k = 2; !names.add(unique.toLowerCase(java.util.Locale.ROOT)); k++) {
                    unique = name + "_" + k;
                }
                Path target = folder.resolve(unique + ".pdf");
                Path tmp = folder.resolve(unique + ".pdf.part");
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    renderer.render(List.of(composer.order(o, envelope, i)), out, ProgressListener.NONE, cancel);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                written.add(target);
                progress.progress(i + 1, orders.size(), o.enterpriseName());
            }
        } catch (IOException | RuntimeException e) {
            for (Path p : written) {
                Files.deleteIfExists(p);
            }
            try (var parts = Files.list(folder)) {
                for (Path p : parts.filter(p -> p.getFileName().toString().endsWith(".pdf.part")).toList()) {
                    Files.deleteIfExists(p);
                }
            }
            throw e;
        }
        return written;
    }

    /** A file name from any text: \ / : * ? " < > | and control characters become _, trailing dots and spaces go. */
    public static String safeFileName(String stem) {
        StringBuilder b = new StringBuilder();
        stem.codePoints().forEach(cp -> b.appendCodePoint(cp < 32 || "\\/:*?\"<>|".indexOf(cp) >= 0 ? '_' : cp));
        String s = b.toString().strip();
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > 120) {
            s = s.substring(0, 120);
        }
        return s.isEmpty() ? "_" : s;
    }
}
