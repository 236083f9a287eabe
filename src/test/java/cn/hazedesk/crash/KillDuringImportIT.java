package cn.hazedesk.crash;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.benchmark.ListImportBenchmarkTest;
import cn.hazedesk.infra.data.RegionsCsv;
import cn.hazedesk.infra.excel.PoiListWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 point 2: {@code list import --replace} of a generated workbook into a data folder holding the sample list,
 * run by the packaged jar and killed (SIGKILL) at many moments spread over the whole run: JVM start, reading and
 * checking the workbook, the backup, writing the new list version, the commit, discarding the old version, closing.
 * After every kill the next start must open and show the list whole: exactly the old list or exactly the new one
 * (same counts, same checksum of every value), with no rows of another version left.
 * <p>The normal suite kills a 2,000-line import 10 times; on demand (tag "soak", excluded by default) a 50,000-line
 * import is killed 60 times and each next start is the jar too:
 * <pre>mvn -B verify -Dgroups=soak -DexcludedGroups= -Dit.test=KillDuringImportIT</pre>
 * Each run writes what it saw to {@code target/kill-test/}.
 */
@EnabledOnOs(OS.LINUX)
class KillDuringImportIT {
    @TempDir
    Path dir;

    @Test
    void aTenTimesKilledImportLeavesTheListWholeEveryTime() throws Exception {
        Report r = killRepeatedly("fast", 500, 2_000, 10, false);
        assertThat(r.whole).as(r.text()).isEqualTo(r.kills);
    }

    @Test
    @Tag("soak")
    void aFiftyThousandLineImportKilledSixtyTimesLeavesTheListWholeEveryTime() throws Exception {
        Report r = killRepeatedly("soak", 12_500, 50_000, 60, true);
        assertThat(r.whole).as(r.text()).isEqualTo(r.kills);
    }

    private static final class Report {
        final StringBuilder lines = new StringBuilder();
        int kills;
        int whole;
        final Map<String, int[]> byPhase = new TreeMap<>();

        String text() {
            StringBuilder s = new StringBuilder(lines);
            s.append(String.format(Locale.ROOT, "%nwhole after the kill: %d / %d%n", whole, kills));
            byPhase.forEach((phase, n) -> s.append(String.format(Locale.ROOT, "  killed while %s: %d (old list %d, new list %d)%n",
                    phase, n[0] + n[1], n[0], n[1])));
            return s.toString();
        }
    }

