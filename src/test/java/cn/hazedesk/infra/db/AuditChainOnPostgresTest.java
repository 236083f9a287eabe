package cn.hazedesk.infra.db;

import cn.hazedesk.domain.audit.AuditChain;
import cn.hazedesk.testing.OnPostgres;
import cn.hazedesk.testing.PostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AuditChainTest} on PostgreSQL (shared mode): tampering found the same way; and the Java migration that
 * chains older records (V14) runs on PostgreSQL too.
 */
@OnPostgres
class AuditChainOnPostgresTest extends AuditChainTest {

    @Override
    @Test
    void recordsWrittenBeforeTheChainAreChainedByTheMigration() throws Exception {
        String db = PostgresServer.emptyDatabase();
        try {
            Flyway.configure().dataSource(PostgresServer.url(db), PostgresServer.USER, PostgresServer.PASSWORD)
                    .locations(Engine.POSTGRESQL.migrations()).target("5").load().migrate();
            try (Connection c = PostgresServer.connect(db); Statement s = c.createStatement()) {
                for (int i = 0; i < 250; i++) {
                    s.execute("INSERT INTO audit_event (occurred_at, actor, action, subject, detail) VALUES "
                            + "(TIMESTAMP '2026-11-0" + (1 + i % 9) + " 10:00:00.5', '旧', 'enterprise.update', '甲" + i + "', NULL)");
                }
            }
            Path folder = dir.resolve("old");
            PostgresServer.useIn(folder, db);
            AuditChain.Verdict v = verify(folder);
            assertThat(v.whole()).isTrue();
            assertThat(v.records()).isEqualTo(250);
            assertThat(v.headId()).isEqualTo(250);
        } finally {
            PostgresServer.drop(db);
        }
    }
}
