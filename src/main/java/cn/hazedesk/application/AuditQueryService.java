package cn.hazedesk.application;

import cn.hazedesk.application.port.AuditExport;
import cn.hazedesk.application.port.AuditQuery;
import cn.hazedesk.application.port.ChangeLog;
import cn.hazedesk.application.port.Transactions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The audit trail for reading: filtered and paged (newest first) for the 操作记录 page, one subject's records
 * for a timeline, the field changes (before → after) saved together with a record, and the Excel export.
 */
public final class AuditQueryService {
    /** Rows per page on the 操作记录 page. */
    public static final int PAGE_SIZE = 500;
    /** How far apart a record and its field changes may have been stamped (they are written one after the other). */
    private static final Duration SAME_ACTION = Duration.ofSeconds(1);

    /** One page of matching records, newest first, with how many match in all. */
    public record Page(List<AuditEntry> entries, long total, int offset) {
        /** Whether records after this page match too. */
        public boolean hasMore() {
            return offset + entries.size() < total;
        }
    }

    private final Transactions tx;
    private final AuditQuery query;
    private final ChangeLog changes;
    private final AuditExport export;

    public AuditQueryService(Transactions tx, AuditQuery query, ChangeLog changes, AuditExport export) {
        this.tx = tx;
        this.query = query;
        this.changes = changes;
        this.export = export;
    }

    /** The matching records from {@code offset} on, at most {@code limit}, and the count of all matches. */
    public Page find(AuditFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        return tx.inTransaction(() -> {
            List<AuditEntry> entries = query.find(filter, offset, limit);
            // a short page is the last one: the count is known without a second pass over the records
            long total = entries.size() < limit && (offset == 0 || !entries.isEmpty())
                    ? offset + entries.size() : query.count(filter);
            return new Page(entries, total, offset);
        });
    }

    /** The first page ({@link #PAGE_SIZE} records). */
    public Page firstPage(AuditFilter filter) {
        return find(filter, 0, PAGE_SIZE);
    }

    public long count(AuditFilter filter) {
        return query.count(filter);
    }

    /** The action codes present in the trail, each once. */
    public List<String> actions() {
        return query.actions();
    }

    /**
     * Every record whose subject is exactly {@code subject}, oldest first (chronological, as a timeline reads).
     * For an enterprise the subject is its USCC; for the sample data it is {@code sample}; for an import, the file name.
     */
    public List<AuditEntry> forSubject(String subject) {
        return query.forSubject(subject);
    }

    /**
     * The field changes (before → after) that were saved with this record: those of its subject (a USCC) by the
     * same operator at the same moment. Empty for records that changed no list field.
     */
    public List<ChangeRecord> changesWith(AuditEntry e) {
        return changes.history(e.subject()).stream()
                .filter(c -> c.actor().equals(e.actor()))
                .filter(c -> Duration.between(c.when(), e.when()).abs().compareTo(SAME_ACTION) <= 0)
                .toList();
    }

    /**
     * Writes every record matching {@code filter} (newest first) to a workbook; returns how many. The action, the
     * subject and the details are written as {@code actionLabel}, {@code subjectWords} and {@code detailWords} word
     * them (a stored subject or detail may be data).
     */
    public int export(Path file, AuditFilter filter, String sheetName, List<String> headers,
                      Function<String, String> actionLabel, Function<String, String> subjectWords,
                      Function<String, String> detailWords,
                      ProgressListener progress) {
        progress.progress(0, 0, "audit.progress.reading");
        List<AuditEntry> entries = query.find(filter, 0, Integer.MAX_VALUE).stream()
                .map(e -> new AuditEntry(e.id(), e.when(), e.actor(), e.action(), subjectWords.apply(e.subject()),
                        detailWords.apply(e.detail())))
                .toList();
        export.write(file, sheetName, headers, entries, actionLabel, progress);
        return entries.size();
    }
}
