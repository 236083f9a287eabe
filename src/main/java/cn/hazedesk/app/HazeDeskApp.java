package cn.hazedesk.app;

import cn.hazedesk.i18n.Messages;
import cn.hazedesk.infra.db.StoreException;
import cn.hazedesk.ui.common.DesktopFolderOpener;
import cn.hazedesk.ui.common.ErrorReporter;
import cn.hazedesk.ui.common.Fonts;
import cn.hazedesk.ui.common.FxDialogService;
import cn.hazedesk.ui.common.FxFileChooserService;
import cn.hazedesk.ui.common.FxTaskRunner;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The desktop app. Opening, migrating and seeding the database happen before the first window and never on the JavaFX
 * thread: {@link GuiLauncher} starts them on a thread of their own while the toolkit starts, and {@link #init()} (on the
 * launcher thread) waits for them.
 */
public final class HazeDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(HazeDeskApp.class);

    private Messages messages;
    private Path dataFolder;
    private volatile AppContext context;
    private String startupProblem;
    private StoreException startupFailure;
    private java.util.Optional<cn.hazedesk.application.BackupInfo> backupOffer = java.util.Optional.empty();
    /** The command line's --db, if given: 重试 after a server problem opens that server again. */
    private java.util.Optional<cn.hazedesk.infra.db.DatabaseSettings> server = java.util.Optional.empty();
    private FxTaskRunner tasks;
    private final Clock clock = Clock.systemDefaultZone();

    @Override
    public void init() {
        // the toolkit is up: the font loads here, while the data folder may still be opening
        Fonts.loadBundled();
        GuiLauncher.Opening early = GuiLauncher.takeOpening();
        if (early == null) { // launched without the Launcher: the options are read, and the folder opened, here
            try {
                early = GuiLauncher.begin(StartupOptions.parse(getParameters().getRaw().toArray(String[]::new)), clock);
            } catch (StartupOptions.UsageException e) {
                messages = Messages.forLocale(Messages.CHINESE);
                startupProblem = messages.get(e.key(), e.argument());
                return;
            }
        }
        messages = Messages.forLocale(Messages.localeFor(early.options().lang().orElse(null)));
        // dates and numbers in controls (DatePicker) follow the chosen language, not the machine's default
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, messages.locale());
        dataFolder = early.dataFolder();
        server = early.options().database();
        LOG.info("HazeDesk {} starting, data folder {}", AppVersion.get(), dataFolder);
        try {
            context = opened(early);
        } catch (StoreException e) {
            LOG.error("Cannot open the data folder", e);
            startupFailure = e;
            startupProblem = StartupProblems.describe(e, messages);
            backupOffer = StartupRecovery.offer(e, dataFolder, clock);
        } catch (RuntimeException e) {
            LOG.error("Start-up failed", e);
            startupProblem = messages.get("startup.unexpected", String.valueOf(e.getMessage()),
                    dataFolder.resolve("logs").toString());
        }
    }

    /** The context opened since before the toolkit started, or its failure as {@link AppContext#start} throws it. */
    private static AppContext opened(GuiLauncher.Opening early) {
        try {
            return early.context().join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    @Override
    public void start(Stage stage) {
        Path logs = dataFolder != null ? dataFolder.resolve("logs") : Path.of("logs");
        ErrorReporter errors = new ErrorReporter(messages, () -> stage, logs);
        errors.install();
        tasks = new FxTaskRunner(errors::report);
        if (startupProblem != null) {
            // never a stack trace: the problem in a sentence, and a restore where a backup helps
            StartupRecovery.show(stage, messages, tasks, startupProblem, startupFailure, backupOffer, dataFolder, clock,
                    server, opened -> {
                        context = opened;
                        showMain(stage);
                        stage.sizeToScene(); // the main window, not the size of the problem window
                        stage.centerOnScreen();
                    }, Platform::exit);
            stage.show();
            return;
        }
        showMain(stage);
    }

    /** Sign-in first; the main window opens for the signed-in user, and locks when left idle. */
    private void showMain(Stage stage) {
        UiAssembly ui = new UiAssembly(context, new UiServices(messages, tasks, new FxDialogService(() -> stage, messages),
                new DesktopFolderOpener(getHostServices()),
                new FxFileChooserService(() -> stage, messages.get("list.import.filter")),
                new cn.hazedesk.ui.common.FxPrinting(() -> stage), stage), c -> context = c);
        ui.showSignIn(actor -> {
            LOG.info("Signed in: {} ({})", actor.name(), actor.role().key());
            stage.setMinWidth(900);
            stage.setMinHeight(600);
            ui.showMainWindow();
            ui.lockWhenIdle();
        }, stage::close);
        stage.setOnCloseRequest(null);
        StartupTiming.whenShown(stage, "first-window");
        stage.show();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        AppContext ctx = context;
        if (ctx != null) {
            try {
                ctx.backups().atExit();
            } catch (RuntimeException e) {
                LOG.warn("The backup on exit could not be written", e);
            }
            ctx.close();
        }
        LOG.info("HazeDesk stopped");
    }
}
