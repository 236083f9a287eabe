package cn.hazedesk.ui.startup;

import cn.hazedesk.application.BackupInfo;
import cn.hazedesk.application.BackupUnusableException;
import cn.hazedesk.application.RestoreOutcome;
import cn.hazedesk.application.port.DataRestore;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.i18n.StorageText;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The window shown instead of the main window when the data folder cannot be opened: what happened in one sentence
 * (never a stack trace), and, where a backup helps, the newest backup that opens with an offer to restore it (the
 * current files are kept first). The restore runs in the background; then the app starts on the restored data.
 */
public final class StartupProblemViewModel {
    private final Messages messages;
    private final TaskRunner tasks;
    private final Optional<BackupInfo> offer;
    private final DataRestore restore;
    private final StorageText text;
    private final Consumer<RestoreOutcome> onRestored;
    private final Runnable onClose;
    private final StringProperty problem = new SimpleStringProperty("");
    private final Retry retry;
    private final String offerText;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty canRestore = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");

    /**
     * @param restoreHelps whether restoring a backup is a way out of this problem (not when the folder is in use)
     * @param offer        the newest backup that opens, if any
     */
    public StartupProblemViewModel(Messages messages, TaskRunner tasks, String problem, boolean restoreHelps,
                                   Optional<BackupInfo> offer, DataRestore restore, ZoneId zone,
                                   Consumer<RestoreOutcome> onRestored, Runnable onClose) {
        this(messages, tasks, problem, restoreHelps, offer, restore, zone, onRestored, onClose, null);
    }

    /**
     * Opening the database once more: null when it opened (the app goes on), else the problem in a sentence.
     * Offered when the problem may pass by itself or be mended elsewhere (a shared server not reached or refusing).
     */
    @FunctionalInterface
    public interface Retry {
        String attempt() throws Exception;
    }

    /** As above, with 重试 offered: {@code retry} opens the database again (null: nothing to retry). */
    public StartupProblemViewModel(Messages messages, TaskRunner tasks, String problem, boolean restoreHelps,
                                   Optional<BackupInfo> offer, DataRestore restore, ZoneId zone,
                                   Consumer<RestoreOutcome> onRestored, Runnable onClose, Retry retry) {
        this.messages = messages;
        this.tasks = tasks;
        this.problem.set(problem);
        this.retry = retry;
        this.offer = restoreHelps ? offer : Optional.empty();
        this.restore = restore;
        this.text = new StorageText(messages, zone);
        this.onRestored = onRestored;
        this.onClose = onClose;
        this.offerText = !restoreHelps ? "" : offer.map(b -> messages.get("startup.restore.offer", b.file().toString(),
                        text.time(b.createdAt()), text.reason(b.reason()), String.valueOf(b.enterprises()), String.valueOf(b.lines())))
                .orElse(messages.get("startup.restore.none"));
        canRestore.set(this.offer.isPresent());
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public String exitText() {
        return messages.get("startup.exit");
    }

    /** Whether 重试 is offered (and 关闭 reads 退出). */
    public boolean canRetry() {
        return retry != null;
    }

    /** 重试: opens the database again in the background; the app goes on when it opens, else the new problem shows. */
    public void retry() {
        if (retry == null || busy.get()) {
            return;
        }
        busy.set(true);
        status.set(messages.get("startup.retrying"));
        tasks.run(messages.get("startup.retrying"), p -> Optional.ofNullable(retry.attempt()), still -> {
            busy.set(false);
            status.set("");
            still.ifPresentOrElse(problem::set,
                    () -> onRestored.accept(null)); // opened: the app goes on as after a restore (no restore made)
        }, e -> {
            busy.set(false);
            status.set(String.valueOf(e.getMessage()));
        });
    }

    /** Empty when no backup is offered because restoring would not help. */
    public String offerText() {
        return offerText;
    }

    public void restore() {
        if (offer.isEmpty() || busy.get()) {
            return;
        }
        Path file = offer.get().file();
        busy.set(true);
        canRestore.set(false);
        status.set(messages.get("startup.restore.running"));
        tasks.run(messages.get("task.backups.restore"), p -> restore.restore(file, p), outcome -> {
            busy.set(false);
            status.set("");
            onRestored.accept(outcome);
        }, e -> {
            busy.set(false);
            canRestore.set(!(e instanceof BackupUnusableException));
            String why = e instanceof BackupUnusableException u ? text.status(u.backup()) + " " + u.backup().problem()
                    : Optional.ofNullable(text.describeAny(e, file.getParent())).orElse(String.valueOf(e.getMessage()));
            status.set(messages.get("startup.restore.failed", why));
        });
    }

    public void close() {
        onClose.run();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty canRestoreProperty() {
        return canRestore;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
