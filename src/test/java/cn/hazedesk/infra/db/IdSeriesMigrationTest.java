package cn.hazedesk.infra.db;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.benchmark.ListFilterBenchmarkTest;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.testing.Actors;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Random;

import static cn.hazedesk.infra.db.generated.Tables.ID_SERIES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * V15 → V16 on an H2 data folder that already holds rows with ids: the id series start after the highest stored
 * id, so the first episode and enterprise added after the migration take new ids, and the series move on.
 */
class IdSeriesMigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    @Test
    void idsGivenAfterTheMigrationFollowTheHighestStoredOnes() throws SQLException {
        JdbcConnectionPool pool = JdbcConnectionPool.create(Store.jdbcUrl(dir), "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations(Engine.H2.migrations()).target("15").load().migrate();
            try (var c = pool.getConnection(); var s = c.createStatement()) {
                s.execute("INSERT INTO episode (id, title, drill, phase, order_round, created_by, created_at)"
                        + " VALUES (41, '旧的过程', TRUE, 'CLOSED', 0, '甲', TIMESTAMP '2025-12-01 08:00:00')");
                s.execute("SHUTDOWN");
            }
        } finally {
            pool.dispose();
        }
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            assertThat(ctx.store().schemaVersion()).isEqualTo(cn.hazedesk.testing.Migrations.latest());
            ctx.sampleData().loadIfFirstStart("tester");
            long highest = ctx.list().rows().stream().mapToLong(r -> r.id()).max().orElseThrow();

            assertThat(ctx.episodes().create("演练", true, Actors.all("甲")).value().id()).isEqualTo(42);
            Enterprise fresh = ListFilterBenchmarkTest.generate(10, new Random(3)).get(0);
            assertThat(ctx.list().save(Optional.empty(), fresh, Actors.all("甲")).value()).isEqualTo(highest + 1);
            assertThat(ctx.store().dsl().select(ID_SERIES.NEXT_ID).from(ID_SERIES).where(ID_SERIES.NAME.eq("episode"))
                    .fetchOne(ID_SERIES.NEXT_ID)).isEqualTo(43);
        }
    }
}
