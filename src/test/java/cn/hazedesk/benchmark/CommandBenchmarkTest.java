package cn.hazedesk.benchmark;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.domain.access.Scope;
import cn.hazedesk.infra.data.RegionsCsv;
import cn.hazedesk.infra.excel.PoiListWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headless commands on a 50,000-line list as a user runs them, each a JVM of its own: {@code list import} of the
 * workbook into a new data folder, then {@code orders --level red --confirm --pdf} of the whole list (the red batch),
 * timed from process start to exit, with the peak resident memory of the process (VmHWM of /proc/&lt;pid&gt;/status,
 * sampled while it runs; Linux only). Once with the JVM options the installed launcher passes (JAVA_OPTIONS in
 * installer/package.conf, which the README's run command repeats) as the README runs a command — {@code java <options>
 * -XX:SharedArchiveFile=target/hazedesk.jsa -jar target/hazedesk.jar ...} when {@code mvn package} has built them, else
 * on the test class path — once with the JVM's defaults (a quarter of the
 * machine's memory as heap) for comparison. The floor of the red batch: the same JVM starting HazeDesk and printing
 * its version. On demand only (tag "benchmark"):
 * <pre>mvn -B -Pbenchmarks test -Dtest=CommandBenchmarkTest</pre>
 * Results in target/benchmark/commands.txt. Targets (issue 18): the red batch within 5 s, each command within 500 MB.
 */
@Tag("benchmark")
class CommandBenchmarkTest {
    static final int ENTERPRISES = 12_500;
    static final int LINES = 50_000;
    private static final String USER = "清单维护员";
    private static final String PASSWORD = "Bench2026list";

    /** The jar `mvn package` builds (with target/lib and target/hazedesk.jsa beside it), when it is there. */
    private static final Path JAR = Path.of("target", "hazedesk.jar").toAbsolutePath();

    @TempDir
    Path dir;

    /** One run of a command: wall seconds, peak resident set in MB, exit code, what it printed. */
    record Run(double seconds, double peakMb, int exit, String out) {
    }

