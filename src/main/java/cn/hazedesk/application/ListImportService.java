package cn.hazedesk.application;

import cn.hazedesk.application.port.AuditLog;
import cn.hazedesk.application.port.Backups;
import cn.hazedesk.application.port.ChangeLog;
import cn.hazedesk.application.port.EnterpriseStore;
import cn.hazedesk.application.port.Transactions;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.FieldChange;
import cn.hazedesk.domain.listimport.CheckedList;
import cn.hazedesk.domain.listimport.ImportMode;
import cn.hazedesk.domain.listimport.ImportPreview;
import cn.hazedesk.domain.listimport.ReplaceGuard;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports the list from an Excel workbook in two steps. {@link #read} checks the workbook and previews the
 * result in both modes against the stored list; nothing is written. {@link #commit} takes a backup, then writes in
 * one transaction: every change or none. A workbook with any problem is refused. Cancelling (while reading or
 * writing) leaves the stored list exactly as it was.
 * <p>Progress messages are keys of the message bundle (list.progress.*).
 */
public final class ListImportService {
    public static final String BACKUP_REASON = "before-import";
    public static final String AUDIT_ACTION = "enterprise.import";
    static final int CHUNK = 200;

    private final ListFileCheck fileCheck;
    private final Transactions tx;
    private final EnterpriseStore store;
    private final ChangeLog changeLog;
    private final AuditLog audit;
    private final Backups backups;
    private final java.time.Clock clock;

    public ListImportService(ListFileCheck fileCheck, Transactions tx, EnterpriseStore store, ChangeLog changeLog,
                             AuditLog audit, Backups backups, java.time.Clock clock) {
        this.fileCheck = fileCheck;
        this.tx = tx;
        this.store = store;
        this.changeLog = changeLog;
        this.audit = audit;
        this.backups = backups;
        this.clock = clock;
    }

    /**
     * Reads and checks the workbook and previews it against the stored list.
     *
     * @throws cn.hazedesk.application.port.WorkbookException when the file is no readable workbook
     * @throws CancelledException when cancelled
     */
    public ImportPlan read(Path file, ProgressListener progress, CancelToken cancel) {
        CheckedList checked = fileCheck.check(file, progress, cancel);
        cancel.check();
        progress.progress(0, 0, "list.progress.comparing");
        List<Enterprise> stored = storedList();
        return new ImportPlan(file, checked, ImportPreview.compute(checked.enterprises(), stored, ImportMode.MERGE),
                ImportPreview.compute(checked.enterprises(), stored, ImportMode.REPLACE));
    }

    /**
     * Backs up the database, then applies the plan in one transaction. The preview is computed again against the
     * list as it is now, so edits made since {@link #read} are taken into account.
     *
     * @throws IllegalArgumentException when the workbook has problems (nothing is written)
     * @throws CancelledException when cancelled (nothing is written)
     */
    public ImportResult commit(ImportPlan plan, ImportMode mode, String actor, ProgressListener progress,
                               CancelToken cancel) {
        return commit(plan, mode, actor, false, progress, cancel);
    }

    /**
     * As {@link #commit(ImportPlan, ImportMode, String, ProgressListener, CancelToken)}; {@code confirmed} says the
     * user confirmed a replacement that {@link ReplaceGuard} stops (an empty workbook, or one removing more than half
     * of the list).
     *
     * @throws ReplaceNeedsConfirmation when replacing needs a confirmation that was not given (nothing is written)
     */
    public ImportResult commit(ImportPlan plan, ImportMode mode, String actor, boolean confirmed,
                               ProgressListener progress, CancelToken cancel) {
        if (!plan.clean()) {
            throw new IllegalArgumentException("the workbook has " + plan.problems().size() + " problems: nothing imported");
        }
        if (!confirmed) {
            ReplaceGuard.check(plan.preview(mode)).ifPresent(r -> {
                throw new ReplaceNeedsConfirmation(r);
            });
        }
        cancel.check();
        progress.progress(0, 0, "list.progress.backup");
        Path backup = backups.backup(BACKUP_REASON);
        ImportPreview applied = tx.inTransaction(() -> write(plan, mode, actor, confirmed, progress, cancel));
        return new ImportResult(mode, applied, backup);
    }

    /** Replacing the list needs the user's confirmation first; nothing was written. */
    public static final class ReplaceNeedsConfirmation extends RuntimeException {
        private final transient ReplaceGuard.Reason reason;

        public ReplaceNeedsConfirmation(ReplaceGuard.Reason reason) {
            super(reason.kind() + ": " + reason.removed() + " of " + reason.stored() + " enterprises would be removed");
            this.reason = reason;
        }

        public ReplaceGuard.Reason reason() {
            return reason;
        }
    }

    private List<Enterprise> storedList() {
        return tx.inTransaction(() -> store.loadAll().stream().map(StoredEnterprise::enterprise).toList());
    }

    private ImportPreview write(ImportPlan plan, ImportMode mode, String actor, boolean confirmed,
                                ProgressListener progress, CancelToken cancel) {
        List<StoredEnterprise> stored = store.loadAll();
        Map<String, StoredEnterprise> byUscc = new HashMap<>(stored.size() * 2);
        for (StoredEnterprise s : stored) {
            byUscc.put(s.enterprise().uscc(), s);
        }
        List<Enterprise> imported = plan.checked().enterprises();
        ImportPreview preview = ImportPreview.compute(imported, stored.stream().map(StoredEnterprise::enterprise).toList(), mode);
        if (!confirmed) {
            // the list may have changed since the preview: the guard holds for what is stored now
            ReplaceGuard.check(preview).ifPresent(r -> {
                throw new ReplaceNeedsConfirmation(r);
            });
        }
        Map<String, Enterprise> importedByUscc = new HashMap<>(imported.size() * 2);
        for (Enterprise e : imported) {
            importedByUscc.put(e.uscc(), e);
        }
        List<Enterprise> added = new ArrayList<>();
        List<ChangeLog.Entry> log = new ArrayList<>();
        List<Runnable> updates = new ArrayList<>();
        List<Long> removed = new ArrayList<>();
        for (ImportPreview.Entry entry : preview.entries()) {
            switch (entry.status()) {
                case NEW -> {
                    Enterprise e = importedByUscc.get(entry.uscc());
                    added.add(e);
                    log.add(new ChangeLog.Entry(e.uscc(), e.name(),
                            List.of(new FieldChange(FieldChange.CREATED, null, "", e.name()))));
                }
                case CHANGED -> {
                    Enterprise e = importedByUscc.get(entry.uscc());
                    long id = byUscc.get(entry.uscc()).id();
                    updates.add(() -> store.update(id, e));
                    log.add(new ChangeLog.Entry(e.uscc(), e.name(), entry.changes()));
                }
                case REMOVED -> {
                    removed.add(byUscc.get(entry.uscc()).id());
                    log.add(new ChangeLog.Entry(entry.uscc(), entry.name(),
                            List.of(new FieldChange(FieldChange.DELETED, null, entry.name(), ""))));
                }
                case UNCHANGED -> { }
            }
        }
        long total = (long) added.size() + updates.size() + removed.size();
        long done = 0;
        progress.progress(done, total, "list.progress.writing");
        if (!removed.isEmpty() && removed.size() == stored.size()) {
            cancel.check();
            store.deleteAll();
            done += removed.size();
        } else {
            for (long id : removed) {
                cancel.check();
                store.delete(id);
                done++;
            }
        }
        for (Runnable update : updates) {
            cancel.check();
            update.run();
            done++;
            if (done % CHUNK == 0) {
                progress.progress(done, total, "list.progress.writing");
            }
        }
        for (int i = 0; i < added.size(); i += CHUNK) {
            cancel.check();
            List<Enterprise> chunk = added.subList(i, Math.min(added.size(), i + CHUNK));
            store.insertAll(chunk, false);
            done += chunk.size();
            progress.progress(done, total, "list.progress.writing");
        }
        cancel.check();
        Instant now = clock.instant();
        changeLog.recordAll(now, actor, log);
        ImportPreview.Counts e = preview.enterprises();
        ImportPreview.Counts l = preview.lines();
        audit.record(now, actor, AUDIT_ACTION, String.valueOf(plan.file().getFileName()),
                "mode=" + mode + (confirmed ? " (confirmed)" : "") + ", rows=" + plan.rows()
                        + ", enterprises new=" + e.added() + " changed=" + e.changed() + " unchanged=" + e.unchanged()
                        + " removed=" + e.removed() + " kept=" + e.kept()
                        + ", lines new=" + l.added() + " changed=" + l.changed() + " unchanged=" + l.unchanged()
                        + " removed=" + l.removed());
        cancel.check();
        progress.progress(total, total, "list.progress.writing");
        return preview;
    }
}
