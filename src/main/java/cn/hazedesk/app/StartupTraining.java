package cn.hazedesk.app;

import javafx.application.Application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A build step of {@code mvn package}, not part of the app's use: starts the desktop app once on a new data folder (its
 * first administrator set, as an existing folder is) and ends when the sign-in window is shown and the folder is open.
 * Run with {@code -XX:DumpLoadedClassList}, it lists the classes a start loads; the application class-data-sharing
 * archive {@code target/hazedesk.jsa} is dumped from that list (pom.xml), so that a start maps them instead of loading
 * and verifying them one by one. Run headless (Monocle on the class path), so it needs no display.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        Path folder = Files.createTempDirectory("hazedesk-training");
        Path shown = folder.resolve("shown.txt");
        System.setProperty(StartupTiming.PROPERTY, shown.toString());
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        try (AppContext ctx = AppContext.start(folder.resolve("data"), clock)) {
            ctx.accounts().createFirstAdministrator("training", "Training-2026!".toCharArray());
        }
        GuiLauncher.Opening opening = GuiLauncher.begin(
                StartupOptions.parse(new String[]{"--data-dir", folder.resolve("data").toString()}), clock);
        GuiLauncher.handOver(opening);
        Thread fx = new Thread(() -> Application.launch(HazeDeskApp.class), "training");
        fx.setDaemon(true);
        fx.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!Files.exists(shown) || Files.size(shown) == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the sign-in window was not shown within two minutes");
            }
            Thread.sleep(50);
        }
        opening.context().join();
        Thread.sleep(1000); // the form's own look-up (is there an administrator?) done too
        delete(folder); // the database closes as the JVM ends

        System.exit(0);
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
