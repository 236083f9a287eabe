package cn.hazedesk.app;

import cn.hazedesk.application.BackupInfo;
import cn.hazedesk.application.RestoreOutcome;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.infra.db.DataFolderRestore;
import cn.hazedesk.infra.db.StoreException;
import cn.hazedesk.ui.common.TaskRunner;
import cn.hazedesk.ui.common.ViewLoader;
import cn.hazedesk.ui.startup.StartupProblemView;
import cn.hazedesk.ui.startup.StartupProblemViewModel;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * When the data folder cannot be opened at start: the problem in a sentence, the newest backup that opens, and a
 * restore in one step (the damaged files kept in {@code damaged/}), after which the app starts on the restored data.
 */
public final class StartupRecovery {
    private StartupRecovery() {
    }

    /**
     * The newest backup that opens, looked for only when restoring is a way out of {@code problem} (it opens backups:
     * not on the JavaFX thread).
     */
    public static Optional<BackupInfo> offer(StoreException problem, Path dataFolder, Clock clock) {
        return problem.restoreHelps() ? DataFolderRestore.newestUsable(dataFolder, clock) : Optional.empty();
    }

    /**
     * Puts the problem window on {@code stage}. {@code opened} gets the data folder opened after a restore (on the
     * JavaFX thread); {@code close} ends the app.
     */
    public static void show(Stage stage, Messages messages, TaskRunner tasks, String problem, StoreException cause,
                            Optional<BackupInfo> offer, Path dataFolder, Clock clock, Consumer<AppContext> opened,
                            Runnable close) {
        show(stage, messages, tasks, problem, cause, offer, dataFolder, clock, Optional.empty(), opened, close);
    }

    /**
     * As above; when the problem is shared mode's server (not reached, refusing), 重试 opens it again — on
     * {@code server} (the command line's {@code --db}) if given, else on what the folder's settings name.
     */
    public static void show(Stage stage, Messages messages, TaskRunner tasks, String problem, StoreException cause,
                            Optional<BackupInfo> offer, Path dataFolder, Clock clock,
                            Optional<cn.hazedesk.infra.db.DatabaseSettings> server, Consumer<AppContext> opened,
                            Runnable close) {
        boolean helps = cause != null && cause.restoreHelps();
        AppContext[] reopened = new AppContext[1];
        boolean shared = cause != null && cause.shared();
        // what to do besides waiting: the settings' files, in the data folder (nobody can sign in to the window's)
        String hint = "\n\n" + messages.get("startup.server.hint", dataFolder.toAbsolutePath().toString());
        StartupProblemViewModel.Retry retry = !shared ? null : () -> {
            try {
                reopened[0] = AppContext.start(dataFolder, clock, server);
                return null;
            } catch (StoreException again) {
                org.slf4j.LoggerFactory.getLogger(StartupRecovery.class).warn("Still cannot open the data folder", again);
                return StartupProblems.describe(again, messages) + hint;
            }
        };
        problem = shared ? problem + hint : problem;
        StartupProblemViewModel vm = new StartupProblemViewModel(messages, tasks, problem, helps, offer,
                (backup, progress) -> {
                    RestoreOutcome o = DataFolderRestore.restore(dataFolder, backup, clock);
                    reopened[0] = AppContext.start(dataFolder, clock);
                    return o;
                }, clock.getZone(), outcome -> opened.accept(reopened[0]), close, retry);
        Parent root = new ViewLoader(messages).<StartupProblemView>load("startup/StartupProblem.fxml", type -> {
            if (type != StartupProblemView.class) {
                throw new IllegalStateException("no controller registered for " + type.getName());
            }
            return new StartupProblemView(vm);
        }).root();
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(StartupRecovery.class.getResource(UiAssembly.STYLESHEET)).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("startup.problem.title"));
        stage.setOnCloseRequest(e -> {
            if (vm.busyProperty().get()) {
                e.consume(); // a restore is under way
            }
        });
    }
}
