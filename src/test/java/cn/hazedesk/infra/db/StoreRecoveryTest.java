package cn.hazedesk.infra.db;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.app.StartupProblems;
import cn.hazedesk.application.BackupInfo;
import cn.hazedesk.application.BackupUnusableException;
import cn.hazedesk.application.ListSummary;
import cn.hazedesk.application.RestoreOutcome;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.infra.data.RegionsCsv;
import cn.hazedesk.infra.data.SampleListCsv;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Start-up problems and their way out, on real H2 files: a schema newer than the program, a lock that is never
 * released, an interrupted migration; backups that are checked before they replace anything, and restores that
 * keep the data they replace.
 */
class StoreRecoveryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Messages ZH = Messages.forLocale(Messages.CHINESE);
    private static final Messages EN = Messages.forLocale(Locale.ENGLISH);

    @TempDir
    Path dir;

    private ListSummary withSample(Path folder) {
        try (AppContext ctx = AppContext.open(folder, CLOCK)) {
            ctx.sampleData().loadIfFirstStart("tester");
            return ctx.enterprises().summary();
        }
    }

    @Test
    void aDatabaseOfANewerHazeDeskIsRefusedUntouchedWithARestoreOffer() throws Exception {
        ListSummary sample = withSample(dir);
        Path backup;
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            backup = ctx.backups().backupNow().file();
        }
        // a newer release migrated it to version 99 (far beyond this program's migrations)
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db/hazedesk"), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (100, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 1, 'sa', 1, TRUE)");
            s.execute("CREATE TABLE future_table (id INT)");
            s.execute("SHUTDOWN");
        }
        assertThatThrownBy(() -> AppContext.open(dir, CLOCK)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.problem()).isEqualTo(StoreException.Problem.NEWER_SCHEMA);
            assertThat(e.detail()).isEqualTo("99");
            assertThat(StartupProblems.describe(e, ZH)).contains("较新版本").contains("第 99 版").contains("hazedesk.mv.db");
            Optional<BackupInfo> newest = DataFolderRestore.newestUsable(dir, CLOCK);
            assertThat(newest.map(BackupInfo::file)).contains(backup);
            assertThat(StartupProblems.describeWithRemedy(e, newest, EN)).contains("newer HazeDesk")
                    .contains("restore " + backup);
        });
        // never migrated or changed: still version 99 with its own table and the list
        BackupFiles.Check left = BackupFiles.check(dir.resolve("db/hazedesk.mv.db"));
        assertThat(left.status()).isEqualTo(BackupInfo.Status.NEWER_SCHEMA);
        assertThat(left.enterprises()).isEqualTo(sample.enterprises());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db/hazedesk") + ";ACCESS_MODE_DATA=r", "sa", "");
             Statement s = c.createStatement()) {
            s.executeQuery("SELECT COUNT(*) FROM future_table").close();
        }
        // a backup of that newer database is listed as such and cannot be restored here
        Path newerZip = dir.resolve("newer.zip");
        BackupFiles.zip(dir.resolve("db/hazedesk.mv.db"), newerZip);
        BackupInfo newer = StoreBackups.ofClosedFolder(dir, CLOCK).verify(newerZip);
        assertThat(newer.status()).isEqualTo(BackupInfo.Status.NEWER_SCHEMA);
        assertThat(newer.schemaVersion()).isEqualTo("99");
    }

    @Test
    void aLockThatIsNeverReleasedIsALockTimeoutNotAStackTrace() throws Exception {
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            ctx.store().dsl().execute("SET DEFAULT_LOCK_TIMEOUT 500");
        }
        // another connection to the same database (as an unfinished transaction would) holds the list's state row
        try (Connection holder = DriverManager.getConnection(Store.jdbcUrl(dir), "sa", "")) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.executeUpdate("UPDATE list_state SET revision = revision + 1");
            }
            assertThatThrownBy(() -> AppContext.start(dir, CLOCK)).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.problem()).isEqualTo(StoreException.Problem.LOCK_TIMEOUT);
                assertThat(e.path()).isEqualTo(dir.resolve("db/hazedesk.mv.db"));
                assertThat(StartupProblems.describe(e, ZH)).contains("没有响应").contains("hazedesk.mv.db");
                assertThat(e.problem().restoreHelps()).isTrue();
            });
        }
        // the lock gone, the folder opens and the first start goes on
        try (AppContext ctx = AppContext.start(dir, CLOCK)) {
            assertThat(ctx.enterprises().summary().enterprises()).isPositive();
        }
    }

    @Test
    void aMigrationRunsOnACopyAndWhatAnInterruptedOneLeftIsThrownAway() throws Exception {
        ListSummary sample = withSample(dir);
        // a killed migration left its half-migrated copy behind
        Files.createDirectories(dir.resolve("db/migrating"));
        Files.write(dir.resolve("db/migrating/hazedesk.mv.db"), "half-migrated copy".repeat(100).getBytes());
        try (Store store = Store.open(dir, CLOCK, List.of("classpath:db/testmigration"))) {
            assertThat(store.schemaVersion()).isEqualTo("900");
            assertThat(store.migrationBackup()).isPresent();
            assertThat(new JooqEnterpriseStore(new JooqTransactions(store.dsl())).summary()).isEqualTo(sample);
        }
        assertThat(dir.resolve("db/migrating")).doesNotExist();
        try (Stream<Path> db = Files.list(dir.resolve("db"))) {
            assertThat(db.map(p -> p.getFileName().toString())).contains("hazedesk.mv.db").noneMatch(n -> n.startsWith("checking-"));
        }
    }

    @Test
    void aMigrationThatFailsLeavesTheDatabaseFileAsItWas() throws Exception {
        ListSummary sample = withSample(dir);
        assertThatThrownBy(() -> Store.open(dir, CLOCK, List.of("classpath:db/brokenmigration")))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.problem()).isEqualTo(StoreException.Problem.MIGRATION_FAILED);
                    assertThat(StartupProblems.describe(e, ZH)).contains("仍是升级前的样子");
                });
        assertThat(dir.resolve("db/migrating")).doesNotExist();
        try (Store store = Store.open(dir, CLOCK)) {
            // the half of the migration that ran (H2 commits each DDL statement) never reached this file
            assertThat(store.schemaVersion()).isEqualTo(cn.hazedesk.testing.Migrations.latest());
            assertThat(store.dsl().fetchCount(store.dsl().select().from("INFORMATION_SCHEMA.COLUMNS")
                    .where("TABLE_NAME = 'ENTERPRISE' AND COLUMN_NAME = 'HALF_DONE'"))).isZero();
            assertThat(new JooqEnterpriseStore(new JooqTransactions(store.dsl())).summary()).isEqualTo(sample);
        }
    }

    @Test
    void whatIsWrittenAfterARestoreIsStillThereAtTheNextStart() throws Exception {
        // as in use: a backup made while the app runs, restored later, then work done on the restored data (the same
        // with the jar, each step a start of its own: crash.RestoreThenWriteIT)
        withSample(dir);
        BackupInfo backup;
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            backup = ctx.backups().backupNow();
        }
        DataFolderRestore.restore(dir, backup.file(), CLOCK);
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            ctx.auditLog().record(CLOCK.instant(), "tester", "test.after-restore", "x", cn.hazedesk.domain.audit.AuditDetail.NONE);
            assertThat(ctx.sampleData().removeSample(cn.hazedesk.testing.Actors.all("tester"))).isPositive();
        }
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            assertThat(ctx.store().schemaVersion()).isEqualTo(cn.hazedesk.testing.Migrations.latest());
            assertThat(ctx.enterprises().summary().empty()).as("the sample was removed after the restore").isTrue();
            assertThat(ctx.store().dsl().fetchCount(cn.hazedesk.infra.db.generated.Tables.AUDIT_EVENT,
                    cn.hazedesk.infra.db.generated.Tables.AUDIT_EVENT.ACTION.eq("test.after-restore"))).isEqualTo(1);
        }
    }

    @Test
    void aBackupThatDoesNotOpenReplacesNothing() throws Exception {
        ListSummary sample = withSample(dir);
        byte[] before = Files.readAllBytes(dir.resolve("db/hazedesk.mv.db"));
        Path notABackup = Files.write(dir.resolve("photo.zip"), "PK this is no zip".getBytes());
        assertThatThrownBy(() -> DataFolderRestore.restore(dir, notABackup, CLOCK))
                .isInstanceOfSatisfying(BackupUnusableException.class,
                        e -> assertThat(e.backup().status()).isEqualTo(BackupInfo.Status.UNREADABLE));
        assertThat(Files.readAllBytes(dir.resolve("db/hazedesk.mv.db"))).isEqualTo(before);
        assertThat(dir.resolve("backups")).doesNotExist();
        assertThat(dir.resolve("damaged")).doesNotExist();
        assertThat(dir.resolve("db/restoring")).doesNotExist();
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            assertThat(ctx.enterprises().summary()).isEqualTo(sample);
        }
    }

    @Test
    void restoringKeepsTheCurrentDataAsABackupAndAnOlderSchemaIsMigratedAfterwards() throws Exception {
        // a backup of a version 5 database (before list versions), as an earlier release wrote it, with the sample list
        Path old = dir.resolve("old");
        Files.createDirectories(old.resolve("db"));
        var sample = new SampleListCsv(cn.hazedesk.infra.data.ListReadingCsv.parser(RegionsCsv.load(), cn.hazedesk.infra.data.IndustriesCsv.load(), null)).load();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + old.resolve("db/hazedesk"), "sa", "")) {
            Flyway.configure().dataSource("jdbc:h2:file:" + old.resolve("db/hazedesk"), "sa", "")
                    .locations(Engine.H2.migrations()).target("5").load().migrate();
            cn.hazedesk.testing.OldSchemaLists.insert(c, sample, true);
            try (Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + dir.resolve("v5-backup.zip") + "'");
            }
        }
        Path data = dir.resolve("data");
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            assertThat(ctx.enterprises().summary().empty()).isTrue();
        }
        BackupInfo checked = StoreBackups.ofClosedFolder(data, CLOCK).verify(dir.resolve("v5-backup.zip"));
        assertThat(checked.schemaVersion()).isEqualTo("5");
        assertThat(checked.enterprises()).isEqualTo(sample.size());

        RestoreOutcome done = DataFolderRestore.restore(data, dir.resolve("v5-backup.zip"), CLOCK);
        assertThat(done.restored().enterprises()).isEqualTo(sample.size());
        assertThat(done.setAside()).isEmpty();
        BackupInfo previous = done.previous().orElseThrow();
        assertThat(previous.reason()).isEqualTo("before-restore");
        assertThat(previous.enterprises()).isZero();
        assertThat(previous.file()).hasParent(data.resolve("backups"));
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            assertThat(ctx.store().schemaVersion()).isEqualTo(cn.hazedesk.testing.Migrations.latest());
            assertThat(ctx.store().migrationBackup()).hasValueSatisfying(b ->
                    assertThat(b.getFileName().toString()).matches("hazedesk-\\d{8}-\\d{6}-before-v\\d+\\.zip"));
            assertThat(ctx.enterprises().summary().enterprises()).isEqualTo(sample.size());
            assertThat(ctx.backups().list()).extracting(BackupInfo::reason).contains("before-restore")
                    .anyMatch(r -> r.startsWith("before-v"));
        }
        // and back again in one step, from the backup the restore kept
        DataFolderRestore.restore(data, previous.file(), CLOCK);
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            assertThat(ctx.enterprises().summary().empty()).isTrue();
        }
    }
}
