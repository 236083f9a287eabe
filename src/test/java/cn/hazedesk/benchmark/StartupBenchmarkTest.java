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
 * against the floor — a bare JavaFX window showing one label — started the same way, in turns, in one run. Every
 * start is a fresh JVM with the README's options (installer/package.conf's JAVA_OPTIONS) and the same headless JavaFX
 * (Monocle, software rendering) as the window tests; each writes the milliseconds from its process's start to its
 * window being shown. Started are: the app on the test class path; the app as the README's command starts it
 * ({@code target/hazedesk.jar}, whose manifest names target/lib, with and without the class-data-sharing archive
 * {@code target/hazedesk.jsa} that {@code mvn package} builds; Monocle added behind the jar's class path, since a
 * display is not at hand); and, when {@code target/installer/HazeDesk} exists, the installed app's runtime with its
 * launcher's options and class path (lib/app/HazeDesk.cfg), Monocle added the same way. Five turns, medians
 * compared (target: each ≤ 1.5 × the bare window); in target/benchmark/startup.txt.
 */
@Tag("benchmark")
class StartupBenchmarkTest {
    private static final int TURNS = 5;
    private static final double TARGET = 1.5;
    /** The README's JVM options: installer/package.conf's JAVA_OPTIONS (the README's run command passes the same). */
    private static final List<String> README_OPTIONS = readmeOptions();
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Djava.awt.headless=true");
    private static final Path JAR = Path.of("target/hazedesk.jar").toAbsolutePath();
    private static final Path ARCHIVE = Path.of("target/hazedesk.jsa").toAbsolutePath();
    private static final Path IMAGE = Path.of("target/installer/HazeDesk").toAbsolutePath();

    @TempDir
    Path dir;

    /** One way of starting: its java, options and class path, then the main class and arguments. */
    private record Way(String name, List<String> command) {
    }

    @Test
    void theSignInWindowShowsWithinOneAndAHalfTimesABareWindow() throws Exception {
        Path data = dir.resolve("data");
        Path pw = dir.resolve("pw");
        Files.writeString(pw, "Start-up-2026!");
        List<String> app = List.of("cn.hazedesk.app.Launcher", "--data-dir", data.toString());
        Way bare = new Way("bare window", java(testJava(), List.of(), classPath(), List.of(BareWindowMain.class.getName())));
        List<Way> ways = new ArrayList<>();
        ways.add(new Way("app on the test class path", java(testJava(), List.of(), classPath(), app)));
        if (Files.isRegularFile(JAR)) {
            String jarPath = JAR + java.io.File.pathSeparator + monocle();
            if (Files.isRegularFile(ARCHIVE)) {
                ways.add(new Way("java -jar target/hazedesk.jar, with target/hazedesk.jsa", java(testJava(),
                        List.of("-XX:SharedArchiveFile=" + ARCHIVE), jarPath, app)));
            }
            ways.add(new Way("java -jar target/hazedesk.jar, no archive", java(testJava(), List.of(), jarPath, app)));
        }
        installed(app).ifPresent(ways::add);

        // an existing data folder: created, its first administrator set, then started once (migrations done)
        assertThat(run(java(testJava(), List.of(), classPath(), List.of("cn.hazedesk.app.Launcher", "--data-dir",
                data.toString(), "admin", "init", "--user", "zhang", "--password-file", pw.toString())))).isZero();
        for (Way w : ways) {
            shownAfter(w); // once each before the turns: the first start of a folder, files into the page cache
        }
        List<Long> bareTimes = new ArrayList<>();
        java.util.Map<Way, List<Long>> times = new java.util.LinkedHashMap<>();
        for (int i = 0; i < TURNS; i++) {
            bareTimes.add(shownAfter(bare));
            for (Way w : ways) {
                times.computeIfAbsent(w, k -> new ArrayList<>()).add(shownAfter(w));
            }
        }
        long bareMedian = median(bareTimes);
        StringBuilder r = new StringBuilder();
        r.append("Start-up to the first window (sign-in), existing data folder, fresh JVMs (" + String.join(" ",
                README_OPTIONS) + "), headless JavaFX\n");
        r.append(String.format(Locale.ROOT, "load average at the end: %s%n", load()));
        r.append("bare window (ms): ").append(bareTimes).append('\n');
        for (Way w : ways) {
            r.append(w.name()).append(": ").append(w.command().stream().map(a -> a.length() > 200
                    ? "<" + a.split(java.io.File.pathSeparator).length + " class path entries>" : a)
                    .collect(java.util.stream.Collectors.joining(" "))).append('\n');
        }
        for (Way w : ways) {
            List<Long> t = times.get(w);
            long m = median(t);
            double ratio = (double) m / bareMedian;
            r.append(w.name()).append(" (ms): ").append(t).append('\n');
            r.append(String.format(Locale.ROOT, "medians: %s %d ms, bare window %d ms, ratio %.2f%n", w.name(), m,
                    bareMedian, ratio));
            r.append(BenchmarkReport.verdict("start-up to the sign-in window, " + w.name() + " (median of " + TURNS
                    + ")", m, bareMedian, "ms", "<= 1.5 x the bare window", ratio <= TARGET));
        }
        BenchmarkReport.write("startup.txt", r.toString());
    }

