package cn.hazedesk.infra.db;

import cn.hazedesk.app.StartupProblems;
import cn.hazedesk.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static cn.hazedesk.infra.db.generated.Tables.APP_META;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store on real H2 files in a temporary folder. */
class StoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyFolderToTheCurrentSchema() {
        try (Store store = Store.open(dir, CLOCK)) {
            assertThat(store.schemaVersion()).isEqualTo(cn.hazedesk.testing.Migrations.latest());
            List<String> tables = store.dsl().fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")
                    .getValues(0, String.class);
            assertThat(tables).contains("ENTERPRISE", "PRODUCTION_LINE", "ENTERPRISE_CHANGE", "AUDIT_EVENT", "APP_META");
            assertThat(store.migrationBackup()).isEmpty();
        }
        assertThat(Files.exists(dir.resolve("db/hazedesk.mv.db"))).isTrue();
        assertThat(Files.exists(dir.resolve("backups"))).as("no backup of a brand-new database").isFalse();
    }

    @Test
    void reopeningKeepsTheDataAndTakesNoBackup() {
        try (Store store = Store.open(dir, CLOCK)) {
            store.dsl().insertInto(APP_META).set(APP_META.META_KEY, "k").set(APP_META.META_VALUE, "kept").execute();
        }
        try (Store store = Store.open(dir, CLOCK)) {
            assertThat(store.dsl().fetchValue(APP_META.META_VALUE, APP_META.META_KEY.eq("k"))).isEqualTo("kept");
            assertThat(store.migrationBackup()).isEmpty();
        }
        assertThat(Files.exists(dir.resolve("backups"))).isFalse();
    }

    @Test
    void aBackupIsWrittenBeforeAPendingMigrationRuns() throws IOException {
        try (Store store = Store.open(dir, CLOCK)) {
            store.dsl().insertInto(APP_META).set(APP_META.META_KEY, "before").set(APP_META.META_VALUE, "v1").execute();
        }
        try (Store store = Store.open(dir, CLOCK, List.of("classpath:db/testmigration"))) {
            assertThat(store.schemaVersion()).isEqualTo("900");
            Path backup = store.migrationBackup().orElseThrow();
            assertThat(backup.getParent()).isEqualTo(dir.resolve("backups"));
            assertThat(backup.getFileName().toString()).isEqualTo("hazedesk-20261210-163000-before-v900.zip");
            try (ZipFile zip = new ZipFile(backup.toFile())) {
                assertThat(zip.stream().map(e -> e.getName())).anyMatch(n -> n.endsWith("hazedesk.mv.db"));
            }
            // the backup is of the database before the migration: restore it and look
            Path restored = dir.resolve("restored");
            unzip(backup, restored);
            try (Store old = Store.open(restoredFolder(restored), CLOCK)) {
                assertThat(old.dsl().fetchValue(APP_META.META_VALUE, APP_META.META_KEY.eq("before"))).isEqualTo("v1");
                assertThat(old.dsl().fetchCount(old.dsl().select().from("INFORMATION_SCHEMA.TABLES")
                        .where("TABLE_NAME = 'TEST_ONLY_MARKER'"))).isZero();
            }
        }
    }

    @Test
    void aVersionOneDatabaseIsBackedUpAndMigratedKeepingItsList() throws Exception {
        // a data folder as the first release left it: schema version 1, measures in line_measure, grade labels
        Files.createDirectories(dir.resolve("db"));
        String url = "jdbc:h2:file:" + dir.resolve("db/hazedesk").toAbsolutePath();
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "").locations(cn.hazedesk.infra.db.Engine.H2.migrations())
                .target("1").load().migrate();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
             java.sql.Statement st = c.createStatement()) {
            st.execute("INSERT INTO enterprise (id, uscc, name, district_code, industry, grade, control_type) "
                    + "VALUES (1, '91640202000000000K', '旧版企业（示例）', '640202', '钢铁', 'B-', 'KEY_INDUSTRY')");
            st.execute("INSERT INTO production_line (id, enterprise_id, name, so2_t, nox_t, pm_t, vocs_t) "
                    + "VALUES (7, 1, '烧结机', 10, 20, 30, 0)");
            st.execute("INSERT INTO line_measure VALUES (7, 'YELLOW', 'CAP', 0.15, '限产15%'), "
                    + "(7, 'ORANGE', 'CAP', 0.3, '限产30%'), (7, 'RED', 'STOP', 1, '停产')");
            st.execute("SHUTDOWN");
        }
        try (Store store = Store.open(dir, CLOCK)) {
            assertThat(store.schemaVersion()).isEqualTo(cn.hazedesk.testing.Migrations.latest());
            assertThat(store.migrationBackup()).hasValueSatisfying(b ->
                    assertThat(b.getFileName().toString()).isEqualTo("hazedesk-20261210-163000-before-v2.zip"));
            var e = new JooqEnterpriseStore(new JooqTransactions(store.dsl())).findByUscc("91640202000000000K").orElseThrow();
            assertThat(e.enterprise().grade()).isEqualTo(cn.hazedesk.domain.enterprise.PerformanceGrade.B_MINUS);
            var line = e.enterprise().line("烧结机").orElseThrow();
            assertThat(line.measure(cn.hazedesk.domain.enterprise.WarningLevel.YELLOW).orElseThrow().fraction()).isEqualByComparingTo("0.15");
            assertThat(line.measure(cn.hazedesk.domain.enterprise.WarningLevel.RED).orElseThrow().text()).isEqualTo("停产");
            assertThat(line.measure(cn.hazedesk.domain.enterprise.WarningLevel.RED).orElseThrow().type())
                    .isEqualTo(cn.hazedesk.domain.enterprise.MeasureType.STOP);
        }
    }

    @Test
    void aSecondOpenInTheSameProcessIsRefusedNamingTheFolder() {
        try (Store first = Store.open(dir, CLOCK)) {
            assertThatThrownBy(() -> Store.open(dir, CLOCK))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.problem()).isEqualTo(StoreException.Problem.IN_USE);
                        assertThat(e.path()).isEqualTo(dir.toAbsolutePath().normalize());
                    });
        }
        // after the first closes, the folder opens again
        try (Store again = Store.open(dir, CLOCK)) {
            assertThat(again.schemaVersion()).isEqualTo(cn.hazedesk.testing.Migrations.latest());
        }
    }

    @Test
    void aSecondInstanceInAnotherProcessGetsInUse() throws Exception {
        try (Store first = Store.open(dir, CLOCK)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    StoreProbe.class.getName(), dir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertThat(p.exitValue()).isEqualTo(3);
            assertThat(out).isEqualTo("IN_USE " + dir.toAbsolutePath().normalize());
        }
    }

    @Test
    void inUseMessageNamesTheFolderInBothLanguages() {
        StoreException e = new StoreException(StoreException.Problem.IN_USE, dir, null);
        String zh = StartupProblems.describe(e, Messages.forLocale(Messages.CHINESE));
        String en = StartupProblems.describe(e, Messages.forLocale(Locale.ENGLISH));
        assertThat(zh).contains(dir.toString()).contains("另一个 HazeDesk");
        assertThat(en).contains(dir.toString()).contains("another HazeDesk");
    }

    @Test
    void aDamagedDatabaseFileGetsACorruptMessageNotAStackTrace() throws IOException {
        Files.createDirectories(dir.resolve("db"));
        Files.write(dir.resolve("db/hazedesk.mv.db"), "this is not an H2 file, it was overwritten".repeat(200).getBytes());
        assertThatThrownBy(() -> Store.open(dir, CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.problem()).isEqualTo(StoreException.Problem.CORRUPT);
                    assertThat(e.path()).isEqualTo(dir.resolve("db/hazedesk.mv.db").toAbsolutePath());
                    assertThat(StartupProblems.describe(e, Messages.forLocale(Messages.CHINESE)))
                            .contains("无法读取").contains("hazedesk.mv.db");
                });
        // the damaged file is left alone for recovery, and the folder is not left locked
        assertThat(Files.size(dir.resolve("db/hazedesk.mv.db"))).isGreaterThan(1000);
        Files.delete(dir.resolve("db/hazedesk.mv.db"));
        try (Store s = Store.open(dir, CLOCK)) {
            assertThat(s.schemaVersion()).isEqualTo(cn.hazedesk.testing.Migrations.latest());
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsReported() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> Store.open(file, CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.NOT_A_FOLDER));
    }

    @Test
    void aFolderThatCannotBeCreatedIsReportedAsUnwritable() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        Path impossible = file.resolve("data");
        assertThatThrownBy(() -> Store.open(impossible, CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.problem()).isEqualTo(StoreException.Problem.UNWRITABLE);
                    assertThat(StartupProblems.describe(e, Messages.forLocale(Locale.ENGLISH)))
                            .contains("cannot write").contains(impossible.toString());
                });
    }

    private static void unzip(Path zipFile, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                Path out = target.resolve(entry.getName());
                Files.createDirectories(out.getParent());
                try (var in = zip.getInputStream(entry)) {
                    Files.copy(in, out);
                }
            }
        }
    }

    /** H2 stores the file name without folders in the zip; put it where Store expects it. */
    private static Path restoredFolder(Path restored) throws IOException {
        Path folder = restored.resolveSibling("restored-folder");
        Files.createDirectories(folder.resolve("db"));
        try (Stream<Path> files = Files.walk(restored)) {
            Path mv = files.filter(f -> f.getFileName().toString().equals("hazedesk.mv.db")).findFirst().orElseThrow();
            Files.copy(mv, folder.resolve("db").resolve("hazedesk.mv.db"));
        }
        return folder;
    }

}
