package cn.hazedesk.app;

import cn.hazedesk.application.BackupInfo;
import cn.hazedesk.application.BackupUnusableException;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.application.RestoreOutcome;
import cn.hazedesk.infra.db.DataFolderRestore;
import cn.hazedesk.infra.db.StoreException;
import cn.hazedesk.ui.backup.BackupsView;
import cn.hazedesk.ui.backup.BackupsViewModel;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * 文件 → 备份与恢复…: the backups with their counts, 立即备份, and a restore, after which {@code reopen} builds the
 * window anew on the restored data folder's {@link AppContext}.
 */
final class BackupsAssembly {
    private final Screens s;
    private final AppContext ctx;
    private final Consumer<AppContext> reopen;

    BackupsAssembly(Screens screens, Consumer<AppContext> reopen) {
        this.s = screens;
        this.ctx = screens.ctx;
        this.reopen = reopen;
    }

    void show() {
        Stage dialog = s.dialog("backups.title");
        AtomicReference<BackupsViewModel> self = new AtomicReference<>();
        BackupsViewModel vm = new BackupsViewModel(s.messages, s.tasks, s.dialogsOver(dialog), s.ui.folders(),
                ctx.backups(), this::restoreAndReopen, ctx.store().dataFolder().resolve("backups"),
                ctx.clock().getZone(), outcome -> {
                    dialog.close();
                    s.dialogsOver(s.stage).info(s.messages.get("backups.title"),
                            s.messages.get("backups.confirm.title"), self.get().restoredMessage(outcome));
                });
        self.set(vm);
        s.show(dialog, s.load("backup/Backups.fxml", BackupsView.class, () -> new BackupsView(vm, dialog::close)));
        dialog.setOnCloseRequest(e -> {
            if (vm.busyProperty().get()) {
                e.consume(); // a backup or restore is under way: it finishes first
            }
        });
    }

    /**
     * In the background: checks the backup (an unusable one changes nothing), closes this data folder's store, puts the
     * backup in place (the current data kept first) and opens the store again; then, on the JavaFX thread, the main
     * window is built anew on the reopened data. If the restore fails after the store was closed, the data as it is
     * now (the old database, which a failed restore leaves in place) is opened again instead.
     */
    private RestoreOutcome restoreAndReopen(Path backup, ProgressListener progress) {
        progress.progress(1, 4, s.messages.get("backups.progress.check"));
        BackupInfo check = ctx.backups().verify(backup);
        if (!check.usable()) {
            throw new BackupUnusableException(check);
        }
        // restoring replaces everyone's data: administrators only (the start-up window's restore, offered when the
        // data cannot be opened at all, is the one exception: then nobody can sign in)
        ctx.backups().mayRestore(ctx.actor());
        Path folder = ctx.store().dataFolder();
        Clock clock = ctx.clock();
        String admin = ctx.actor().name();
        ctx.close();
        RestoreOutcome done = null;
        try {
            progress.progress(2, 4, s.messages.get("backups.progress.replace"));
            done = DataFolderRestore.restore(folder, backup, clock);
            return done;
        } finally {
            AppContext next;
            try {
                progress.progress(3, 4, s.messages.get("backups.progress.reopen"));
                next = AppContext.open(folder, clock);
                if (done != null) {
                    record(next, done, admin, clock);
                }
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    String why = e instanceof StoreException se ? StartupProblems.describe(se, s.messages)
                            : String.valueOf(e.getMessage());
                    s.dialogsOver(s.stage).error(s.messages.get("backups.title"), s.messages.get("startup.failed"), why);
                    s.stage.close();
                });
                throw e;
            }
            Platform.runLater(() -> reopen.accept(next));
        }
    }

    /** The restore is a record of the restored trail, with the administrator who did it. */
    private static void record(AppContext next, RestoreOutcome done, String admin, Clock clock) {
        try {
            next.transactions().inTransaction(() -> {
                next.auditLog().record(clock.instant(), admin, RestoreOutcome.AUDIT_ACTION,
                        done.restored().file().getFileName().toString(), done.auditDetail(null));
                return null;
            });
        } catch (RuntimeException e) {
            // the restore took place; only its record is missing (the log says why)
            org.slf4j.LoggerFactory.getLogger(BackupsAssembly.class).error("The restore could not be recorded", e);
        }
    }
}
