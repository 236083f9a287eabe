package cn.hazedesk.crash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills one bulk write many times and checks each next start: the write is run once to its end (what "after" is and
 * when its steps happen, from its log), then again and again from the same data folder, each time killed (SIGKILL) at
 * another moment, and the folder opened as the next start opens it.
 */
final class KillRun {
    private KillRun() {
    }

    /** Starts the bulk write as its own process on a data folder. */
    @FunctionalInterface
    interface Launcher {
        Process start(Path folder) throws IOException;
    }

    /**
     * A bulk write to kill: {@code writing}, {@code commit} and {@code done} are log texts that mark the start of the
     * long writing step, the moment just before its commit point, and its end.
     */
    record Scenario(String name, String description, Path template, Launcher launcher, String writing, String commit,
                    String done) {
    }

    /** Kill {@code delay} ms after the start, or after {@code marker} appeared in the log. */
    record KillPoint(String marker, long delay) {
        @Override
        public String toString() {
            return marker == null ? "at " + delay + " ms" : "\"" + marker.strip() + "\" + " + delay + " ms";
        }
    }

    static final class Report {
        final StringBuilder lines = new StringBuilder();
        int kills;
        int whole;
        final Map<String, int[]> byPhase = new LinkedHashMap<>();

        String text() {
            StringBuilder s = new StringBuilder(lines);
            s.append(String.format(Locale.ROOT, "%nwhole after the kill: %d / %d%n", whole, kills));
            byPhase.forEach((phase, n) -> s.append(String.format(Locale.ROOT, "  killed %s: %d (before %d, after %d)%n",
                    phase, n[0] + n[1], n[0], n[1])));
            return s.toString();
        }
    }

    static Report killRepeatedly(Path dir, Scenario s, int kills, boolean nextStartIsTheJar) throws Exception {
        assertThat(KillHarness.JAR).as("run `mvn package` first: the test starts the packaged jar").isRegularFile();
        long started = System.nanoTime();
        Report report = new Report();
        KillHarness.ListState old = KillHarness.read(copy(s.template(), dir.resolve(s.name() + "-before")));
        String oldSchema = schemaOf(s.template());

        Path reference = dir.resolve(s.name() + "-reference");
        KillHarness.copyFolder(s.template(), reference);
        long t0 = System.currentTimeMillis();
        Process ref = s.launcher().start(reference);
        assertThat(ref.waitFor()).as(KillHarness.stderr(reference)).isZero();
        long total = System.currentTimeMillis() - t0;
        var log = KillHarness.log(reference);
        long writing = KillHarness.at(log, t0, s.writing());
        long commit = KillHarness.at(log, t0, s.commit());
        long done = KillHarness.at(log, t0, s.done());
        String newSchema = schemaOf(reference);
        KillHarness.ListState neu = KillHarness.read(reference);
        report.lines.append(String.format(Locale.ROOT, "%s: %s%nuninterrupted run: %d ms; writing from %d ms, commit at %d ms, done at %d ms%n"
                        + "before: %s, schema %s, checksum %s%nafter:  %s, schema %s, checksum %s%n%n",
                s.name(), s.description(), total, writing, commit, done, old.counts(), oldSchema, old.checksum().substring(0, 16),
                neu.counts(), newSchema, neu.checksum().substring(0, 16)));

        for (KillPoint point : schedule(kills, total, writing, commit, done, s)) {
            Path folder = dir.resolve(s.name() + "-run");
            KillHarness.copyFolder(s.template(), folder);
            Process p = s.launcher().start(folder);
            long start = System.currentTimeMillis();
            if (point.marker() != null) {
                KillHarness.awaitLog(p, folder, point.marker(), 300_000);
            }
            Thread.sleep(point.delay());
            long killAt = System.currentTimeMillis() - start;
            boolean finishedFirst = !p.isAlive();
            KillHarness.kill(p);
            String phase = finishedFirst ? "after it had finished" : phase(folder, s);
            String schemaLeft = schemaOf(folder);
            if (nextStartIsTheJar) {
                int next = KillHarness.run(folder, 300, "backup", "list");
                assertThat(next).as("the next start of the jar after a kill at %d ms: %s", killAt, KillHarness.stderr(folder)).isZero();
            }
            KillHarness.ListState after = KillHarness.read(folder);
            boolean isOld = same(after, old) && (!oldSchema.equals(newSchema) ? schemaLeft.equals(oldSchema) : !same(after, neu));
            boolean isNew = same(after, neu) && !isOld;
            boolean whole = (isOld || isNew) && after.rowsOfOtherVersions() == 0;
            report.kills++;
            if (whole) {
                report.whole++;
            }
            report.byPhase.computeIfAbsent(phase, k -> new int[2])[isNew ? 1 : 0]++;
            report.lines.append(String.format(Locale.ROOT, "kill at %6d ms (%s), %-40s -> %s%s%n", killAt, point, phase,
                    isOld ? "before" : isNew ? "after" : "NOT WHOLE: " + after,
                    whole ? "" : " (rows of other versions: " + after.rowsOfOtherVersions() + ")"));
        }
        report.lines.append(String.format(Locale.ROOT, "test time %.0f s%n", (System.nanoTime() - started) / 1e9));
        Path out = Path.of("target", "kill-test", s.name() + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.text(), StandardCharsets.UTF_8);
        System.out.print(report.text());
        return report;
    }

    private static boolean same(KillHarness.ListState a, KillHarness.ListState b) {
        return a.checksum().equals(b.checksum()) && a.enterprises() == b.enterprises() && a.lines() == b.lines();
    }

    private static Path copy(Path template, Path to) throws IOException {
        KillHarness.copyFolder(template, to);
        return to;
    }

    /** The schema version of a closed data folder's database, read without changing it. */
    static String schemaOf(Path folder) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("db/hazedesk") + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE", "sa", "");
             Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" "
                     + "ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return r.next() ? r.getString(1) : "-";
        }
    }

    /** The step the killed run had reached, by the last of the scenario's log texts it wrote. */
    private static String phase(Path folder, Scenario s) throws IOException {
        String phase = "before writing";
        for (Map.Entry<Long, String> e : KillHarness.log(folder)) {
            String l = e.getValue();
            if (l.contains(s.writing())) {
                phase = "while writing";
            } else if (l.contains(s.commit())) {
                phase = "at the commit point";
            } else if (l.contains(s.done())) {
                phase = "after the commit";
            }
        }
        return phase;
    }

    /**
     * Half the kills spread evenly over the whole run (JVM start, reading, backup, writing, commit, closing), a
     * quarter during the writing (after its log line, spread over the time it takes), a quarter from the commit on
     * (after its log line: 0 ms, then a few ms apart, through the commit, what follows it and the close).
     */
    static List<KillPoint> schedule(int kills, long total, long writing, long commit, long done, Scenario s) {
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
            out.add(new KillPoint(s.writing(), writeTime * i / write + rnd.nextInt(20)));
        }
        long after = Math.max(200, done - commit + 700);
        for (int i = 0; i < around; i++) {
            out.add(new KillPoint(s.commit(), after * i * i / Math.max(1, (long) (around - 1) * (around - 1))));
        }
        return out;
    }
}