    @Test
    void importAndRedBatchOfFiftyThousandLinesAsCommands() throws Exception {
        Path workbook = dir.resolve("list-50000.xlsx");
        new PoiListWorkbook(RegionsCsv.load(), cn.hazedesk.infra.data.ListReadingCsv.vocabulary(null))
                .write(workbook, ListImportBenchmarkTest.generate(ENTERPRISES, LINES, 42), ProgressListener.NONE);
        Path password = dir.resolve("maintainer.pw");
        Files.writeString(password, PASSWORD + "\n", StandardCharsets.UTF_8);
        List<String> launcher = launcherOptions();
        List<String> defaults = List.of("-Dfile.encoding=UTF-8");

        List<Run> starts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            starts.add(run(launcher, dir.resolve("version"), "--version"));
        }
        double floor = starts.stream().mapToDouble(Run::seconds).min().orElseThrow();

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "commands benchmark: %d lines, %d enterprises, workbook %.1f MB; launcher JVM options: %s"
                        + (Files.isRegularFile(JAR) ? ", run as java -jar target/hazedesk.jar with its archive" : "")
                        + "%n"
                        + "floor (the JVM starting HazeDesk, --version): %s s%n",
                LINES, ENTERPRISES, Files.size(workbook) / 1e6, String.join(" ", launcher), seconds(starts)));
        Run launcherImport = null;
        Run launcherOrders = null;
        for (List<String> options : List.of(defaults, launcher)) {
            String name = options == launcher ? "launcher options" : "JVM defaults";
            Path folder = folderWithMaintainer(dir.resolve(options == launcher ? "launcher" : "defaults"));
            Run imp = run(options, folder, "list", "import", workbook.toString(), "--user", USER, "--password-file",
                    password.toString());
            assertThat(imp.exit()).as(imp.out()).isZero();
            List<Run> orders = new ArrayList<>();
            for (int i = 0; i < (options == launcher ? 2 : 1); i++) {
                Run o = run(options, folder, "orders", "--level", "red", "--confirm", "--pdf",
                        folder.resolveSibling(folder.getFileName() + "-red.pdf").toString());
                assertThat(o.exit()).as(o.out()).isZero();
                orders.add(o);
            }
            Run best = orders.stream().min((a, b) -> Double.compare(a.seconds(), b.seconds())).orElseThrow();
            double peak = orders.stream().mapToDouble(Run::peakMb).max().orElseThrow();
            report.append(String.format(Locale.ROOT, "%s: list import %.1f s, peak %.0f MB; orders --level red: %s s,"
                            + " peak %.0f MB (load %s)%n  %s%n", name, imp.seconds(), imp.peakMb(), seconds(orders), peak,
                    BenchmarkReport.load(), best.out().strip()));
            if (options == launcher) {
                launcherImport = imp;
                launcherOrders = new Run(best.seconds(), peak, best.exit(), best.out());
            }
        }
        report.append(BenchmarkReport.verdict("orders --level red --pdf, 50,000 lines (launcher options)",
                launcherOrders.seconds(), floor, "s", "<= 5 s (issue 18)", launcherOrders.seconds() <= 5.0));
        report.append(BenchmarkReport.verdict("list import of 50,000 lines, peak resident (launcher options)",
                String.format(Locale.ROOT, "%.0f MB", launcherImport.peakMb()), "<= 500 MB (issue 18)",
                launcherImport.peakMb() <= 500));
        report.append(BenchmarkReport.verdict("orders --level red, 50,000 lines, peak resident (launcher options)",
                String.format(Locale.ROOT, "%.0f MB", launcherOrders.peakMb()), "<= 500 MB (issue 18)",
                launcherOrders.peakMb() <= 500));
        BenchmarkReport.write("commands.txt", report.toString());
    }

    /** JAVA_OPTIONS of installer/package.conf, split at spaces (the installer scripts pass each as its own --java-options). */
    static List<String> launcherOptions() throws IOException {
        for (String line : Files.readAllLines(Path.of("installer", "package.conf"), StandardCharsets.UTF_8)) {
            if (line.startsWith("JAVA_OPTIONS=")) {
                String v = line.substring("JAVA_OPTIONS=".length()).strip();
                if (v.length() > 1 && (v.startsWith("\"") || v.startsWith("'"))) {
                    v = v.substring(1, v.length() - 1);
                }
                return Arrays.stream(v.split("\\s+")).filter(s -> !s.isEmpty()).toList();
            }
        }
        throw new IllegalStateException("installer/package.conf has no JAVA_OPTIONS");
    }

    /** A new data folder with an administrator and a city list maintainer who may import. */
    private static Path folderWithMaintainer(Path folder) {
        try (AppContext ctx = AppContext.open(folder, Clock.systemDefaultZone())) {
            var accounts = ctx.accounts();
            var admin = accounts.createFirstAdministrator("管理员", "Bench2026admin".toCharArray()).value();
            accounts.addUser(admin, USER, "LIST_MAINTAINER", Scope.CITY, "First2026bench".toCharArray()).value();
            accounts.changePassword(USER, "First2026bench".toCharArray(), PASSWORD.toCharArray()).value();
        }
        return folder;
    }

    /** Runs HazeDesk's launcher in a JVM of its own with {@code options}; samples its peak resident set until it ends. */
    private Run run(List<String> options, Path folder, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(options);
        if (options.equals(launcherOptions()) && Files.isRegularFile(JAR)) {
            // as the README runs a command: the built jar with its class-data-sharing archive (the installed
            // launcher passes its own archive the same way)
            cmd.addAll(List.of("-XX:SharedArchiveFile=" + JAR.resolveSibling("hazedesk.jsa"), "-jar", JAR.toString()));
        } else {
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "cn.hazedesk.app.Launcher"));
        }
        cmd.addAll(List.of("--data-dir", folder.toString()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out-" + System.nanoTime() + ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("HAZEDESK_HOME");
        long t = System.nanoTime();
        Process p = pb.start();
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        double peak = 0;
        while (!p.waitFor(20, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, peakMb(status));
        }
        double s = (System.nanoTime() - t) / 1e9;
        String text = Files.readString(out, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "%s: %.2f s, peak %.0f MB%n", String.join(" ", args), s, peak);
        return new Run(s, peak, p.exitValue(), text);
    }

    /** VmHWM of a running process in MB (0 once it has ended). */
    private static double peakMb(Path status) {
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(l -> l.startsWith("VmHWM:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024.0).orElse(0.0);
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private static String seconds(List<Run> runs) {
        return String.join(" / ", runs.stream().map(r -> String.format(Locale.ROOT, "%.2f", r.seconds())).toList());
    }
}