    /**
     * The installed app's runtime (jlinked, in the app-image) with its launcher's options and class path, read from
     * the launcher's configuration; Monocle behind the class path (the launcher itself needs a display).
     */
    private java.util.Optional<Way> installed(List<String> app) throws IOException {
        Path cfg = IMAGE.resolve("lib/app/HazeDesk.cfg");
        Path runtime = IMAGE.resolve("lib/runtime/bin/java");
        if (!Files.isRegularFile(cfg) || !Files.isExecutable(runtime)) {
            return java.util.Optional.empty();
        }
        String appDir = IMAGE.resolve("lib/app").toString();
        List<String> options = new ArrayList<>();
        List<String> cp = new ArrayList<>();
        String section = "";
        for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
            if (line.startsWith("[")) {
                section = line;
            } else if (line.startsWith("app.classpath=")) {
                cp.add(line.substring("app.classpath=".length()).replace("$APPDIR", appDir));
            } else if (section.equals("[JavaOptions]") && line.startsWith("java-options=")) {
                options.add(line.substring("java-options=".length()).replace("$APPDIR", appDir));
            }
        }
        cp.add(monocle());
        List<String> cmd = new ArrayList<>(List.of(runtime.toString()));
        cmd.addAll(options);
        cmd.addAll(HEADLESS);
        cmd.add("-cp");
        cmd.add(String.join(java.io.File.pathSeparator, cp));
        cmd.addAll(app);
        return java.util.Optional.of(new Way("installed app-image (its runtime, launcher options and archive)", cmd));
    }

    private static String testJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String classPath() {
        return System.getProperty("java.class.path");
    }

    /** Monocle's jar from the test class path: a headless window for a start from the jar. */
    private static String monocle() {
        for (String e : classPath().split(java.io.File.pathSeparator)) {
            if (e.contains("openjfx-monocle")) {
                return e;
            }
        }
        throw new IllegalStateException("Monocle is not on the test class path");
    }

    private static List<String> java(String java, List<String> extra, String classPath, List<String> mainAndArgs) {
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(README_OPTIONS);
        cmd.addAll(extra);
        cmd.addAll(HEADLESS);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.addAll(mainAndArgs);
        return cmd;
    }

    /** Starts {@code way} and returns the milliseconds from its start to its first window shown. */
    private long shownAfter(Way way) throws Exception {
        Path report = Files.createTempFile(dir, "startup", ".txt");
        Files.delete(report);
        List<String> cmd = new ArrayList<>(way.command());
        cmd.add(1, "-Dhazedesk.startup.report=" + report);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).directory(dir.toFile()).start();
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (!Files.exists(report) || Files.readString(report).isBlank()) {
                if (!p.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new AssertionError("no window shown by " + way.name() + ": "
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

    private int run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).directory(dir.toFile()).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return p.waitFor();
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

    private static List<String> readmeOptions() {
        try {
            return CommandBenchmarkTest.launcherOptions();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
