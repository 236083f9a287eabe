package cn.hazedesk.app.cli;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.ListSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code backup [FILE]}, {@code backup list} and {@code restore FILE}, in-process on real data folders. */
class BackupCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private ListSummary sampleIn(Path folder) {
        try (AppContext ctx = AppContext.open(folder, CLOCK)) {
            ctx.sampleData().loadIfFirstStart("tester");
            return ctx.enterprises().summary();
        }
    }

    @Test
    void aBackupByHandIsWrittenCheckedAndListed() throws Exception {
        Path data = dir.resolve("data");
        ListSummary sample = sampleIn(data);
        CliTest.Run made = CliTest.run(CLOCK, "backup", "--data-dir", data.toString());
        assertThat(made.exit()).as(made.err()).isZero();
        Path zip = data.resolve("backups/hazedesk-20261210-163000-manual.zip");
        String code = headCode(data);
        assertThat(made.out().trim()).isEqualTo("已写入备份 " + zip + "：" + sample.enterprises() + " 家企业，" + sample.lines()
                + " 条生产线，数据库第 " + cn.hazedesk.testing.Migrations.latest() + " 版，记录校验码 " + code + "。");
        assertThat(zip).isRegularFile();

        Path usb = dir.resolve("usb/hazedesk-copy.zip");
        Files.createDirectories(usb.getParent());
        CliTest.Run copy = CliTest.run(CLOCK, "backup", usb.toString(), "--data-dir", data.toString(), "--lang", "en");
        assertThat(copy.exit()).as(copy.err()).isZero();
        assertThat(copy.out()).startsWith("Backup written to " + usb + ": " + sample.enterprises() + " enterprises");
        try (Stream<Path> files = Files.list(usb.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("hazedesk-copy.zip");
        }

        CliTest.Run list = CliTest.run(CLOCK, "backup", "list", "--data-dir", data.toString());
        assertThat(list.exit()).isZero();
        assertThat(list.out().lines()).singleElement().satisfies(l -> assertThat(l.split("\t")).containsExactly(
                "2026-12-10 16:30:00", "manual", "0.1 MB", sample.enterprises() + " enterprises", sample.lines() + " lines",
                "v" + cn.hazedesk.testing.Migrations.latest(), "可以恢复", code, zip.toString()));
    }

    private static String headCode(Path data) {
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            return ctx.auditIntegrity().headCode().orElseThrow();
        }
    }

    @Test
    void aDamagedDatabaseIsReportedInOneLineWithTheBackupThatRestoresItAndRestoreDoesIt() throws Exception {
        Path data = dir.resolve("data");
        ListSummary sample = sampleIn(data);
        assertThat(CliTest.run(CLOCK, "backup", "--data-dir", data.toString()).exit()).isZero();
        byte[] garbage = "overwritten by something else".repeat(500).getBytes();
        Files.write(data.resolve("db/hazedesk.mv.db"), garbage);

        CliTest.Run refused = CliTest.run(CLOCK, "reduction", "--data-dir", data.toString());
        assertThat(refused.exit()).isEqualTo(2);
        Path zip = data.resolve("backups/hazedesk-20261210-163000-manual.zip");
        assertThat(refused.err().lines()).singleElement().satisfies(l -> assertThat(l)
                .contains("无法读取").contains("restore " + zip).contains(sample.enterprises() + " 家企业")
                .doesNotContain("Exception").doesNotContain("\tat "));

        CliTest.Run restored = CliTest.run(CLOCK, "restore", zip.toString(), "--data-dir", data.toString());
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("已恢复 " + zip + "：" + sample.enterprises() + " 家企业")
                .contains("无法打开的数据库文件已移到 " + data.resolve("damaged"));
        Path aside;
        try (Stream<Path> folders = Files.list(data.resolve("damaged"))) {
            aside = folders.findFirst().orElseThrow();
        }
        assertThat(Files.readAllBytes(aside.resolve("hazedesk.mv.db"))).isEqualTo(garbage);
        // nobody could sign in against a damaged file: the restore says so and its record names the program
        assertThat(restored.err().trim()).isEqualTo("原来的数据库无法打开，无法核对账户，所以这次恢复没有要求登录。");
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            assertThat(ctx.enterprises().summary()).isEqualTo(sample);
            assertThat(ctx.auditQuery().firstPage(cn.hazedesk.application.AuditFilter.ALL.withAction("backup.restore"))
                    .entries()).singleElement().satisfies(r -> {
                        assertThat(r.actor()).isEqualTo("HazeDesk");
                        assertThat(cn.hazedesk.domain.audit.AuditDetail.read(r.detail()).orElseThrow().field("unsigned").orElseThrow())
                                .contains("the database did not open: CORRUPT");
                    });
            assertThat(ctx.auditIntegrity().verify().whole()).isTrue();
        }
    }

    @Test
    void aFileThatIsNoBackupRestoresNothing() throws Exception {
        Path data = dir.resolve("data");
        ListSummary sample = sampleIn(data);
        Path notABackup = Files.writeString(dir.resolve("list.zip"), "no zip");
        CliTest.Run r = CliTest.run(CLOCK, "restore", notABackup.toString(), "--data-dir", data.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().trim()).startsWith("Cannot restore " + notABackup + " (does not open)").endsWith("nothing was changed.");
        CliTest.Run missing = CliTest.run(CLOCK, "restore", dir.resolve("nowhere.zip").toString(), "--data-dir", data.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("文件不存在");
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            assertThat(ctx.enterprises().summary()).isEqualTo(sample);
        }
        assertThat(CliTest.run(CLOCK, "restore", "--data-dir", data.toString()).exit()).isEqualTo(2);
        assertThat(CliTest.run(CLOCK, "backup", "a.zip", "b.zip", "--data-dir", data.toString()).err())
                .contains("backup 命令最多接受一个参数");
    }
}
