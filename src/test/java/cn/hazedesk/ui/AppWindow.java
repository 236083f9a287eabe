package cn.hazedesk.ui;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.app.UiAssembly;
import cn.hazedesk.app.UiServices;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.ErrorReporter;
import cn.hazedesk.ui.common.FileChooserService;
import cn.hazedesk.ui.common.Fonts;
import cn.hazedesk.ui.common.FxDialogService;
import cn.hazedesk.ui.common.FxTaskRunner;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real main window for a TestFX test, built by the same composition root as the app, on a real data folder:
 * only the file dialog and the folder opener answer as the test says.
 */
final class AppWindow implements AutoCloseable {
    /** The data folder's context; a restore from the backups window replaces it. */
    volatile AppContext ctx;
    final Stage stage;
    final List<Throwable> uncaught = new ArrayList<>();
    /** What the "file dialog" answers next: the test decides, as a user picking a file would. */
    Path nextFile;
    /** Whether the fake printing has a printer, and the pages "printed" on it. */
    volatile boolean printerInstalled;
    final List<java.awt.image.BufferedImage> printed = java.util.Collections.synchronizedList(new ArrayList<>());
    private FxTaskRunner tasks;

    private AppWindow(Path dataFolder, Locale locale, boolean withSample, int width, int height) throws Exception {
        this(dataFolder, locale, withSample, width, height, Clock.systemDefaultZone());
    }

    private AppWindow(Path dataFolder, Locale locale, boolean withSample, int width, int height, Clock clock)
            throws Exception {
        ctx = AppContext.open(dataFolder, clock);
        // as if signed in: a city-wide user allowed everything, unless the test chose a role (issue 14)
        java.time.Duration signInIdle = SIGN_IN.get();
        SIGN_IN.remove();
        if (signInIdle == null) {
            ctx.setActor(NEXT_ACTOR.get() != null ? NEXT_ACTOR.get() : cn.hazedesk.testing.Actors.all(
                    locale.getLanguage().equals("zh") ? "值班员" : "Wang"));
        }
        NEXT_ACTOR.remove();
        if (withSample) {
            ctx.sampleData().loadIfFirstStart("tester");
        }
        Messages messages = Messages.forLocale(locale);
        FileChooserService files = new FileChooserService() {
            @Override
            public Optional<Path> openWorkbook(String title) {
                return Optional.ofNullable(nextFile);
            }

            @Override
            public Optional<Path> saveWorkbook(String title, String suggestedName) {
                return Optional.ofNullable(nextFile);
            }

            @Override
            public Optional<Path> savePdf(String title, String suggestedName) {
                return Optional.ofNullable(nextFile);
            }

            @Override
            public Optional<Path> chooseFolder(String title) {
                return Optional.ofNullable(nextFile);
            }

            @Override
            public Optional<Path> openForecast(String title) {
                return Optional.ofNullable(nextFile);
            }

            @Override
            public Optional<Path> openImage(String title) {
                return Optional.ofNullable(nextFile);
            }
        };
        cn.hazedesk.ui.common.Printing printing = new cn.hazedesk.ui.common.Printing() {
            @Override
            public boolean hasPrinter() {
                return printerInstalled;
            }

            @Override
            public Optional<Session> showDialog(String jobName) {
                return Optional.of(new Session() {
                    @Override
                    public boolean printPage(java.awt.image.BufferedImage page) {
                        printed.add(page);
                        return true;
                    }

                    @Override
                    public boolean end() {
                        return true;
                    }

                    @Override
                    public void cancel() {
                    }
                });
            }
        };
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            Fonts.loadBundled();
            ErrorReporter errors = new ErrorReporter(messages, () -> s, ctx.store().logFolder());
            tasks = new FxTaskRunner(e -> {
                uncaught.add(e);
                errors.report(e);
            });
            ui = new UiAssembly(ctx, new UiServices(messages, tasks, new FxDialogService(() -> s, messages),
                    Files::isDirectory, files, printing, s), c -> ctx = c);
            if (signInIdle == null) {
                ui.showMainWindow();
            } else {
                // as the app starts: sign in first, then the main window, locked when left idle
                ui.showSignIn(actor -> {
                    ui.showMainWindow();
                    s.setWidth(1280);
                    s.setHeight(860);
                    idleLock = ui.lockWhenIdle(signInIdle);
                }, s::close);
            }
            if (width > 0) {
                // the whole window on the (virtual) screen, wherever an earlier test or the remembered layout left it
                s.setX(0);
                s.setY(0);
                s.setWidth(width);
                s.setHeight(height);
            }
            s.show();
            s.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static final ThreadLocal<cn.hazedesk.domain.access.Actor> NEXT_ACTOR = new ThreadLocal<>();
    private static final ThreadLocal<java.time.Duration> SIGN_IN = new ThreadLocal<>();
    UiAssembly ui;
    volatile cn.hazedesk.ui.access.IdleLock idleLock;

    /** The window as the app starts it: the sign-in form first; the main window locks after {@code idle}. */
    static AppWindow signIn(Path dataFolder, Locale locale, java.time.Duration idle) throws Exception {
        SIGN_IN.set(idle);
        return new AppWindow(dataFolder, locale, true, 1280, 860);
    }

    /** The main window for a signed-in user of a real role (the sample list loaded). */
    static AppWindow openAs(Path dataFolder, Locale locale, cn.hazedesk.domain.access.Actor actor) throws Exception {
        NEXT_ACTOR.set(actor);
        return new AppWindow(dataFolder, locale, true, 1280, 860);
    }

    static AppWindow open(Path dataFolder, Locale locale, boolean withSample) throws Exception {
        return new AppWindow(dataFolder, locale, withSample, 0, 0);
    }

    static AppWindow open(Path dataFolder, Locale locale, boolean withSample, int width, int height) throws Exception {
        return new AppWindow(dataFolder, locale, withSample, width, height);
    }

    /** The window on a clock the test moves (e.g. to see an acknowledgement become overdue). */
    static AppWindow open(Path dataFolder, Locale locale, Clock clock) throws Exception {
        return new AppWindow(dataFolder, locale, true, 1280, 860, clock);
    }

    FxTaskRunner tasks() {
        return tasks;
    }

    @Override
    public void close() throws Exception {
        if (idleLock != null) {
            // the primary stage is reused by the next test: its lock must not outlive this window
            javafx.application.Platform.runLater(idleLock::stop);
            WaitForAsyncUtils.waitForFxEvents();
        }
        FxToolkit.cleanupStages();
        if (tasks != null) {
            tasks.close();
        }
        ctx.close();
        assertThat(uncaught).as("uncaught errors").isEmpty();
    }
}