    private Report killRepeatedly(String name, int enterprises, int lines, int kills, boolean nextStartIsTheJar) throws Exception {
        assertThat(KillHarness.JAR).as("run `mvn package` first: the test starts the packaged jar").isRegularFile();
        long started = System.nanoTime();
        Report report = new Report();
        Path workbook = dir.resolve("list-" + lines + ".xlsx");
        new PoiListWorkbook(RegionsCsv.load()).write(workbook, ListImportBenchmarkTest.generate(enterprises, lines, 42),
                ProgressListener.NONE);

        // the data folder before: the bundled sample list, as a first start leaves it
        Path template = dir.resolve("template");
        try (AppContext ctx = AppContext.open(template, Clock.systemDefaultZone())) {
            ctx.sampleData().loadIfFirstStart("tester");
        }
        KillHarness.ListState old = KillHarness.read(template);

        // one run to its end: what "after" is, and how long each step takes
        Path reference = dir.resolve("reference");
        KillHarness.copyFolder(template, reference);
        long t0 = System.currentTimeMillis();
        int exit = KillHarness.run(reference, 600, "list", "import", workbook.toString(), "--replace");
        long total = System.currentTimeMillis() - t0;
        assertThat(exit).as(KillHarness.stderr(reference)).isZero();
        var log = KillHarness.log(reference);
        long writing = KillHarness.at(log, t0, "beside version");
        long commit = KillHarness.at(log, t0, "making it current");
        long current = KillHarness.at(log, t0, " is current");
        KillHarness.ListState neu = KillHarness.read(reference);
        assertThat(neu.enterprises()).isEqualTo(enterprises);
        assertThat(neu.lines()).isEqualTo(lines);
        report.lines.append(String.format(Locale.ROOT, "%s: list import --replace of %d lines (%d enterprises) into the sample "
                        + "list (%s)%nuninterrupted run: %d ms; writing the new version from %d ms, commit at %d ms, current at %d ms%n"
                        + "old: %s, checksum %s%nnew: %s, checksum %s%n%n",
                name, lines, enterprises, old.counts(), total, writing, commit, current, old.counts(), old.checksum().substring(0, 16),
                neu.counts(), neu.checksum().substring(0, 16)));

        for (KillPoint point : schedule(kills, total, writing, commit, current)) {
            Path folder = dir.resolve("run");
            KillHarness.copyFolder(template, folder);
            Process p = KillHarness.start(folder, "list", "import", workbook.toString(), "--replace");
            long start = System.currentTimeMillis();
            if (point.marker() != null) {
                KillHarness.awaitLog(p, folder, point.marker(), 300_000);
            }
            Thread.sleep(point.delay());
            long killAt = System.currentTimeMillis() - start;
            boolean finishedFirst = !p.isAlive();
            KillHarness.kill(p);
            String phase = finishedFirst ? "finished before the kill" : KillHarness.phase(folder);
            if (nextStartIsTheJar) {
                int next = KillHarness.run(folder, 300, "backup", "list");
                assertThat(next).as("the next start of the jar after a kill at %d ms: %s", killAt,
                        KillHarness.stderr(folder)).isZero();
            }
            KillHarness.ListState after = KillHarness.read(folder);
            boolean isOld = after.checksum().equals(old.checksum()) && after.enterprises() == old.enterprises()
                    && after.lines() == old.lines();
            boolean isNew = after.checksum().equals(neu.checksum()) && after.enterprises() == neu.enterprises()
                    && after.lines() == neu.lines();
            boolean whole = (isOld || isNew) && after.rowsOfOtherVersions() == 0;
            report.kills++;
            if (whole) {
                report.whole++;
            }
            report.byPhase.computeIfAbsent(phase, k -> new int[2])[isNew ? 1 : 0]++;
            report.lines.append(String.format(Locale.ROOT, "kill at %6d ms (%s), %-55s -> %s %s%n", killAt, point, phase,
                    isOld ? "old list" : isNew ? "new list" : "NOT WHOLE: " + after, whole ? "" : "(rows of other versions: "
                            + after.rowsOfOtherVersions() + ")"));
        }
        report.lines.append(String.format(Locale.ROOT, "test time %.0f s%n", (System.nanoTime() - started) / 1e9));
        Path out = Path.of("target", "kill-test", name + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.text(), StandardCharsets.UTF_8);
        System.out.print(report.text());
        return report;
    }

    /** Kill {@code delay} ms after the start, or after {@code marker} appeared in the log. */
    record KillPoint(String marker, long delay) {
        @Override
        public String toString() {
            return marker == null ? "at " + delay + " ms" : "\"" + marker.strip() + "\" + " + delay + " ms";
        }
    }

    /**
     * Half the kills spread evenly over the whole run (JVM start, reading and checking, backup, writing, commit,
     * closing), a quarter during the writing of the new version (after its log line, spread over the time it takes),
     * a quarter from the commit on (after "making it current": 0 ms, then every few ms through the commit, the
     * discarding of the old version and the close).
     */
    static List<KillPoint> schedule(int kills, long total, long writing, long commit, long current) {
        Random rnd = new Random(12);
        List<KillPoint> out = new ArrayList<>();
        int spread = kills / 2;
        int write = kills / 4;
        int around = kills - spread - write;
        for (int i = 0; i < spread; i++) {
            out.add(new KillPoint(null, Math.max(50, 200 + (total - 200) * i / Math.max(1, spread - 1) + rnd.nextInt(101) - 50)));
        }
        long writeTime = Math.max(100, commit - writing);
        for (int i = 0; i < write; i++) {
            out.add(new KillPoint("beside version", writeTime * i / write + rnd.nextInt(20)));
        }
        long after = Math.max(200, current - commit + 700);
        for (int i = 0; i < around; i++) {
            out.add(new KillPoint("making it current", after * i * i / Math.max(1, (around - 1) * (around - 1))));
        }
        return out;
    }
}
