package cn.hazedesk.ui.backup;

import cn.hazedesk.application.BackupInfo;
import cn.hazedesk.application.BackupService;
import cn.hazedesk.application.BackupUnusableException;
import cn.hazedesk.application.RestoreOutcome;
import cn.hazedesk.application.port.DataRestore;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.i18n.StorageText;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.FolderOpener;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * 备份与恢复: every backup with its time, reason, size, list counts, status and record code; 立即备份; restoring the selected one
 * after one confirmation (the current data is kept as a backup first); all file and database work in the background.
 */
public final class BackupsViewModel {
    /** One backup as the table shows it; {@code code}: the record code of the audit chain's head in it (记录校验码). */
    public record Row(BackupInfo info, String time, String reason, String size, String enterprises, String lines,
                      String schema, String status, String code) {
    }

    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final FolderOpener folders;
    private final BackupService backups;
    private final DataRestore restore;
    private final Path folder;
    private final StorageText text;
    private final Consumer<RestoreOutcome> onRestored;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanBinding restoreDisabled;

    /**
     * @param onRestored called on the JavaFX thread after a restore: the app shows the restored data
     */
    public BackupsViewModel(Messages messages, TaskRunner tasks, DialogService dialogs, FolderOpener folders,
                            BackupService backups, DataRestore restore, Path backupsFolder, java.time.ZoneId zone,
                            Consumer<RestoreOutcome> onRestored) {
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.folders = folders;
        this.backups = backups;
        this.restore = restore;
        this.folder = backupsFolder;
        this.text = new StorageText(messages, zone);
        this.onRestored = onRestored;
        this.restoreDisabled = Bindings.createBooleanBinding(
                () -> busy.get() || selected.get() == null || !selected.get().info().usable(), busy, selected);
    }

    public String intro() {
        return messages.get("backups.intro", folder.toString());
    }

    public void load() {
        busy.set(true);
        status.set(messages.get("task.backups.list"));
        tasks.run(messages.get("task.backups.list"), p -> backups.list(), this::show, this::failed);
    }

    private void show(List<BackupInfo> all) {
        rows.setAll(all.stream().map(this::row).toList());
        busy.set(false);
        status.set(messages.get("backups.count", String.valueOf(all.size())));
    }

    private Row row(BackupInfo b) {
        boolean read = b.status() != BackupInfo.Status.UNREADABLE;
        return new Row(b, text.time(b.createdAt()), text.reason(b.reason()), StorageText.size(b.size()),
                read ? String.valueOf(b.enterprises()) : "—", read ? String.valueOf(b.lines()) : "—",
                b.schemaVersion().isEmpty() ? "—" : b.schemaVersion(), text.status(b),
                b.auditCode().isEmpty() ? "—" : b.auditCode());
    }

    /** 立即备份: a backup by hand, kept until deleted by hand. */
    public void backupNow() {
        busy.set(true);
        status.set(messages.get("task.backups.create"));
        tasks.run(messages.get("task.backups.create"), p -> {
            BackupInfo made = backups.backupNow();
            return new Made(made, backups.list());
        }, m -> {
            show(m.all());
            status.set(messages.get("backups.made", m.made().file().getFileName().toString(),
                    String.valueOf(m.made().enterprises()), String.valueOf(m.made().lines())));
        }, this::failed);
    }

    private record Made(BackupInfo made, List<BackupInfo> all) {
    }

    /** Asks once, then restores the selected backup in the background. */
    public void restoreSelected() {
        Row r = selected.get();
        if (r == null || !r.info().usable() || busy.get()) {
            return;
        }
        BackupInfo b = r.info();
        boolean yes = dialogs.confirm(messages.get("backups.confirm.title"), messages.get("backups.confirm.header", r.time()),
                messages.get("backups.confirm.content", b.file().getFileName().toString(), r.reason(),
                        String.valueOf(b.enterprises()), String.valueOf(b.lines()),
                        b.auditCode().isEmpty() ? messages.get("backup.code.none") : b.auditCode()));
        if (!yes) {
            return;
        }
        busy.set(true);
        status.set(messages.get("task.backups.restore"));
        tasks.run(messages.get("task.backups.restore"), p -> restore.restore(b.file(), p), outcome -> {
            busy.set(false);
            status.set(messages.get("backups.restored", text.time(outcome.restored().createdAt()),
                    String.valueOf(outcome.restored().enterprises()), String.valueOf(outcome.restored().lines())));
            onRestored.accept(outcome);
        }, this::failed);
    }

    /** What a restore that took place says: the backup, its counts, where the data it replaced went. */
    public String restoredMessage(RestoreOutcome outcome) {
        StringBuilder s = new StringBuilder(messages.get("backups.restored", text.time(outcome.restored().createdAt()),
                String.valueOf(outcome.restored().enterprises()), String.valueOf(outcome.restored().lines())));
        outcome.previous().ifPresent(p -> s.append(' ').append(messages.get("backups.restored.previous", p.file().toString())));
        outcome.setAside().ifPresent(p -> s.append(' ').append(messages.get("backups.restored.setAside", p.toString())));
        return s.toString();
    }

    private void failed(Throwable e) {
        busy.set(false);
        String why;
        if (e instanceof BackupUnusableException u) {
            why = messages.get("backups.unusable", text.status(u.backup()), u.backup().problem());
        } else {
            String storage = text.describeAny(e, folder);
            why = messages.get("backups.failed", storage != null ? storage : String.valueOf(e.getMessage()));
        }
        status.set(why);
        dialogs.error(messages.get("backups.title"), messages.get("error.header"), why);
    }

    public void openFolder() {
        tasks.run(messages.get("task.openLogFolder"), p -> {
            java.nio.file.Files.createDirectories(folder);
            return folders.open(folder);
        }, opened -> {
            if (!opened) {
                dialogs.info(messages.get("backups.openFolder"), messages.get("logs.cannotOpen"), folder.toString());
            }
        });
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanBinding restoreDisabledProperty() {
        return restoreDisabled;
    }
}
