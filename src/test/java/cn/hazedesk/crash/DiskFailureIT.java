package cn.hazedesk.crash;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.benchmark.ListImportBenchmarkTest;
import cn.hazedesk.infra.data.RegionsCsv;
import cn.hazedesk.infra.excel.PoiListWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 point 5: a full disk and a read-only folder, met by the packaged jar for real. The disk is "full" for the
 * process because its files may not grow (the shell's {@code ulimit -f}: a write past the limit fails with EFBIG, as
 * a write to a full disk fails with ENOSPC) or, where the test runs as root, because the data folder is on a 3 MB
 * tmpfs (ENOSPC itself). The folder is read-only for the process because it runs as a user who may not write there
 * (as root: {@code setpriv} to nobody; otherwise the folder's write permission is removed). Each time: one sentence
 * that says what happened, exit code 2, nothing half-written left (no unfinished backup, no rows of another list
 * version after the next start), and the next start shows the list exactly as before.
 */
@EnabledOnOs(OS.LINUX)
class DiskFailureIT {
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @TempDir
    static Path dir;

    private static Path workbook;
    /** For the read-only cases, which stop before anything is written: reading a big workbook would only take time. */
    private static Path small;
    private static Path template;
    private static KillHarness.ListState before;
    private final List<Path> mounts = new ArrayList<>();

    @BeforeAll
    static void aFolderWithTheSampleListAndAWorkbookThatMakesItGrow() throws Exception {
        assertThat(KillHarness.JAR).as("run `mvn package` first").isRegularFile();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        workbook = dir.resolve("list.xlsx");
        new PoiListWorkbook(RegionsCsv.load(), cn.hazedesk.infra.data.ListReadingCsv.vocabulary(null)).write(workbook, ListImportBenchmarkTest.generate(1_000, 4_000, 7), ProgressListener.NONE);
        Files.setPosixFilePermissions(workbook, PosixFilePermissions.fromString("rw-r--r--"));
        small = dir.resolve("small.xlsx");
        new PoiListWorkbook(RegionsCsv.load(), cn.hazedesk.infra.data.ListReadingCsv.vocabulary(null)).write(small, ListImportBenchmarkTest.generate(20, 50, 8), ProgressListener.NONE);
        Files.setPosixFilePermissions(small, PosixFilePermissions.fromString("rw-r--r--"));
        template = dir.resolve("template");
        try (AppContext ctx = AppContext.open(template, Clock.systemDefaultZone())) {
            ctx.sampleData().loadIfFirstStart("tester");
        }
        KillHarness.ensureUser(template);
        before = KillHarness.read(template);
    }

    @AfterEach
    void unmount() throws Exception {
        for (Path m : mounts) {
            new ProcessBuilder("umount", m.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aDiskThatFillsDuringAnImportGetsASentenceAndTheListStaysAsItWas() throws Exception {
        Path folder = dir.resolve("full");
        KillHarness.copyFolder(template, folder);
        long limitKb = Files.size(folder.resolve("db/hazedesk.mv.db")) / 1024 + 600;
        int exit = KillHarness.run(List.of("bash", "-c", "ulimit -f " + limitKb + "; exec \"$@\"", "bash"), folder, 300,
                "list", "import", workbook.toString(), "--replace", "--force");
        assertFailedCleanly(folder, exit, "磁盘空间不足");
    }

    @Test
    void aTmpfsThatRunsOutOfSpaceDuringAnImportGetsTheSameSentence() throws Exception {
        Path folder = dir.resolve("tmpfs");
        Files.createDirectories(folder);
        Assumptions.assumeTrue(ROOT, "mounting a tmpfs needs root; the ulimit test covers the same path");
        // room for the data folder as it is and 600 KB more (as the ulimit test): the import's new version cannot fit
        long sizeKb;
        try (var files = Files.walk(template)) {
            sizeKb = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / 1024 + 600;
        }
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + sizeKb + "k", "tmpfs",
                folder.toString()).inheritIO().start();
        Assumptions.assumeTrue(mount.waitFor() == 0, "tmpfs could not be mounted here");
        mounts.add(folder);
        KillHarness.copyFolder(template, folder);
        int exit = KillHarness.run(folder, 300, "list", "import", workbook.toString(), "--replace", "--force");
        assertFailedOnce(folder, exit, "磁盘空间不足");
        // started again while the disk is still full: it opens, or says in a sentence that the disk is full
        int again = KillHarness.run(folder, 300, "backup", "list");
        if (again != 0) {
            assertThat(again).isEqualTo(2);
            assertThat(KillHarness.stderr(folder).lines()).singleElement()
                    .satisfies(l -> assertThat(l).contains("磁盘已满").contains(folder.toString()));
        }
        // space again (what a user does next): the list as it was, nothing of the new one
        new ProcessBuilder("mount", "-o", "remount,size=200m", folder.toString()).inheritIO().start().waitFor();
        assertThat(KillHarness.read(folder)).isEqualTo(before);
    }

    @Test
    void aReadOnlyDataFolderIsToldAtOnceAndNothingChanges() throws Exception {
        Path folder = dir.resolve("readonly");
        KillHarness.copyFolder(template, folder);
        List<String> prefix = readOnlyFor(folder, folder);
        List<String> filesBefore = listing(folder);
        int exit = KillHarness.run(prefix, folder, 300, "list", "import", small.toString(), "--replace", "--force");
        String err = KillHarness.stderr(folder);
        assertThat(exit).isEqualTo(2);
        assertThat(err.lines()).as(err).singleElement().satisfies(l -> assertThat(l).contains("无法在数据文件夹")
                .contains(folder.toString()));
        writable(folder);
        assertThat(listing(folder)).as("nothing written").isEqualTo(filesBefore);
        assertThat(KillHarness.read(folder)).isEqualTo(before);
    }

    @Test
    void aReadOnlyBackupsFolderStopsTheImportBeforeItWritesAnything() throws Exception {
        Path folder = dir.resolve("nobackups");
        KillHarness.copyFolder(template, folder);
        Files.createDirectories(folder.resolve("backups"));
        List<String> prefix = readOnlyFor(folder, folder.resolve("backups"));
        int exit = KillHarness.run(prefix, folder, 300, "list", "import", small.toString(), "--replace", "--force");
        String err = KillHarness.stderr(folder);
        assertThat(exit).isEqualTo(2);
        assertThat(err.lines()).as(err).singleElement().satisfies(l -> assertThat(l)
                .contains("无法写入 " + folder.resolve("backups")).contains("只读"));
        writable(folder);
        try (Stream<Path> files = Files.list(folder.resolve("backups"))) {
            assertThat(files).as("no unfinished backup").isEmpty();
        }
        KillHarness.ListState after = KillHarness.read(folder);
        assertThat(after).isEqualTo(before);
    }

    private void assertFailedCleanly(Path folder, int exit, String sentence) throws IOException {
        assertFailedOnce(folder, exit, sentence);
        KillHarness.ListState after = KillHarness.read(folder);
        assertThat(after).as("the next start: the list exactly as before, nothing of the new one").isEqualTo(before);
    }

    private void assertFailedOnce(Path folder, int exit, String sentence) throws IOException {
        String err = KillHarness.stderr(folder);
        assertThat(exit).as(err).isEqualTo(2);
        assertThat(err.lines()).as(err).singleElement().satisfies(l -> assertThat(l).contains(sentence)
                .doesNotContain("Exception").doesNotContain("\tat "));
        try (Stream<Path> files = Files.list(folder.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no unfinished backup")
                    .noneMatch(n -> n.endsWith(".part"));
        }
    }

    /**
     * Makes {@code readOnly} (and what is below it) unwritable for the process the returned prefix starts, and the rest
     * of {@code folder} writable for it.
     */
    private List<String> readOnlyFor(Path folder, Path readOnly) throws Exception {
        if (ROOT) {
            // root writes anywhere: the jar runs as nobody, who owns the folder except the read-only part
            run("chown", "-R", "65534:65534", folder.toString());
            run("chown", "-R", "0:0", readOnly.toString());
            run("chmod", "-R", "a+rX,go-w", readOnly.toString());
            return List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
        }
        run("chmod", "-R", "a-w", readOnly.toString());
        return List.of();
    }

    private void writable(Path folder) throws Exception {
        if (ROOT) {
            run("chown", "-R", "0:0", folder.toString());
        }
        run("chmod", "-R", "u+w", folder.toString());
    }

    private static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        assertThat(p.waitFor()).as(String.join(" ", cmd)).isZero();
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(p -> folder.relativize(p) + " " + p.toFile().length()).sorted().toList();
        }
    }
}
