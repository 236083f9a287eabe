package cn.hazedesk.ui.shell;

import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.FolderOpener;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;

/** State of the main window: the selected work area, and the status line fed by background tasks. */
public final class MainWindowViewModel {
    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final FolderOpener folders;
    private final Path logFolder;
    private final Path dataFolder;
    /** Shared mode's server (host:port/database), named in the status bar instead of the data folder. */
    private final java.util.Optional<String> server;
    private final ObjectProperty<WorkArea> area = new SimpleObjectProperty<>(WorkArea.WARNINGS);
    private final StringBinding statusText;
    private final javafx.beans.property.StringProperty chainWarning = new javafx.beans.property.SimpleStringProperty("");
    private final String userText;
    private final cn.hazedesk.application.AuditIntegrityService integrity;
    /** Shared mode: the line about the database server (lost and retrying, or back); empty while all is well. */
    private final javafx.beans.property.StringProperty serverNotice = new javafx.beans.property.SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty serverLost = new javafx.beans.property.SimpleBooleanProperty(false);
    private final javafx.beans.value.ObservableStringValue seatNews;

    /**
     * {@code userText}: who is signed in, for the status bar (name, role and scope); {@code integrity}: the audit
     * trail's hash chain, checked by {@link #checkAuditTrail()}; {@code server}: shared mode's server
     * (host:port/database), named in the status bar instead of the data folder; {@code link}: the window says when
     * that server is lost and when it is back; {@code seatNews}: the latest news of another seat's change (shared
     * mode), a quiet line in the status bar.
     */
    public MainWindowViewModel(Messages messages, TaskRunner tasks, DialogService dialogs, FolderOpener folders,
                               Path dataFolder, java.util.Optional<String> server, Path logFolder, String userText,
                               cn.hazedesk.application.AuditIntegrityService integrity,
                               cn.hazedesk.ui.common.ServerStatus link, javafx.beans.value.ObservableStringValue seatNews) {
        this.seatNews = java.util.Objects.requireNonNull(seatNews);
        link.stateProperty().addListener((o, before, now) -> {
            serverLost.set(now == cn.hazedesk.application.port.ServerConnection.State.LOST);
            serverNotice.set(messages.get(serverLost.get() ? "server.lost" : "server.back", link.server()));
        });
        this.userText = java.util.Objects.requireNonNull(userText);
        this.integrity = java.util.Objects.requireNonNull(integrity);
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.folders = folders;
        this.dataFolder = dataFolder;
        this.server = server;
        this.logFolder = logFolder;
        this.statusText = Bindings.createStringBinding(
                () -> tasks.busyProperty().get() ? tasks.messageProperty().get() : messages.get("status.ready"),
                tasks.busyProperty(), tasks.messageProperty());
    }

    /** The latest news of another seat's change ("" before any). */
    public javafx.beans.value.ObservableStringValue seatNewsProperty() {
        return seatNews;
    }

    public String userText() {
        return userText;
    }

    /**
     * Checks the audit trail's hash chain in the background (at each start): when it is not whole, a standing
     * warning names the first record that does not fit; work goes on.
     */
    public void checkAuditTrail() {
        tasks.run(messages.get("audit.chain.checking"), p -> integrity.verify(), v -> {
            if (!v.whole()) {
                chainWarning.set(messages.get("audit.chain.broken",
                        messages.get("cli.audit.broken." + v.reason().name(), v.firstBadId(), v.records())));
            }
        }, e -> chainWarning.set(messages.get("audit.chain.unchecked")));
    }

    /** Empty while the trail is whole (or not yet checked). */
    public javafx.beans.property.ReadOnlyStringProperty chainWarningProperty() {
        return chainWarning;
    }

    /** The line about the database server: lost and retrying, or back; empty when there is nothing to say. */
    public javafx.beans.property.ReadOnlyStringProperty serverNoticeProperty() {
        return serverNotice;
    }

    /** True while the server is out of reach (the line is a warning); false when it says the server is back. */
    public javafx.beans.property.ReadOnlyBooleanProperty serverLostProperty() {
        return serverLost;
    }

    /** Hides the line that said the server is back (after a while); the one about a lost server stays. */
    public void dismissServerBack() {
        if (!serverLost.get()) {
            serverNotice.set("");
        }
    }

    public ObjectProperty<WorkArea> areaProperty() {
        return area;
    }

    public StringBinding statusTextProperty() {
        return statusText;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return tasks.progressProperty();
    }

    public String dataFolderText() {
        return server.map(s -> messages.get("status.server", s))
                .orElseGet(() -> messages.get("status.dataFolder", dataFolder.toString()));
    }

    /** What the area shows while its page is being built, just after the window opens. */
    public String openingText() {
        return messages.get("area.opening");
    }

    public String areaTitle(WorkArea a) {
        return messages.get("area." + a.key() + ".title");
    }

    /** Opens the log folder in the file manager; if the desktop cannot, tells the user where it is. */
    public void openLogFolder() {
        tasks.run(messages.get("task.openLogFolder"), p -> {
            java.nio.file.Files.createDirectories(logFolder);
            return folders.open(logFolder);
        }, opened -> {
            if (!opened) {
                dialogs.info(messages.get("menu.help.openLogs"), messages.get("logs.cannotOpen"), logFolder.toString());
            }
        });
    }

    public Path logFolder() {
        return logFolder;
    }
}
