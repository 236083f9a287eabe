package cn.hazedesk.infra.db;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.EffectiveGrade;
import cn.hazedesk.application.StoredEnterprise;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.grading.GradeChange;
import cn.hazedesk.infra.data.RegionsCsv;
import cn.hazedesk.infra.data.SampleListCsv;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cn.hazedesk.infra.db.generated.Tables.GRADE_RECORD;
import static cn.hazedesk.infra.db.generated.Tables.GRADE_STEP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** V2 → V3 on a database that already holds the sample list: nothing of the list changes, grading works. */
class GradingMigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    /** A data folder as release V2 left it: schema version 2 with the sample list. */
    private List<Enterprise> version2WithSampleList() {
        List<Enterprise> sample = new SampleListCsv(cn.hazedesk.infra.data.ListReadingCsv.parser(RegionsCsv.load(), cn.hazedesk.infra.data.IndustriesCsv.load(), null)).load();
        JdbcConnectionPool pool = JdbcConnectionPool.create(Store.jdbcUrl(dir), "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations(Engine.H2.migrations()).target("2").load().migrate();
            try (var c = pool.getConnection(); var s = c.createStatement()) {
                cn.hazedesk.testing.OldSchemaLists.insert(c, sample, true);
                s.execute("SHUTDOWN");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.dispose();
        }
        return sample;
    }

    @Test
    void theMigrationKeepsTheListAndAddsEmptyGradingTables() {
        List<Enterprise> sample = version2WithSampleList();
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            assertThat(ctx.store().schemaVersion()).isEqualTo(cn.hazedesk.testing.Migrations.latest());
            assertThat(ctx.store().migrationBackup()).hasValueSatisfying(b ->
                    assertThat(b.getFileName().toString()).isEqualTo("hazedesk-20261210-163000-before-v3.zip"));
            Map<String, Enterprise> stored = ctx.enterprises().loadAll().stream().map(StoredEnterprise::enterprise)
                    .collect(Collectors.toMap(Enterprise::uscc, Function.identity()));
            assertThat(stored).hasSize(sample.size());
            for (Enterprise e : sample) {
                assertThat(stored.get(e.uscc()).grade()).as(e.name()).isEqualTo(e.grade());
                assertThat(stored.get(e.uscc()).lines()).as(e.name()).hasSameSizeAs(e.lines());
            }
            assertThat(ctx.store().dsl().fetchCount(GRADE_RECORD)).isZero();
            assertThat(ctx.store().dsl().fetchCount(GRADE_STEP)).isZero();

            // no record yet: the grade written on the list is the grade in effect
            Enterprise cement = sample.stream().filter(e -> e.industry().equals("水泥") && e.grade() == PerformanceGrade.B)
                    .findFirst().orElseThrow();
            EffectiveGrade g = ctx.grading().gradeInEffect(cement.uscc(), CLOCK.instant()).orElseThrow();
            assertThat(g.overall()).isEqualTo(PerformanceGrade.B);
            assertThat(g.source()).isEqualTo(EffectiveGrade.Source.LIST);

            // grading works on the migrated data, and the reduction runs over the sample list
            Outcome<GradeChange> o = ctx.grading().apply(cement.uscc(), "水泥", PerformanceGrade.A, null, cn.hazedesk.testing.Actors.all("企业"), null);
            assertThat(o.isAccepted()).isTrue();
            assertThat(ctx.reduction().report(List.of(cn.hazedesk.domain.enterprise.WarningLevel.values())).results())
                    .hasSize(48);
        }
    }

    @Test
    void theConstraintsRefuseInconsistentRowsByName() {
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            var d = ctx.store().dsl();
            var now = Instant.parse("2026-12-10T08:30:00Z").atOffset(java.time.ZoneOffset.UTC);
            assertThatThrownBy(() -> d.insertInto(GRADE_RECORD).set(GRADE_RECORD.USCC, "91640202000000000K")
                    .set(GRADE_RECORD.INDUSTRY, "水泥").set(GRADE_RECORD.GRADE, "UNRATED").set(GRADE_RECORD.STATUS, "APPLIED")
                    .set(GRADE_RECORD.APPLIED_AT, now).execute())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("CK_GRADE_RECORD_GRADE");
            assertThatThrownBy(() -> d.insertInto(GRADE_RECORD).set(GRADE_RECORD.USCC, "91640202000000000K")
                    .set(GRADE_RECORD.INDUSTRY, "水泥").set(GRADE_RECORD.GRADE, "B").set(GRADE_RECORD.STATUS, "EFFECTIVE")
                    .set(GRADE_RECORD.APPLIED_AT, now).execute())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("CK_GRADE_RECORD_PERIOD");
            assertThatThrownBy(() -> d.insertInto(GRADE_RECORD).set(GRADE_RECORD.USCC, "91640202000000000K")
                    .set(GRADE_RECORD.INDUSTRY, "水泥").set(GRADE_RECORD.GRADE, "B").set(GRADE_RECORD.STATUS, "DOWNGRADED")
                    .set(GRADE_RECORD.APPLIED_AT, now).set(GRADE_RECORD.EFFECTIVE_FROM, now).set(GRADE_RECORD.EFFECTIVE_TO, now)
                    .execute())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("CK_GRADE_RECORD_DOWNGRADE");
        }
    }
}
