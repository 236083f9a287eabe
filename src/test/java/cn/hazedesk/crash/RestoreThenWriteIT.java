package cn.hazedesk.crash;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.benchmark.ListImportBenchmarkTest;
import cn.hazedesk.infra.data.RegionsCsv;
import cn.hazedesk.infra.excel.PoiListWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 point 4, as a user goes through it with the packaged jar, each step a start of its own: a backup written
 * while the app runs, restored, then a list imported on the restored data; the next start opens and shows that
 * list, in the schema of this program.
 */
@EnabledOnOs(OS.LINUX)
class RestoreThenWriteIT {
    @TempDir
    Path dir;

    @Test
    void aRestoredBackupKeepsWhatIsWrittenAfterIt() throws Exception {
        assertThat(KillHarness.JAR).as("run `mvn package` first").isRegularFile();
        Path folder = dir.resolve("data");
        try (AppContext ctx = AppContext.open(folder, Clock.systemDefaultZone())) {
            ctx.sampleData().loadIfFirstStart("tester");
        }
        Path workbook = dir.resolve("list.xlsx");
        new PoiListWorkbook(RegionsCsv.load(), cn.hazedesk.infra.data.ListReadingCsv.vocabulary(null)).write(workbook, ListImportBenchmarkTest.generate(300, 1_200, 42), ProgressListener.NONE);
        Path backup = dir.resolve("by-hand.zip");
        assertThat(KillHarness.run(folder, 120, "backup", backup.toString())).as(KillHarness.stderr(folder)).isZero();
        assertThat(KillHarness.run(folder, 120, "restore", backup.toString())).as(KillHarness.stderr(folder)).isZero();
        assertThat(KillHarness.run(folder, 300, "list", "import", workbook.toString(), "--replace", "--force"))
                .as(KillHarness.stderr(folder)).isZero();
        assertThat(KillHarness.run(folder, 120, "backup", "list")).as("the next start: %s", KillHarness.stderr(folder)).isZero();
        KillHarness.ListState after = KillHarness.read(folder);
        assertThat(after.counts()).isEqualTo("300 enterprises / 1200 lines");
        assertThat(after.schema()).isEqualTo(cn.hazedesk.testing.Migrations.latest());
    }
}
