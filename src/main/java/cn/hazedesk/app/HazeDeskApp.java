package cn.hazedesk.app;

import cn.hazedesk.i18n.Messages;
import cn.hazedesk.infra.db.DataFolders;
import cn.hazedesk.infra.db.StoreException;
import cn.hazedesk.infra.logging.LoggingSetup;
import cn.hazedesk.ui.common.DesktopFolderOpener;
import cn.hazedesk.ui.common.ErrorReporter;
import cn.hazedesk.ui.common.Fonts;
import cn.hazedesk.ui.common.FxDialogService;
import cn.hazedesk.ui.common.FxFileChooserService;
import cn.hazedesk.ui.common.FxTaskRunner;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The desktop app. {@link #init()} runs on the launcher thread, so opening, migrating and seeding the database
 * happen before the first window and never on the JavaFX thread.
 */
public final class HazeDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(HazeDeskApp.class);

    private Messages messages;
    private Path dataFolder;
    private AppContext context;
    private String startupProblem;
    private Throwable startupError;
    private FxTaskRunner tasks;

    @Override
    public void init() {
        StartupOptions options;
        try {
            options = StartupOptions.parse(getParameters().getRaw().toArray(String[]::new));
        } catch (StartupOptions.UsageException e) {
            messages = Messages.forLocale(Messages.CHINESE);
            startupProblem = messages.get(e.key(), e.argument());
            return;
        }
        messages = Messages.forLocale(Messages.localeFor(options.lang().orElse(null)));
        // dates and numbers in controls (DatePicker) follow the chosen language, not the machine's default
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, messages.locale());
        dataFolder = DataFolders.resolveForThisMachine(options.dataDir());
        try {
            LoggingSetup.logToFolder(dataFolder.resolve("logs"));
        } catch (RuntimeException e) {
            LOG.warn("No log file in {}", dataFolder, e);
        }
        LOG.info("HazeDesk {} starting, data folder {}", AppVersion.get(), dataFolder);
        try {
            context = AppContext.open(dataFolder, Clock.systemDefaultZone());
            int loaded = context.sampleData().loadIfFirstStart(context.actor());
            if (loaded > 0) {
                LOG.info("First start: loaded {} sample enterprises", loaded);
            }
        } catch (StoreException e) {
            LOG.error("Cannot open the data folder", e);
            startupProblem = StartupProblems.describe(e, messages);
        } catch (RuntimeException e) {
            LOG.error("Start-up failed", e);
            startupError = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupProblem != null || startupError != null) {
            showStartupFailure();
            return;
        }
        Fonts.loadBundled();
        ErrorReporter errors = new ErrorReporter(messages, () -> stage, context.store().logFolder());
        errors.install();
        tasks = new FxTaskRunner(errors::report);
        askOperator();
        UiAssembly ui = new UiAssembly(context, messages, tasks, new FxDialogService(() -> stage, messages),
                new DesktopFolderOpener(getHostServices()),
                new FxFileChooserService(() -> stage, messages.get("list.import.filter")), stage);
        ui.showMainWindow();
        stage.setTitle(messages.get("operator.windowTitle", messages.get("app.title"), context.actor()));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
    }

    /** The operator's name, asked once per session (records carry it); the OS user name is offered. */
    private void askOperator() {
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(context.actor());
        ask.setTitle(messages.get("app.title"));
        ask.setHeaderText(messages.get("operator.header"));
        ask.setContentText(messages.get("operator.label"));
        ask.getDialogPane().setPrefWidth(440);
        ask.getDialogPane().getButtonTypes().setAll(
                new ButtonType(messages.get("dialog.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                new ButtonType(messages.get("dialog.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        ask.showAndWait().map(String::strip).filter(n -> !n.isEmpty()).ifPresent(context::setActor);
        LOG.info("Operator for this session: {}", context.actor());
    }

    private void showStartupFailure() {
        Fonts.loadBundled();
        Alert a = new Alert(Alert.AlertType.ERROR, "", new ButtonType(messages.get("dialog.close")));
        a.setTitle(messages.get("app.title"));
        a.setHeaderText(messages.get("startup.failed"));
        if (startupProblem != null) {
            a.setContentText(startupProblem);
        } else {
            TextArea details = new TextArea(ErrorReporter.details(startupError));
            details.setEditable(false);
            a.getDialogPane().setContent(details);
        }
        a.getDialogPane().setPrefWidth(560);
        a.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        if (context != null) {
            context.close();
        }
        LOG.info("HazeDesk stopped");
    }
}
