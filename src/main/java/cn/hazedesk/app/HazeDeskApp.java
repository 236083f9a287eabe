package cn.hazedesk.app;

import cn.hazedesk.i18n.Messages;
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
 * The desktop app. Opening, migrating and seeding the database never happen on the JavaFX thread, and the first window
 * does not wait for them: the sign-in form ({@link StartupSignIn}) is shown first, then {@link GuiLauncher}'s thread
 * opens the data folder, and 登录 waits for the opening only when pressed before it is done.
 */
public final class HazeDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(HazeDeskApp.class);

    private Messages messages;
    private Path dataFolder;
    private volatile AppContext context;
    /** The data folder to open once the first window is shown (null after a usage error). */
    private GuiLauncher.Opening opening;
    private String startupProblem;
    /** The command line's --db, if given: 重试 after a server problem opens that server again. */
    private java.util.Optional<cn.hazedesk.infra.db.DatabaseSettings> server = java.util.Optional.empty();
    private FxTaskRunner tasks;
    private final Clock clock = Clock.systemDefaultZone();

    @Override
    public void init() {
        // the toolkit is up: the font loads here, before the sign-in form is built (its style sheet names the font)
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
        opening = early;
        LOG.info("HazeDesk {} starting, data folder {}", AppVersion.get(), dataFolder);
    }

    @Override
    public void start(Stage stage) {
        Path logs = dataFolder != null ? dataFolder.resolve("logs") : Path.of("logs");
        ErrorReporter errors = new ErrorReporter(messages, () -> stage, logs);
        errors.install();
        tasks = new FxTaskRunner(errors::report);
        if (startupProblem != null) { // the command line could not be read: said in a sentence, and only 退出
            StartupRecovery.show(stage, messages, tasks, startupProblem, null, java.util.Optional.empty(),
                    Path.of("."), clock, c -> { }, Platform::exit);
            stage.show();
            return;
        }
        // the sign-in form at once; a folder that cannot be opened turns it into the problem window (never a stack
        // trace: the problem in a sentence, and a restore where a backup helps)
        StartupSignIn.show(stage, messages, tasks, opening.context(), dataFolder, clock, server, new StartupSignIn.Then(
                opened -> context = opened,
                actor -> enter(stage, assembly(stage), actor),
                restored -> {
                    context = restored;
                    showMain(stage);
                    stage.sizeToScene(); // the main window's sign-in, not the size of the problem window
                    stage.centerOnScreen();
                }, stage::close));
        StartupTiming.whenShown(stage, "first-window");
        stage.show();
        // the window first, then the database: opening it while the window is built made the window come later
        Platform.runLater(opening::go);
    }

    private UiAssembly assembly(Stage stage) {
        return new UiAssembly(context, new UiServices(messages, tasks, new FxDialogService(() -> stage, messages),
                new DesktopFolderOpener(getHostServices()),
                new FxFileChooserService(() -> stage, messages.get("list.import.filter")),
                new cn.hazedesk.ui.common.FxPrinting(() -> stage), stage), c -> context = c);
    }

    /** Sign-in first (after a restore); the main window opens for the signed-in user, and locks when left idle. */
    private void showMain(Stage stage) {
        UiAssembly ui = assembly(stage);
        ui.showSignIn(actor -> enter(stage, ui, actor), stage::close);
        stage.setOnCloseRequest(null);
    }

    private static void enter(Stage stage, UiAssembly ui, cn.hazedesk.domain.access.Actor actor) {
        LOG.info("Signed in: {} ({})", actor.name(), actor.role().key());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        ui.showMainWindow();
        ui.lockWhenIdle();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        AppContext ctx = context;
        if (ctx == null && opening != null) {
            // closed before the opening was done (or before it was taken up): wait for it, to close it properly
            opening.go();
            ctx = opening.context().handle((c, e) -> c).join();
        }
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
