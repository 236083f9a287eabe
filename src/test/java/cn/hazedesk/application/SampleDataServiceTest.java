package cn.hazedesk.application;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.port.SampleListSource;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.infra.data.RegionsCsv;
import cn.hazedesk.infra.data.SampleListCsv;
import cn.hazedesk.infra.db.JooqAuditLog;
import cn.hazedesk.infra.db.JooqEnterpriseStore;
import cn.hazedesk.infra.db.JooqMetaStore;
import cn.hazedesk.infra.db.JooqListVersions;
import cn.hazedesk.infra.db.JooqChangeLog;
import cn.hazedesk.infra.db.JooqTransactions;
import cn.hazedesk.infra.db.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static cn.hazedesk.infra.db.generated.Tables.AUDIT_EVENT;
import static cn.hazedesk.infra.db.generated.Tables.ENTERPRISE;
import static cn.hazedesk.infra.db.generated.Tables.PRODUCTION_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** First-start sample loading and its removal, on a real H2 file. */
class SampleDataServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    @Test
    void firstStartLoadsTheSampleOnceAndMarksIt() {
        int expected = new SampleListCsv(cn.hazedesk.infra.data.ListReadingCsv.parser(RegionsCsv.load(), cn.hazedesk.infra.data.IndustriesCsv.load(), null)).load().size();
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            assertThat(ctx.sampleData().loadIfFirstStart("tester")).isEqualTo(expected);
            ListSummary s = ctx.sampleData().summary();
            assertThat(s.enterprises()).isEqualTo(expected).isGreaterThanOrEqualTo(60);
            assertThat(s.sampleEnterprises()).isEqualTo(expected);
            assertThat(s.lines()).isBetween(expected, expected * 4);
            // three measures (yellow, orange, red) for every line
            assertThat(ctx.store().dsl().fetchCount(PRODUCTION_LINE, PRODUCTION_LINE.YELLOW_TEXT.isNotNull()
                    .and(PRODUCTION_LINE.ORANGE_TEXT.isNotNull()).and(PRODUCTION_LINE.RED_TEXT.isNotNull()))).isEqualTo(s.lines());
            assertThat(ctx.store().dsl().fetchValue(AUDIT_EVENT.ACTION, AUDIT_EVENT.ACTOR.eq("tester"))).isEqualTo("sample.load");
        }
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            assertThat(ctx.sampleData().loadIfFirstStart("tester")).as("second start loads nothing").isZero();
            assertThat(ctx.sampleData().summary().enterprises()).isEqualTo(expected);
        }
    }

    @Test
    void removingTheSampleKeepsRealEntriesAndItNeverComesBack() {
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            ctx.sampleData().loadIfFirstStart("tester");
            JooqTransactions tx = new JooqTransactions(ctx.store().dsl());
            new JooqEnterpriseStore(tx).insertAll(List.of(realEnterprise("91640202000000000K")), false);
            int sample = ctx.sampleData().summary().sampleEnterprises();

            assertThat(ctx.sampleData().removeSample(cn.hazedesk.testing.Actors.all("tester"))).isEqualTo(sample);
            ListSummary after = ctx.sampleData().summary();
            assertThat(after.enterprises()).isEqualTo(1);
            assertThat(after.sampleEnterprises()).isZero();
            assertThat(ctx.store().dsl().fetchValue(ENTERPRISE.NAME)).isEqualTo("真实测试企业");
            assertThat(ctx.store().dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("sample.remove"))).isEqualTo(1);
        }
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            assertThat(ctx.sampleData().loadIfFirstStart("tester")).isZero();
            assertThat(ctx.sampleData().summary()).isEqualTo(new ListSummary(1, 0, 0));
        }
    }

    @Test
    void aListEmptiedByRemovingTheSampleStaysEmptyOnTheNextStart() {
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            ctx.sampleData().loadIfFirstStart("tester");
            ctx.sampleData().removeSample(cn.hazedesk.testing.Actors.all("tester"));
            assertThat(ctx.sampleData().summary().empty()).isTrue();
        }
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            assertThat(ctx.sampleData().loadIfFirstStart("tester")).isZero();
            assertThat(ctx.sampleData().summary().empty()).isTrue();
        }
    }

    @Test
    void aFailedLoadLeavesNothingBehind() {
        try (Store store = Store.open(dir, CLOCK)) {
            JooqTransactions tx = new JooqTransactions(store.dsl());
            // the second enterprise repeats the first one's USCC: the insert fails half-way
            SampleListSource broken = () -> List.of(realEnterprise("91640202000000000K"), realEnterprise("91640202000000000K"));
            SampleDataService service = new SampleDataService(tx, new JooqEnterpriseStore(tx), new JooqMetaStore(tx),
                    new JooqAuditLog(tx, CLOCK.getZone()), broken,
                    new ListRewrite(tx, new JooqEnterpriseStore(tx), new JooqListVersions(tx), new JooqChangeLog(tx, CLOCK.getZone()),
                            store.bulkWrites(tx)),
                    CLOCK);
            assertThatThrownBy(() -> service.loadIfFirstStart("tester")).isInstanceOf(RuntimeException.class);
            assertThat(store.dsl().fetchCount(ENTERPRISE)).isZero();
            assertThat(store.dsl().fetchCount(AUDIT_EVENT)).isZero();
            assertThat(new JooqMetaStore(tx).get("sample_data")).isEmpty();
        }
    }

    private static Enterprise realEnterprise(String uscc) {
        return new Enterprise(uscc, "真实测试企业", "640202", "焦化", PerformanceGrade.B, ControlType.KEY_INDUSTRY, "大武口区",
                new BigDecimal("106.38"), new BigDecimal("39.01"), "张三", "0952-1234567", null, null, false, null, null,
                List.of());
    }
}
