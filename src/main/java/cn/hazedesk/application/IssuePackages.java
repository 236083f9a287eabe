package cn.hazedesk.application;

import cn.hazedesk.application.port.AuditLog;
import cn.hazedesk.domain.audit.AuditDetail;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.Proposal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The issue package of a round (docs/documents.md, "Issue package"): after a warning is published or adjusted, its
 * notice, its approval form and every current order (with the cover list) as three PDFs in one folder named after the
 * notice's number — what goes out to the districts and the enterprises, and what goes into the file (a temporary
 * control's is its notice alone: it has no approval form and gives no orders). The folder is
 * written aside and renamed into place when whole, so that a crash leaves either the whole package or none; an
 * existing package of the same number is kept and the new one gets the next free name. Each package is recorded.
 */
public final class IssuePackages {
    private final EpisodeDocumentService docs;
    private final DocumentService documents;
    private final cn.hazedesk.application.port.Transactions tx;
    private final AuditLog audit;
    private final Clock clock;

    public IssuePackages(EpisodeDocumentService docs, DocumentService documents, cn.hazedesk.application.port.Transactions tx,
                         AuditLog audit, Clock clock) {
        this.tx = tx;
        this.docs = docs;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    /** The file names, in the user's language: the folder stem (before the number) and the three files' stems. */
    public record Names(String notice, String approval, String orders) {
    }

    /** What was written: the folder, its files, and the orders and pages of the batch. */
    public record Written(Path folder, List<Path> files, int orders, int pages) {
    }

    /** The proposal whose paper the package carries: the last published one that set levels (issue or adjustment). */
    public static Optional<Proposal> round(Episode e) {
        return e.published().stream().filter(p -> p.kind().setsLevels()).reduce((a, b) -> b);
    }

    /**
     * Writes the package of {@code batch} (the current orders, already confirmed by the user) into a new folder under
     * {@code parent}.
     */
    public Written write(Episode e, EpisodeDocumentService.OrderBatch batch, Path parent, Names names, String actor,
                         ProgressListener progress, CancelToken cancel) throws IOException {
        Proposal p = round(e).orElseThrow(() -> new IllegalStateException("episode " + e.id() + " has no published round"));
        String number = p.number() == null ? e.title() : p.number();
        Files.createDirectories(parent);
        Path aside = Files.createTempDirectory(parent, ".package-");
        try {
            List<String> files = new ArrayList<>();
            if (EpisodeDocumentService.hasNotice(e, p)) {
                files.add(write(aside, names.notice() + " " + number, documents.pdf(docs.notice(e, p.seq()))));
            }
            if (EpisodeDocumentService.hasApprovalForm(e, p)) {
                files.add(write(aside, names.approval() + " " + number, documents.pdf(docs.approval(e, p.seq()))));
            }
            // a temporary control gives no enterprise an order: its package is its notice alone
            DocumentService.Batch written = null;
            if (!e.tempControl()) {
                String ordersName = DocumentService.safeFileName(names.orders() + " " + number) + ".pdf";
                try (OutputStream out = Files.newOutputStream(aside.resolve(ordersName))) {
                    written = docs.writeOrders(batch, out, progress, cancel);
                }
                files.add(ordersName);
            }
            int orders = written == null ? 0 : written.orders();
            int pages = written == null ? 0 : written.totalPages();
            Path folder = freeName(parent, DocumentService.safeFileName(number));
            try {
                Files.move(aside, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException ex) {
                Files.move(aside, folder);
            }
            tx.inTransaction(() -> {
                audit.record(clock.instant(), actor, "episode.package", EpisodeService.subject(e),
                        AuditDetail.of("episode.package").with("folder", folder.toString()).with("files", files.size())
                                .with("orders", orders).with("pages", pages), e.id());
                return null;
            });
            return new Written(folder, files.stream().map(folder::resolve).toList(), orders, pages);
        } finally {
            if (Files.exists(aside)) {
                delete(aside);
            }
        }
    }

    private static String write(Path folder, String stem, byte[] pdf) throws IOException {
        String name = DocumentService.safeFileName(stem) + ".pdf";
        Files.write(folder.resolve(name), pdf);
        return name;
    }

    private static Path freeName(Path parent, String stem) {
        Path p = parent.resolve(stem);
        for (int i = 2; Files.exists(p); i++) {
            p = parent.resolve(stem + " (" + i + ")");
        }
        return p;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
