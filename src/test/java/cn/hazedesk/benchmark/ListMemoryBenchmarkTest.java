package cn.hazedesk.benchmark;

import cn.hazedesk.app.AppContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 point 3, the list screen: the real app in a JVM of its own with the JVM options the installed launcher
 * passes (JAVA_OPTIONS of installer/package.conf, as {@link CommandBenchmarkTest} reads them), headless JavaFX
 * (Monocle, software rendering, like the window tests), on a data folder with a 50,000-line list. A user's session,
 * driven through the scene graph by {@link ListMemoryDriver} inside that JVM: signs in, opens 应急减排清单 until every
 * enterprise is in the table, waits for the list's check, scrolls, selects an enterprise (its lines), filters and
 * clears the filter, then idles a few seconds. The resident memory of the process (/proc/&lt;pid&gt;/status): VmRSS
 * at the end and VmHWM, the peak over the whole run, which is the figure against the target (≤ 350 MB). Linux only.
 * On demand (tag "benchmark"): {@code mvn -B -Pbenchmarks test -Dtest=ListMemoryBenchmarkTest}; results in
 * target/benchmark/list-memory.txt. Two runs, the larger peak is the verdict.
 */
@Tag("benchmark")
class ListMemoryBenchmarkTest {
    static final String ADMIN = "管理员甲";
    /** Who signs in: a city list maintainer (who may import; an administrator may not). */
    static final String USER = "清单维护员";
    static final String PASSWORD = "Bench2026memory";
    private static final int RUNS = 2;
    private static final double TARGET_MB = 350;

    @TempDir
    Path dir;

    /** One session: resident MB at the end and at the peak, the heap the JVM reported, how long the list took. */
    record Session(double rssMb, double peakMb, String heap, String steps) {
    }

    @Test
    void theListScreenWithFiftyThousandLinesStaysWithin350MbResident() throws Exception {
        // -Dhazedesk.bench.data=FOLDER keeps the data folder for runs by hand (made there once, used as it is after)
        String kept = System.getProperty("hazedesk.bench.data");
        Path data = kept == null ? dir.resolve("data") : Path.of(kept);
        int enterprises = ListFilterBenchmarkTest.generate(50_000, new Random(42)).size();
        if (kept == null || !Files.exists(data)) {
            makeDataFolder(data);
        }
        List<String> options = System.getProperty("hazedesk.bench.options") == null
                ? CommandBenchmarkTest.launcherOptions()
                : List.of(System.getProperty("hazedesk.bench.options").split("\\s+"));
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            sessions.add(session(options, data, enterprises));
        }
        // then a whole-list import in the window (merge: a third of the enterprises changed, the rest new), on a copy
        Path copy = dir.resolve("import-data");
        try (Stream<Path> files = Files.walk(data)) {
            for (Path f : files.toList()) {
                Path to = copy.resolve(data.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else if (!f.getFileName().toString().endsWith(".lock.db")) {
                    Files.copy(f, to);
                }
            }
        }
        Path workbook = dir.resolve("list-50000.xlsx");
        new cn.hazedesk.infra.excel.PoiListWorkbook(cn.hazedesk.infra.data.RegionsCsv.load(),
                cn.hazedesk.infra.data.ListReadingCsv.vocabulary(null)).write(workbook,
                ListFilterBenchmarkTest.generate(50_000, new Random(43)), cn.hazedesk.application.ProgressListener.NONE);
        List<String> importing = new ArrayList<>(options);
        importing.add("-Dlistmemory.import=" + workbook);
        Session imported = session(importing, copy, enterprises);

        double peak = sessions.stream().mapToDouble(Session::peakMb).max().orElseThrow();
        StringBuilder r = new StringBuilder(String.format(Locale.ROOT,
                "list screen memory: %d enterprises, 50,000 lines; launcher JVM options: %s; headless JavaFX (Monocle,"
                        + " software rendering)%n", enterprises, String.join(" ", options)));
        for (Session s : sessions) {
            r.append(String.format(Locale.ROOT, "session: resident at the end %.0f MB, peak %.0f MB (load %s); %s%n"
                    + "  %s%n", s.rssMb(), s.peakMb(), BenchmarkReport.load(), s.steps(), s.heap()));
        }
        r.append(String.format(Locale.ROOT, "session with a whole-list import in the window: resident at the end %.0f MB,"
                + " peak %.0f MB; %s%n  %s%n", imported.rssMb(), imported.peakMb(), imported.steps(), imported.heap()));
        r.append(BenchmarkReport.verdict("list screen with 50,000 lines, resident (launcher options)",
                String.format(Locale.ROOT, "%.0f MB peak, %.0f MB at the end", peak,
                        sessions.stream().mapToDouble(Session::rssMb).max().orElseThrow()),
                "<= 350 MB (issue 18)", peak <= TARGET_MB));
        r.append(BenchmarkReport.verdict("list import of 50,000 lines in the list screen, peak resident (launcher options)",
                String.format(Locale.ROOT, "%.0f MB", imported.peakMb()), "<= 500 MB (issue 18)",
                imported.peakMb() <= 500));
        BenchmarkReport.write("list-memory.txt", r.toString());
    }

