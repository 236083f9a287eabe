package cn.hazedesk.crash;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.benchmark.ListImportBenchmarkTest;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.listimport.ImportMode;
import cn.hazedesk.infra.data.RegionsCsv;
import cn.hazedesk.infra.data.SampleListCsv;
import cn.hazedesk.infra.excel.PoiListWorkbook;
import cn.hazedesk.testing.OldSchemaLists;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 points 1 and 2: bulk writes run by the packaged jar (or, for removing the sample, which only the window
 * offers, by the same code in a JVM of its own) and killed with SIGKILL at many moments spread over the whole run:
 * JVM start, reading and checking the workbook, the backup, writing the new list version, the commit, discarding the
 * old version, closing. After every kill the next start must open and show the list whole: exactly as before or
 * exactly as after (same counts, same checksum of every value), with no rows of another list version left.
 * <p>The normal suite kills a 1,200-line {@code list import --replace} 10 times. On demand (tag "soak", excluded by
 * default), with the jar as every next start:
 * <pre>mvn -B verify -Dgroups=soak -DexcludedGroups= -Dit.test=KillDuringImportIT</pre>
 * a 50,000-line replace killed 60 times, and a 50,000-line merge, removing the sample from a 50,000-line list and
 * migrating a 50,000-line database of schema 5, each killed 16 times. Each run writes what it saw to
 * {@code target/kill-test/}.
 */
@EnabledOnOs(OS.LINUX)
class KillDuringImportIT {
    private static final String WRITING = "beside version";
    private static final String COMMIT = "making it current";
    private static final String DONE = " is current";

    @TempDir
    Path dir;

    @Test
    void aTenTimesKilledReplaceLeavesTheListWholeEveryTime() throws Exception {
        Path workbook = workbook(300, 1_200);
        KillRun.Report r = KillRun.killRepeatedly(dir, importing("fast", "list import --replace of 1,200 lines into the sample list",
                sampleOnly(), workbook, true), 10, false);
        assertThat(r.whole).as(r.text()).isEqualTo(r.kills);
    }

    @Test
    @Tag("soak")
    void aFiftyThousandLineReplaceKilledSixtyTimesLeavesTheListWholeEveryTime() throws Exception {
        Path workbook = workbook(12_500, 50_000);
        KillRun.Report r = KillRun.killRepeatedly(dir, importing("soak-replace",
                "list import --replace of 50,000 lines (12,500 enterprises) into the sample list", sampleOnly(), workbook, true), 60, true);
        assertThat(r.whole).as(r.text()).isEqualTo(r.kills);
    }

    @Test
    @Tag("soak")
    void otherBulkWritesKilledSixteenTimesEachLeaveTheListWholeEveryTime() throws Exception {
        Path workbook = workbook(12_500, 50_000);
        Path sample = sampleOnly();
        List<KillRun.Report> reports = new ArrayList<>();
        reports.add(KillRun.killRepeatedly(dir, importing("soak-merge",
                "list import (merge) of 50,000 lines (12,500 enterprises) into the sample list", sample, workbook, false), 16, true));

        Path big = dir.resolve("sample-and-50000");
        KillHarness.copyFolder(sample, big);
        try (AppContext ctx = AppContext.open(big, Clock.systemDefaultZone())) {
            var plan = ctx.listImport().read(workbook, ProgressListener.NONE, CancelToken.NONE);
            ctx.listImport().commit(plan, ImportMode.MERGE, cn.hazedesk.testing.Actors.all("tester"), ProgressListener.NONE, CancelToken.NONE);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        reports.add(KillRun.killRepeatedly(dir, new KillRun.Scenario("soak-remove-sample",
                "removing the sample list (62 enterprises) from a list with 50,000 more lines", big,
                folder -> new ProcessBuilder(java, "-cp", classpath, RemoveSampleProbe.class.getName(), folder.toString())
                        .redirectOutput(folder.resolveSibling(folder.getFileName() + ".out").toFile())
                        .redirectError(folder.resolveSibling(folder.getFileName() + ".err").toFile()).start(),
                WRITING, COMMIT, DONE), 16, true));

        reports.add(KillRun.killRepeatedly(dir, new KillRun.Scenario("soak-migration",
                "first start of this version on a schema 5 database holding the sample list and 50,000 more lines "
                        + "(backup, copy, migration to schema 7, rename)", schema5(ListImportBenchmarkTest.generate(12_500, 50_000, 42)),
                folder -> KillHarness.start(folder, "backup", "list"), "Backup written (before-v", "Schema migrated aside",
                "Opened data folder"), 16, true));
        for (KillRun.Report r : reports) {
            assertThat(r.whole).as(r.text()).isEqualTo(r.kills);
        }
    }

    private Path workbook(int enterprises, int lines) throws Exception {
        Path workbook = dir.resolve("list-" + lines + ".xlsx");
        if (!Files.exists(workbook)) {
            new PoiListWorkbook(RegionsCsv.load(), cn.hazedesk.infra.data.ListReadingCsv.vocabulary(null)).write(workbook, ListImportBenchmarkTest.generate(enterprises, lines, 42),
                    ProgressListener.NONE);
        }
        return workbook;
    }

    /** The data folder as a first start leaves it: the bundled sample list. */
    private Path sampleOnly() {
        Path template = dir.resolve("sample");
        if (!Files.exists(template)) {
            try (AppContext ctx = AppContext.open(template, Clock.systemDefaultZone())) {
                ctx.sampleData().loadIfFirstStart("tester");
            }
            try {
                KillHarness.ensureUser(template);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return template;
    }

    /** A data folder as a release before list versions left it: schema 5, the sample list and {@code more}. */
    private Path schema5(List<Enterprise> more) throws Exception {
        Path folder = dir.resolve("schema5");
        Files.createDirectories(folder.resolve("db"));
        String url = "jdbc:h2:file:" + folder.resolve("db/hazedesk");
        Flyway.configure().dataSource(url, "sa", "").locations(cn.hazedesk.infra.db.Engine.H2.migrations()).target("5").load().migrate();
        List<Enterprise> all = new ArrayList<>(new SampleListCsv(cn.hazedesk.infra.data.ListReadingCsv.parser(RegionsCsv.load(), cn.hazedesk.infra.data.IndustriesCsv.load(), null)).load());
        all.addAll(more);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            OldSchemaLists.insert(c, all, false);
            c.createStatement().execute("SHUTDOWN");
        }
        return folder;
    }

    private static KillRun.Scenario importing(String name, String description, Path template, Path workbook, boolean replace) {
        return new KillRun.Scenario(name, description, template, folder -> replace
                ? KillHarness.start(folder, "list", "import", workbook.toString(), "--replace", "--force")
                : KillHarness.start(folder, "list", "import", workbook.toString()), WRITING, COMMIT, DONE);
    }
}
