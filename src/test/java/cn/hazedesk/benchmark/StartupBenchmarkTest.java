package cn.hazedesk.benchmark;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 point 2: from the process's start to the first window shown (the sign-in), on an existing data folder,
 * against the floor — a bare JavaFX window showing one label — started the same way, in turns, in one run. Both are
 * fresh JVMs on the test class path with the same headless JavaFX (Monocle, software rendering) as the window tests;
 * each writes the milliseconds from its process's start to its window being shown. Five turns, medians compared
 * (target: HazeDesk ≤ 1.5 × the bare window); in target/benchmark/startup.txt.
 */
@Tag("benchmark")
class StartupBenchmarkTest {
    private static final int TURNS = 5;
    private static final double TARGET = 1.5;

    @TempDir
    Path dir;

    @Test
    void theSignInWindowShowsWithinOneAndAHalfTimesABareWindow() throws Exception {
        Path data = dir.resolve("data");
        Path pw = dir.resolve("pw");
        Files.writeString(pw, "Start-up-2026!");
        // an existing data folder: created, its first administrator set, then started once (migrations done)
        assertThat(run(List.of("cn.hazedesk.app.Launcher", "--data-dir", data.toString(), "admin", "init", "--user",
                "zhang", "--password-file", pw.toString()), null)).isZero();
        shownAfter(List.of("cn.hazedesk.app.Launcher", "--data-dir", data.toString()));

        List<Long> app = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        for (int i = 0; i < TURNS; i++) {
            bare.add(shownAfter(List.of(BareWindowMain.class.getName())));
            app.add(shownAfter(List.of("cn.hazedesk.app.Launcher", "--data-dir", data.toString())));
        }
        long appMedian = median(app);
        long bareMedian = median(bare);
        double ratio = (double) appMedian / bareMedian;
        StringBuilder r = new StringBuilder();
        r.append("Start-up to the first window (sign-in), existing data folder, fresh JVMs, headless JavaFX\n");
        r.append(String.format(Locale.ROOT, "load average at the end: %s%n", load()));
        r.append("HazeDesk (ms): ").append(app).append('\n');
        r.append("bare window (ms): ").append(bare).append('\n');
        r.append(String.format(Locale.ROOT, "medians: HazeDesk %d ms, bare window %d ms, ratio %.2f%n", appMedian,
                bareMedian, ratio));
        r.append(BenchmarkReport.verdict("start-up to the sign-in window (median of " + TURNS + ")", appMedian,
                bareMedian, "ms", "<= 1.5 x the bare window", ratio <= TARGET));
        BenchmarkReport.write("startup.txt", r.toString());
    }

    /** Starts {@code mainAndArgs} and returns the milliseconds from its start to its first window shown. */
    private long shownAfter(List<String> mainAndArgs) throws Exception {
        Path report = Files.createTempFile(dir, "startup", ".txt");
        Files.delete(report);
        Process p = start(mainAndArgs, report);
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (!Files.exists(report) || Files.readString(report).isBlank()) {
                if (!p.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new AssertionError("no window shown by " + mainAndArgs + ": "
                            + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                }
                Thread.sleep(20);
            }
            String line = Files.readString(report).trim();
            return Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    private int run(List<String> mainAndArgs, Path report) throws Exception {
        Process p = start(mainAndArgs, report);
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return p.waitFor();
    }

    private Process start(List<String> mainAndArgs, Path report) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true"));
        if (report != null) {
            cmd.add("-Dhazedesk.startup.report=" + report);
        }
        cmd.addAll(mainAndArgs);
        return new ProcessBuilder(cmd).redirectErrorStream(true).directory(dir.toFile()).start();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Starts the floor as HazeDesk is started: a plain main class launching the application (as Launcher does). */
    public static final class BareWindowMain {
        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }

    /** The floor: a JavaFX window with one label, timed as HazeDesk is. */
    public static final class BareWindow extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("HazeDesk"), 400, 200));
            stage.setOnShown(e -> {
                Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                long ms = Duration.between(started, Instant.now()).toMillis();
                try {
                    Files.writeString(Path.of(System.getProperty("hazedesk.startup.report")), "first-window " + ms
                            + System.lineSeparator());
                } catch (IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            });
            stage.show();
        }
    }
}
