package cn.hazedesk.application;

import cn.hazedesk.application.port.AuditLog;
import cn.hazedesk.application.port.Transactions;
import cn.hazedesk.domain.audit.AuditDetail;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The record of paper and files that leave the desk: a document printed (how many pages) or saved as PDF (where), by
 * whom and when, in the tamper-evident audit trail like every other act (docs/access.md, "The audit trail").
 */
public final class DocumentLog {
    private final Transactions tx;
    private final AuditLog audit;
    private final Clock clock;

    public DocumentLog(Transactions tx, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code title}: the document as the preview names it (its number, or the episode or enterprise). */
    public void printed(String actor, String title, int pages) {
        tx.inTransaction(() -> audit.record(clock.instant(), actor, "document.print", title,
                AuditDetail.of("document.print").with("pages", pages)));
    }

    public void saved(String actor, String title, Path file, int pages) {
        tx.inTransaction(() -> audit.record(clock.instant(), actor, "document.save", title,
                AuditDetail.of("document.save").with("file", file.toString()).with("pages", pages)));
    }
}
