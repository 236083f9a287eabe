package cn.hazedesk.application;

import cn.hazedesk.domain.audit.AuditDetail;
import cn.hazedesk.domain.access.Action;
import cn.hazedesk.domain.access.Actor;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports the list from an Excel workbook in two steps. {@link #read} checks the workbook and previews the
 * result in both modes against the stored list; nothing is written. {@link #commit} takes a backup, then writes the
 * resulting list on a copy of the database, which replaces it in one rename ({@link ListRewrite}): every change or
 * none, whenever it is interrupted. A workbook with any problem is refused. Cancelling (while reading or
 * writing) leaves the stored list exactly as it was.
 * <p>Progress messages are keys of the message bundle (list.progress.*).
 */
public final class ListImportService {
    public static final String BACKUP_REASON = "before-import";
    public static final String AUDIT_ACTION = "enterprise.import";

    private final ListFileCheck fileCheck;
    private final Transactions tx;
    private final EnterpriseStore store;
    private final ListRewrite rewrite;
    private final AuditLog audit;
    private final Backups backups;
    private final java.time.Clock clock;

    public ListImportService(ListFileCheck fileCheck, Transactions tx, EnterpriseStore store, ListRewrite rewrite,
                             AuditLog audit, Backups backups, java.time.Clock clock) {
        this.fileCheck = fileCheck;
        this.tx = tx;
        this.store = store;
        this.rewrite = rewrite;
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
        return new ImportPlan(file, checked, ImportPreview.compute(checked.enterprises(), stored, ImportMode.MERGE,
                fileCheck.words()), ImportPreview.compute(checked.enterprises(), stored, ImportMode.REPLACE, fileCheck.words()));
    }

    /**
     * Backs up the database, then writes the list the plan gives as a new version and makes it current. The preview
     * is computed again against the list as it is now, so edits made since {@link #read} are taken into account.
     *
     * @throws IllegalArgumentException when the workbook has problems (nothing is written)
     * @throws CancelledException when cancelled (nothing is written)
     * @throws ListChangedException when the list was changed by something else while writing (nothing is written)
     */
    public ImportResult commit(ImportPlan plan, ImportMode mode, Actor actor, ProgressListener progress,
                               CancelToken cancel) {
        return commit(plan, mode, actor, false, progress, cancel);
    }

    /**
     * As {@link #commit(ImportPlan, ImportMode, Actor, ProgressListener, CancelToken)}; {@code confirmed} says the
     * user confirmed a replacement that {@link ReplaceGuard} stops (an empty workbook, or one removing more than half
     * of the list).
     *
     * @throws ReplaceNeedsConfirmation when replacing needs a confirmation that was not given (nothing is written)
     * @throws AccessDenied when the actor may not: replacing is the whole city's list; a district maintainer merges
     *                      only enterprises of their district, and changes none stored under another (nothing is written)
     */
    public ImportResult commit(ImportPlan plan, ImportMode mode, Actor by, boolean confirmed,
                               ProgressListener progress, CancelToken cancel) {
        if (mode == ImportMode.REPLACE) {
            Access.require(by, Action.LIST_REPLACE);
        } else {
            Access.require(by, Action.LIST_IMPORT, by.scope().districtCode());
            for (Enterprise e : plan.checked().enterprises()) {
                Access.require(by, Action.LIST_IMPORT, e.districtCode());
            }
        }
        String actor = by.name();
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
        cancel.check();
        progress.progress(0, 0, "list.progress.comparing");
        Instant now = clock.instant();
        ImportPreview applied = rewrite.run(stored -> {
                    if (!by.scope().city()) {
                        // an enterprise stored under another district is not this maintainer's to change
                        Map<String, String> districtOf = new HashMap<>();
                        for (StoredEnterprise s : stored) {
                            districtOf.put(s.enterprise().uscc(), s.enterprise().districtCode());
                        }
                        for (Enterprise e : plan.checked().enterprises()) {
                            Access.require(by, Action.LIST_IMPORT, districtOf.getOrDefault(e.uscc(), e.districtCode()));
                        }
                    }
                    return plan(plan, mode, confirmed, stored, fileCheck.words());
                },
                preview -> audit.record(now, actor, AUDIT_ACTION, String.valueOf(plan.file().getFileName()),
                        auditDetail(plan, mode, confirmed, preview)),
                now, actor, progress, cancel);
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

    /** The new list: stored enterprises the import leaves alone are kept, new and changed ones written. */
    private static ListRewrite.Plan<ImportPreview> plan(ImportPlan plan, ImportMode mode, boolean confirmed,
                                                          List<StoredEnterprise> stored,
                                                          cn.hazedesk.domain.enterprise.ListWords words) {
        List<Enterprise> imported = plan.checked().enterprises();
        ImportPreview preview = ImportPreview.compute(imported, stored.stream().map(StoredEnterprise::enterprise).toList(), mode,
                words);
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
        List<Enterprise> write = new ArrayList<>();
        List<ChangeLog.Entry> log = new ArrayList<>();
        Set<String> replacedOrRemoved = new HashSet<>();
        for (ImportPreview.Entry entry : preview.entries()) {
            switch (entry.status()) {
                case NEW -> {
                    Enterprise e = importedByUscc.get(entry.uscc());
                    write.add(e);
                    log.add(new ChangeLog.Entry(e.uscc(), e.name(),
                            List.of(new FieldChange(FieldChange.CREATED, null, "", e.name()))));
                }
                case CHANGED -> {
                    Enterprise e = importedByUscc.get(entry.uscc());
                    write.add(e);
                    replacedOrRemoved.add(e.uscc());
                    log.add(new ChangeLog.Entry(e.uscc(), e.name(), entry.changes()));
                }
                case REMOVED -> {
                    replacedOrRemoved.add(entry.uscc());
                    log.add(new ChangeLog.Entry(entry.uscc(), entry.name(),
                            List.of(new FieldChange(FieldChange.DELETED, null, entry.name(), ""))));
                }
                case UNCHANGED -> { }
            }
        }
        // unchanged ones, and in a merge those the file does not name, are copied as stored
        List<Long> keep = new ArrayList<>();
        for (StoredEnterprise s : stored) {
            if (!replacedOrRemoved.contains(s.enterprise().uscc())) {
                keep.add(s.id());
            }
        }
        return new ListRewrite.Plan<>(keep, write, log, preview);
    }

    private static AuditDetail auditDetail(ImportPlan plan, ImportMode mode, boolean confirmed, ImportPreview preview) {
        ImportPreview.Counts e = preview.enterprises();
        ImportPreview.Counts l = preview.lines();
        return AuditDetail.of("enterprise.import").with("mode", mode).with("confirmed", confirmed ? true : null)
                .with("rows", plan.rows()).with("added", e.added()).with("changed", e.changed())
                .with("unchanged", e.unchanged()).with("removed", e.removed()).with("kept", e.kept())
                .with("linesAdded", l.added()).with("linesChanged", l.changed()).with("linesUnchanged", l.unchanged())
                .with("linesRemoved", l.removed());
    }
}
