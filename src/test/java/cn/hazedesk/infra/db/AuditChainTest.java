package cn.hazedesk.infra.db;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.AuditIntegrityService;
import cn.hazedesk.domain.audit.AuditChain;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail's hash chain on a real H2 file, tampered with through plain JDBC as someone with an H2 client
 * would: an edited, a deleted, an inserted record and deleted last records are each found at the right record; a
 * chain recomputed after an edit passes its own check but not a code printed before.
 */
class AuditChainTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00.123456789Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    /** A data folder with the sample list loaded and five more recorded actions: seven records or so. */
    private Path folderWithRecords(String name) {
        Path folder = dir.resolve(name);
        cn.hazedesk.testing.PostgresFolders.prepare(folder); // on PostgreSQL in AuditChainOnPostgresTest
        try (AppContext ctx = AppContext.open(folder, CLOCK)) {
            ctx.sampleData().loadIfFirstStart("甲");
            for (int i = 0; i < 5; i++) {
                ctx.transactions().inTransaction(() -> {
                    ctx.auditLog().record(CLOCK.instant(), "乙", "enterprise.update", "9164020200000000" + "0K", cn.hazedesk.domain.audit.AuditDetail.of("test.note").with("note", "改动 " + System.nanoTime()));
                    return null;
                });
            }
            assertThat(ctx.auditIntegrity().verify().whole()).isTrue();
        }
        return folder;
    }

    /** A plain connection to the folder's database, as someone tampering with it would open it (H2 or PostgreSQL). */
    static Connection connect(Path folder) throws Exception {
        java.util.Optional<DatabaseSettings> server = DatabaseSettings.read(folder);
        if (server.isPresent()) {
            return DriverManager.getConnection(server.get().url(), server.get().user(), server.get().password().orElse(""));
        }
        return DriverManager.getConnection(Store.jdbcUrl(folder), "sa", "");
    }

    private static void sql(Path folder, String... statements) throws Exception {
        try (Connection c = connect(folder); Statement s = c.createStatement()) {
            for (String st : statements) {
                s.execute(st);
            }
        }
    }

    static AuditChain.Verdict verify(Path folder) {
        try (AppContext ctx = AppContext.open(folder, CLOCK)) {
            return ctx.auditIntegrity().verify();
        }
    }

    @Test
    void aWholeChainVerifiesAndNamesItsHead() {
        Path folder = folderWithRecords("whole");
        AuditChain.Verdict v = verify(folder);
        assertThat(v.whole()).isTrue();
        assertThat(v.records()).isEqualTo(6);
        assertThat(v.headCode()).hasValueSatisfying(code -> assertThat(code).matches("6-[0-9a-f]{12}"));
    }

    @Test
    void anEditedRecordIsFoundAtItself() throws Exception {
        Path folder = folderWithRecords("edited");
        sql(folder, "UPDATE audit_event SET detail = '改了' WHERE id = 3");
        AuditChain.Verdict v = verify(folder);
        assertThat(v.whole()).isFalse();
        assertThat(v.firstBadId()).isEqualTo(3);
        assertThat(v.reason()).isEqualTo(AuditChain.Break.EDITED);
    }

    @Test
    void aDeletedRecordIsFoundAtTheOneAfterIt() throws Exception {
        Path folder = folderWithRecords("deleted");
        sql(folder, "DELETE FROM audit_event WHERE id = 3");
        AuditChain.Verdict v = verify(folder);
        assertThat(v.firstBadId()).isEqualTo(4);
        assertThat(v.reason()).isEqualTo(AuditChain.Break.GAP_BEFORE);
    }

    @Test
    void anInsertedRecordIsFound() throws Exception {
        Path folder = folderWithRecords("inserted");
        sql(folder, "INSERT INTO audit_event (occurred_at, actor, action, subject, detail)"
                + " VALUES (TIMESTAMP '2026-12-09 10:00:00', '某人', 'episode.publish', '红色预警', '补录')");
        AuditChain.Verdict v = verify(folder);
        assertThat(v.firstBadId()).isEqualTo(7);
        assertThat(v.reason()).isEqualTo(AuditChain.Break.UNCHAINED);

        Path copied = folderWithRecords("inserted-with-hashes");
        // a careful forger copies a neighbour's chain columns
        sql(copied, "INSERT INTO audit_event (occurred_at, actor, action, subject, detail, prev_hash, hash)"
                + " SELECT occurred_at, actor, action, subject, '补录', prev_hash, hash FROM audit_event WHERE id = 6");
        AuditChain.Verdict w = verify(copied);
        assertThat(w.firstBadId()).isEqualTo(7);
        assertThat(w.reason()).isEqualTo(AuditChain.Break.GAP_BEFORE);
    }

    @Test
    void deletedLastRecordsAreFoundByTheHead() throws Exception {
        Path folder = folderWithRecords("tail");
        sql(folder, "DELETE FROM audit_event WHERE id >= 5");
        AuditChain.Verdict v = verify(folder);
        assertThat(v.reason()).isEqualTo(AuditChain.Break.HEAD);
        assertThat(v.firstBadId()).isEqualTo(6);
    }

    @Test
    void aRecomputedChainPassesItsOwnCheckButNotACodePrintedBefore() throws Exception {
        Path folder = folderWithRecords("forged");
        String printed;
        try (AppContext ctx = AppContext.open(folder, CLOCK)) {
            printed = ctx.auditIntegrity().headCode().orElseThrow();
            assertThat(ctx.auditIntegrity().verifyAgainst(printed).outcome()).isEqualTo(AuditIntegrityService.CodeCheck.BELONGS);
        }
        // edit record 2, then recompute every hash after it and the head, as a forger with the source code would
        sql(folder, "UPDATE audit_event SET actor = '别人' WHERE id = 2");
        try (Connection c = connect(folder)) {
            String previous = AuditChain.GENESIS;
            long last = 0;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT id, occurred_at, actor, action, subject, detail, episode_id FROM audit_event ORDER BY id")) {
                var update = c.prepareStatement("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE id = ?");
                while (r.next()) {
                    long episode = r.getLong(7);
                    Long episodeId = r.wasNull() ? null : episode;
                    var e = new AuditChain.Entry(r.getLong(1), r.getTimestamp(2).toLocalDateTime(), r.getString(3),
                            r.getString(4), r.getString(5), r.getString(6), episodeId);
                    String h = AuditChain.hash(previous, e);
                    update.setString(1, previous);
                    update.setString(2, h);
                    update.setLong(3, e.id());
                    update.executeUpdate();
                    previous = h;
                    last = e.id();
                }
            }
            var head = c.prepareStatement("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1");
            head.setLong(1, last);
            head.setString(2, previous);
            head.executeUpdate();
        }
        try (AppContext ctx = AppContext.open(folder, CLOCK)) {
            assertThat(ctx.auditIntegrity().verify().whole()).as("the forged chain fits itself").isTrue();
            assertThat(ctx.auditIntegrity().verifyAgainst(printed).outcome())
                    .as("but not the code printed before").isEqualTo(AuditIntegrityService.CodeCheck.REWRITTEN);
        }
    }

    @Test
    void recordsWrittenBeforeTheChainAreChainedByTheMigration() throws Exception {
        Path folder = dir.resolve("old");
        JdbcConnectionPool pool = JdbcConnectionPool.create(Store.jdbcUrl(folder), "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations(Engine.H2.migrations()).target("5").load().migrate();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                for (int i = 0; i < 250; i++) {
                    s.execute("INSERT INTO audit_event (occurred_at, actor, action, subject, detail) VALUES "
                            + "(TIMESTAMP '2026-11-0" + (1 + i % 9) + " 10:00:00.5', '旧', 'enterprise.update', '甲" + i + "', NULL)");
                }
                s.execute("SHUTDOWN");
            }
        } finally {
            pool.dispose();
        }
        AuditChain.Verdict v = verify(folder);
        assertThat(v.whole()).isTrue();
        assertThat(v.records()).isEqualTo(250);
        assertThat(v.headId()).isEqualTo(250);
    }
}
