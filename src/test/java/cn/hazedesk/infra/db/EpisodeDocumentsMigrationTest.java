package cn.hazedesk.infra.db;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.port.EpisodeStore.StoredOrder;
import cn.hazedesk.domain.episode.Consultation;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.ForecastDay;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V5 → V8, V9 on a data folder holding an issued episode (its daily consultation, an order with a line): the
 * consultation's days come back as whole-day periods, the order line is not an UNVERIFIED default, the episode has
 * no summary report number yet and can be given one.
 */
class EpisodeDocumentsMigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private void version5WithAnEpisode() throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create(Store.jdbcUrl(dir), "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations(Engine.H2.migrations()).target("5").load().migrate();
            try (var c = pool.getConnection(); var s = c.createStatement()) {
                s.execute("INSERT INTO episode (id, title, drill, phase, number, city_level, issued_at, response_start, "
                        + "expected_end, summary, order_round, created_by, created_at) VALUES (1, '过程', FALSE, 'ACTIVE', "
                        + "'石污防指〔2026〕1号', 'YELLOW', TIMESTAMP '2026-12-09 20:00:00', TIMESTAMP '2026-12-10 00:00:00', "
                        + "TIMESTAMP '2026-12-13 00:00:00', '', 1, '值班员', TIMESTAMP '2026-12-09 16:00:00')");
                s.execute("INSERT INTO consultation (episode_id, seq, held_at, profile, opinion, participants, recorded_by, "
                        + "recorded_at) VALUES (1, 1, TIMESTAMP '2026-12-09 15:00:00', '2024', '静稳', '气象局', '值班员', "
                        + "TIMESTAMP '2026-12-09 15:10:00')");
                for (int d = 0; d < 3; d++) {
                    s.execute("INSERT INTO consultation_day (episode_id, seq, region_code, forecast_day, aqi, dust, "
                            + "primary_pollutant, concentrations) VALUES (1, 1, '640205', DATE '2026-12-1" + d + "', "
                            + (210 + d) + ", FALSE, 'PM2.5', '')");
                }
                s.execute("INSERT INTO response_order (id, episode_id, order_round, proposal_seq, uscc, enterprise_name, "
                        + "district_code, district_name, industry, grade, warning_level, transport) VALUES (1, 1, 1, 1, "
                        + "'91640205TEST00003C', '惠农焦化（测试）', '640205', '惠农区', '焦化', 'C', 'YELLOW', 'NONE')");
                s.execute("INSERT INTO response_order_line (order_id, seq, line_name, measure_rule, measure_type, fraction, "
                        + "counted, measure_text, transport) VALUES (1, 1, '1号焦炉', 'MATRIX_DEFAULT', 'EXTEND_COKING', 0.2, "
                        + "TRUE, '延长结焦时间至48小时', 'NO_CHINA_IV_OR_OLDER')");
                s.execute("SHUTDOWN");
            }
        } finally {
            pool.dispose();
        }
    }

    @Test
    void anEpisodeStoredBeforeKeepsItsForecastAndOrdersAndGetsAReportNumber() throws Exception {
        version5WithAnEpisode();
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            assertThat(ctx.store().schemaVersion()).isEqualTo(cn.hazedesk.testing.Migrations.latest());
            Episode e = ctx.episodes().find(1).orElseThrow();
            Consultation c = e.consultations().get(0);
            assertThat(c.days()).extracting(ForecastDay::date, ForecastDay::startHour, ForecastDay::hours, ForecastDay::aqi)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 10), 0, 24, 210),
                            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 11), 0, 24, 211),
                            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 12), 0, 24, 212));
            List<StoredOrder> orders = ctx.episodes().orders(1);
            assertThat(orders).singleElement().satisfies(o ->
                    assertThat(o.order().lines()).singleElement().satisfies(l -> assertThat(l.unverifiedDefault()).isFalse()));
            assertThat(ctx.episodes().summaryNumber(1)).isEmpty();
            assertThat(ctx.episodes().setSummaryNumber(1, "石污防指〔2026〕9号", cn.hazedesk.testing.Actors.all("值班员")).isAccepted()).isTrue();
            assertThat(ctx.episodes().summaryNumber(1)).contains("石污防指〔2026〕9号");
        }
    }
}
