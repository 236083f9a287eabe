package cn.hazedesk.app;

import cn.hazedesk.infra.db.DataFolders;
import cn.hazedesk.infra.logging.LoggingSetup;
import javafx.application.Application;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * Kept apart from {@link Launcher} so that headless commands never load a JavaFX class. It starts a thread of its own
 * before the JavaFX toolkit starts: the log's set-up at once, beside the toolkit's start; the data folder (database,
 * migrations, the audit chain's check) once the first window is shown ({@link Opening#go()});
 * {@link HazeDeskApp#init()} takes the opening over.
 */
final class GuiLauncher {
    /**
     * The data folder's opening, begun before the toolkit started, handed once to the app: JavaFX builds the
     * Application itself, so a one-shot hand-over from main to {@link HazeDeskApp#init()} is the only way in (taken
     * and cleared there; never a place to look things up).
     */
    private static final java.util.concurrent.atomic.AtomicReference<Opening> OPENING =
            new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * The folder being opened, and its context (or the failure to open it). The database is opened once
     * {@link #go()} is called, when the first window is shown: on a machine of two cores, opening it while the toolkit
     * starts and the window is built made the window come a second and a half later (README, "Benchmarks").
     */
    record Opening(StartupOptions options, Path dataFolder, CompletableFuture<AppContext> context,
                   java.util.concurrent.CountDownLatch shown) {
        /** The first window is shown: the database opens now. */
        void go() {
            shown.countDown();
        }
    }

    private GuiLauncher() {
    }

    static void launch(String[] args, StartupOptions options, Clock clock) {
        handOver(begin(options, clock));
        Application.launch(HazeDeskApp.class, args);
    }

    /** Starts opening the data folder the options name (log set-up first) on a thread of its own. */
    static Opening begin(StartupOptions options, Clock clock) {
        Path dataFolder = DataFolders.resolveForThisMachine(options.dataDir());
        CompletableFuture<AppContext> context = new CompletableFuture<>();
        java.util.concurrent.CountDownLatch shown = new java.util.concurrent.CountDownLatch(1);
        Thread open = new Thread(() -> {
            // the log's set-up (logback reading its configuration) too takes its time beside the toolkit's start
            try {
                LoggingSetup.logToFolder(dataFolder.resolve("logs"));
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(GuiLauncher.class).warn("No log file in {}", dataFolder, e);
            }
            try {
                shown.await();
                context.complete(AppContext.start(dataFolder, clock, options.database()));
            } catch (Throwable t) {
                context.completeExceptionally(t);
            }
        }, "open-data-folder");
        open.start();
        return new Opening(options, dataFolder, context, shown);
    }

    /** Hands {@code opening} to the app about to be launched. */
    static void handOver(Opening opening) {
        OPENING.set(opening);
    }

    /** The opening started before the toolkit, once: the app takes it over (and closes the context). */
    static Opening takeOpening() {
        return OPENING.getAndSet(null);
    }
}