    /** A data folder with an administrator and a 50,000-line list (the sample removed, as a real list replaces it). */
    private static void makeDataFolder(Path data) {
        try (AppContext ctx = AppContext.open(data, Clock.systemDefaultZone())) {
            ctx.sampleData().loadIfFirstStart("bench");
            var accounts = ctx.accounts();
            var admin = accounts.createFirstAdministrator(ADMIN, PASSWORD.toCharArray()).value();
            accounts.addUser(admin, USER, "LIST_MAINTAINER", cn.hazedesk.domain.access.Scope.CITY,
                    "First2026bench".toCharArray()).value();
            accounts.changePassword(USER, "First2026bench".toCharArray(), PASSWORD.toCharArray()).value();
            ctx.sampleData().removeSample(cn.hazedesk.testing.Actors.all("bench"));
            var list = ListFilterBenchmarkTest.generate(50_000, new Random(42));
            ctx.transactions().inTransaction(() -> ctx.enterprises().insertAll(list, false));
        }
    }

    private Session session(List<String> options, Path data, int enterprises) throws Exception {
        Path report = dir.resolve("driver-" + System.nanoTime() + ".txt");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(options);
        cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                ListMemoryDriver.class.getName(), report.toString(), Integer.toString(enterprises), USER, PASSWORD,
                "--data-dir", data.toString()));
        Path out = dir.resolve("out-" + System.nanoTime() + ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("HAZEDESK_HOME");
        Process p = pb.start();
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        try {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(15));
            double peak = 0;
            while (!done(report)) {
                if (!p.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new AssertionError("the session did not end: " + Files.readString(out, StandardCharsets.UTF_8)
                            + (Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : ""));
                }
                peak = Math.max(peak, kb(status, "VmHWM:") / 1024.0);
                Thread.sleep(50);
            }
            double rss = kb(status, "VmRSS:") / 1024.0;
            peak = Math.max(peak, kb(status, "VmHWM:") / 1024.0);
            String heap = heapInfo(p.pid());
            String steps = Files.readString(report, StandardCharsets.UTF_8).strip().replace(System.lineSeparator(), "; ");
            String printed = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(steps).as(printed.substring(Math.max(0, printed.length() - 4000))).doesNotContain("FAILED");
            assertThat(printed).doesNotContain("OutOfMemoryError");
            System.out.printf(Locale.ROOT, "list screen session: resident %.0f MB, peak %.0f MB%n", rss, peak);
            return new Session(rss, peak, heap, steps);
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    private static boolean done(Path report) throws IOException {
        String text = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "";
        return text.contains("done") || text.contains("FAILED");
    }

    /** The child's heap as `jcmd GC.heap_info` reports it (one line), for the report: where the resident memory goes. */
    private String heapInfo(long pid) {
        try {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process j = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.heap_info").redirectErrorStream(true)
                    .start();
            String text = new String(j.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            j.waitFor(30, TimeUnit.SECONDS);
            return String.join(" | ", text.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).toList());
        } catch (IOException | InterruptedException e) {
            return "heap info unavailable: " + e;
        }
    }

    /** A figure of /proc/&lt;pid&gt;/status in kB (0 once the process has ended). */
    static long kb(Path status, String key) {
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }
}
