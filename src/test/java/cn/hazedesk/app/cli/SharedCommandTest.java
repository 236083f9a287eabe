package cn.hazedesk.app.cli;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.ListSummary;
import cn.hazedesk.domain.audit.AuditDetail;
import cn.hazedesk.infra.db.DatabaseSettings;
import cn.hazedesk.infra.db.Engine;
import cn.hazedesk.infra.db.Store;
import cn.hazedesk.testing.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared mode from the command line, against a real (embedded) PostgreSQL: {@code shared copy} moves an H2 data folder
 * to an empty server database, verified and leaving the folder untouched, and refuses a database that is not empty;
 * a data folder on the server works as the H2 one did; what only the file has (backups) is refused in a sentence;
 * a server that cannot be reached is said so.
 */
class SharedCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private Path passwordFile() throws Exception {
        Path f = dir.resolve("db-password.txt");
        Files.writeString(f, PostgresServer.PASSWORD + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static String[] listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".log"))
                    .map(p -> folder.relativize(p).toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void aDataFolderIsCopiedToAnEmptyServerDatabaseVerifiedAndLeftAsItWas() throws Exception {
        Path data = dir.resolve("data");
        ListSummary sample;
        String code;
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            ctx.sampleData().loadIfFirstStart("tester");
            assertThat(ctx.accounts().createFirstAdministrator("管理员", "Admin2026!".toCharArray()).isAccepted()).isTrue();
            ctx.transactions().inTransaction(() -> {
                ctx.auditLog().record(CLOCK.instant(), "管理员", "enterprise.update", "91640202000000000K",
                        AuditDetail.of("test.note").with("note", "迁移前的一条记录"));
                return null;
            });
            sample = ctx.enterprises().summary();
            code = ctx.auditIntegrity().headCode().orElseThrow();
        }
        String before = sha256(Store.databaseFile(data));
        String[] filesBefore = listing(data);
        String db = PostgresServer.emptyDatabase();
        try {
            CliTest.Run copy = CliTest.run(CLOCK, "shared", "copy", "--data-dir", data.toString(), "--db",
                    PostgresServer.url(db), "--db-user", PostgresServer.USER, "--db-password-file", passwordFile().toString());
            assertThat(copy.exit()).as(copy.err()).isZero();
            assertThat(copy.out()).contains("enterprise\t" + sample.enterprises())
                    .contains("production_line\t" + sample.lines()).contains("app_user\t1")
                    .contains("操作记录完整").contains(code)
                    .contains("已把数据文件夹 " + data.toAbsolutePath().normalize() + " 的数据复制到 localhost:" + PostgresServer.port() + "/" + db + " (");
            // the folder is as it was: the same database file, no settings written, nothing else but the lock
            assertThat(sha256(Store.databaseFile(data))).isEqualTo(before);
            assertThat(listing(data)).containsExactly(filesBefore);
            assertThat(data.resolve("database.properties")).doesNotExist();

            // a seat on the server sees the same list and the same audit chain, and goes on writing new rows
            Path seat = dir.resolve("seat");
            PostgresServer.useIn(seat, db);
            try (AppContext ctx = AppContext.open(seat, CLOCK)) {
                assertThat(ctx.store().engine()).isEqualTo(Engine.POSTGRESQL);
                assertThat(ctx.enterprises().summary()).isEqualTo(sample);
                assertThat(ctx.auditIntegrity().headCode()).contains(code);
                assertThat(ctx.accounts().signIn("管理员", "Admin2026!".toCharArray()).isAccepted()).isTrue();
                ctx.transactions().inTransaction(() -> {
                    ctx.auditLog().record(CLOCK.instant(), "管理员", "enterprise.update", "91640202000000000K",
                            AuditDetail.of("test.note").with("note", "迁移后的一条记录"));
                    return null;
                });
                assertThat(ctx.auditIntegrity().verify().whole()).isTrue();
            }
            assertThat(Store.databaseFile(seat)).doesNotExist();

            // a second copy to the same database is refused and writes nothing
            long auditRows = count(db, "audit_event");
            CliTest.Run again = CliTest.run(CLOCK, "shared", "copy", "--data-dir", data.toString(), "--db",
                    PostgresServer.url(db), "--db-user", PostgresServer.USER, "--db-password-file", passwordFile().toString(),
                    "--lang", "en");
            assertThat(again.exit()).isEqualTo(1);
            assertThat(again.err().trim()).startsWith("The target database localhost:" + PostgresServer.port() + "/" + db + " (")
                    .contains("is not empty").doesNotContain("Exception");
            assertThat(count(db, "audit_event")).isEqualTo(auditRows);
        } finally {
            PostgresServer.drop(db);
        }
    }

    private static long count(String db, String table) throws Exception {
        try (Connection c = PostgresServer.connect(db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void aDatabaseOfAnotherProgramIsRefused() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            ctx.sampleData().loadIfFirstStart("tester");
        }
        String db = PostgresServer.emptyDatabase();
        try {
            try (Connection c = PostgresServer.connect(db); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE payroll (id INT)");
            }
            CliTest.Run copy = CliTest.run(CLOCK, "shared", "copy", "--data-dir", data.toString(), "--db",
                    PostgresServer.url(db), "--db-user", PostgresServer.USER, "--db-password-file", passwordFile().toString());
            assertThat(copy.exit()).isEqualTo(1);
            assertThat(copy.err().trim()).isEqualTo("目标数据库 localhost:" + PostgresServer.port() + "/" + db + " (" + PostgresServer.USER
                    + "): payroll 不是空的：已有数据或其他程序的表。没有写入任何数据；请使用一个新建的空数据库。");
            try (Connection c = PostgresServer.connect(db); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
                r.next();
                assertThat(r.getInt(1)).as("nothing created").isEqualTo(1);
            }
        } finally {
            PostgresServer.drop(db);
        }
    }

    @Test
    void anEmptyServerDatabaseIsMigratedByANonSuperuserAndBackupsAreRefusedInASentence() throws Exception {
        String db = PostgresServer.emptyDatabase();
        try {
            Path seat = dir.resolve("seat");
            DatabaseSettings server = DatabaseSettings.of(PostgresServer.url(db), PostgresServer.USER, Optional.of(passwordFile()));
            try (AppContext ctx = AppContext.open(seat, CLOCK, Optional.of(server))) {
                assertThat(ctx.store().engine()).isEqualTo(Engine.POSTGRESQL);
                assertThat(ctx.store().schemaVersion()).isEqualTo(cn.hazedesk.testing.Migrations.latest());
                assertThat(ctx.backups().local()).isFalse();
                assertThat(ctx.backups().dailyIfDue()).isEmpty();
            }
            try (Connection c = PostgresServer.connect(db); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
                r.next();
                assertThat(r.getBoolean(1)).as("HazeDesk's user is no superuser").isFalse();
            }
            String[] shared = {"--data-dir", seat.toString(), "--db", PostgresServer.url(db), "--db-user",
                    PostgresServer.USER, "--db-password-file", passwordFile().toString()};
            CliTest.Run backup = CliTest.run(CLOCK, concat(new String[]{"backup"}, shared));
            assertThat(backup.exit()).isEqualTo(2);
            assertThat(backup.err().trim()).isEqualTo("共享模式下数据保存在 PostgreSQL 服务器上，HazeDesk 不备份也不恢复数据库文件；"
                    + "服务器由信息管理人员用 pg_dump 备份（见 README“共享模式（PostgreSQL）”）。");
            Path zip = dir.resolve("old-backup.zip");
            Files.writeString(zip, "a backup of an H2 file");
            CliTest.Run restore = CliTest.run(CLOCK, concat(new String[]{"restore", zip.toString(), "--lang", "en"}, shared));
            assertThat(restore.exit()).isEqualTo(2);
            assertThat(restore.err().trim()).startsWith("In shared mode the data is on a PostgreSQL server");
            CliTest.Run audit = CliTest.run(CLOCK, concat(new String[]{"audit", "verify"}, shared));
            assertThat(audit.exit()).as(audit.err()).isZero();

            // a server that does not answer is named in one sentence, with what to check (a wrong password and the
            // other refusals: ServerProbeTest, SharedStartupTest)
            String nowhere = "jdbc:postgresql://127.0.0.1:1/hazedesk";
            CliTest.Run refused = CliTest.run(CLOCK, "audit", "verify", "--data-dir", seat.toString(), "--db", nowhere,
                    "--db-user", PostgresServer.USER, "--db-password-file", passwordFile().toString());
            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err().lines()).singleElement().satisfies(l -> assertThat(l)
                    .startsWith("无法连接共享数据库服务器 127.0.0.1:1/hazedesk：该地址和端口没有服务器应答。")
                    .contains("防火墙").doesNotContain("Exception").doesNotContain(PostgresServer.PASSWORD));
        } finally {
            PostgresServer.drop(db);
        }
    }

    @Test
    void aServerDatabaseOfANewerHazeDeskIsRefusedWithoutOfferingTheFoldersBackups() throws Exception {
        Path seat = dir.resolve("seat");
        try (AppContext ctx = AppContext.open(seat, CLOCK)) { // an H2 backup the folder had before shared mode
            ctx.backups().backupNow();
        }
        String db = PostgresServer.migratedDatabase();
        try {
            try (Connection c = PostgresServer.connect(db); Statement s = c.createStatement()) {
                s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                        + " installed_by, execution_time, success) VALUES (999, '99', 'future', 'SQL', 'V99__future.sql', 0,"
                        + " 'hazedesk', 0, TRUE)");
            }
            CliTest.Run refused = CliTest.run(CLOCK, "audit", "verify", "--data-dir", seat.toString(), "--db",
                    PostgresServer.url(db), "--db-user", PostgresServer.USER, "--db-password-file", passwordFile().toString());
            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err().trim()).isEqualTo("共享数据库是较新版本的 HazeDesk 写入的（数据库第 99 版），本程序无法使用。"
                    + "请安装新版本的 HazeDesk。");
        } finally {
            PostgresServer.drop(db);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
