package cn.hazedesk.infra.db;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.ListChangedException;
import cn.hazedesk.application.ListRewrite;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.application.StoredEnterprise;
import cn.hazedesk.application.port.ChangeLog;
import cn.hazedesk.application.port.ListVersions;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.FieldChange;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static cn.hazedesk.infra.db.generated.Tables.ENTERPRISE;
import static cn.hazedesk.infra.db.generated.Tables.ENTERPRISE_CHANGE;
import static cn.hazedesk.infra.db.generated.Tables.LIST_STATE;
import static cn.hazedesk.infra.db.generated.Tables.PRODUCTION_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * List versions on a real H2 file: a version being written is invisible to every reader until the one small update
 * that makes it current; what a write that never got there left behind is discarded at the next start; a change to
 * the list meanwhile stops the switch.
 */
class ListVersionsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private static List<Enterprise> stored(AppContext ctx) {
        return ctx.enterprises().loadAll().stream().map(StoredEnterprise::enterprise).toList();
    }

    @Test
    void aVersionHalfWrittenIsInvisibleAndDiscardedAtTheNextStart() {
        List<Enterprise> sample;
        long built;
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            ctx.sampleData().loadIfFirstStart("tester");
            sample = stored(ctx);
            JooqTransactions tx = ctx.transactions();
            JooqListVersions versions = new JooqListVersions(tx);
            // what a process killed while writing leaves: some committed batches of a version never made current
            ListVersions.Build build = tx.inTransaction(versions::begin);
            built = build.version();
            List<StoredEnterprise> all = ctx.enterprises().loadAll();
            tx.inTransaction(() -> versions.copy(build, all.subList(0, 10).stream().map(StoredEnterprise::id).toList()));
            Enterprise renamed = all.get(20).enterprise();
            tx.inTransaction(() -> versions.insert(build, List.of(new Enterprise(renamed.uscc(), "改名后的企业", renamed.districtCode(),
                    renamed.industry(), PerformanceGrade.A, renamed.controlType(), renamed.address(), renamed.longitude(),
                    renamed.latitude(), renamed.contactName(), renamed.contactPhone(), renamed.permitNumber(),
                    renamed.permitManagement(), renamed.bulkTransport(), renamed.transportTrucks(), renamed.minTruckStandard(),
                    renamed.lines()))));
            tx.inTransaction(() -> ctx.changeLog().recordAll(CLOCK.instant(), "tester", List.of(new ChangeLog.Entry(
                    renamed.uscc(), "改名后的企业", List.of(new FieldChange("NAME", null, renamed.name(), "改名后的企业")))),
                    build.version()));

            // every reader still sees the current list only
            assertThat(stored(ctx)).isEqualTo(sample);
            assertThat(ctx.enterprises().summary().enterprises()).isEqualTo(sample.size());
            assertThat(ctx.enterprises().rows()).hasSize(sample.size());
            assertThat(ctx.enterprises().findByUscc(renamed.uscc()).orElseThrow().enterprise().name()).isEqualTo(renamed.name());
            assertThat(ctx.changeLog().history(renamed.uscc())).as("the change of an unfinished version").isEmpty();
            assertThat(ctx.reduction().graded(CLOCK.instant())).hasSize(sample.size());
            assertThat(ctx.store().dsl().fetchCount(ENTERPRISE)).isEqualTo(sample.size() + 11);
            // closed here without finishing the version, as a killed process leaves it
        }
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            assertThat(stored(ctx)).isEqualTo(sample);
            assertThat(ctx.store().dsl().fetchCount(ENTERPRISE)).as("the unfinished version is gone").isEqualTo(sample.size());
            assertThat(ctx.store().dsl().fetchCount(PRODUCTION_LINE)).isEqualTo(sample.stream().mapToInt(e -> e.lines().size()).sum());
            assertThat(ctx.store().dsl().fetchCount(ENTERPRISE_CHANGE, ENTERPRISE_CHANGE.LIST_VERSION.eq(built))).isZero();
            // version numbers are never reused
            ListVersions.Build next = ctx.transactions().inTransaction(new JooqListVersions(ctx.transactions())::begin);
            assertThat(next.version()).isGreaterThan(built);
        }
    }

    @Test
    void anEditWhileANewVersionIsWrittenStopsTheSwitchAndNothingIsLost() {
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            ctx.sampleData().loadIfFirstStart("tester");
            List<Enterprise> before = stored(ctx);
            ListRewrite rewrite = new ListRewrite(ctx.transactions(), ctx.enterprises(), new JooqListVersions(ctx.transactions()),
                    ctx.changeLog(), ctx.store().bulkWrites(ctx.transactions()));
            StoredEnterprise edited = ctx.enterprises().loadAll().get(0);
            assertThatThrownBy(() -> rewrite.run(stored -> {
                // someone saves an enterprise while the new version is being written
                ctx.transactions().inTransaction(() -> ctx.enterprises().update(edited.id(), edited.version(), rename(edited.enterprise(), "编辑后的名称")));
                return new ListRewrite.Plan<>(List.of(), List.of(), List.of(), 0);
            }, n -> { }, CLOCK.instant(), "tester", ProgressListener.NONE, CancelToken.NONE)).isInstanceOf(ListChangedException.class);
            // the edit stands, the empty list never became current, and its rows are gone
            assertThat(stored(ctx)).hasSameSizeAs(before);
            assertThat(ctx.enterprises().findByUscc(edited.enterprise().uscc()).orElseThrow().enterprise().name()).isEqualTo("编辑后的名称");
            assertThat(ctx.store().dsl().fetchCount(ENTERPRISE)).isEqualTo(before.size());
        }
    }

    @Test
    void removingTheSampleSwitchesToAVersionWithoutItAndKeepsRealEntries() {
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            ctx.sampleData().loadIfFirstStart("tester");
            Enterprise real = rename(ctx.enterprises().loadAll().get(0).enterprise(), "真实企业");
            real = new Enterprise(cn.hazedesk.infra.excel.TestWorkbooks.uscc(1), real.name(), real.districtCode(), real.industry(), real.grade(), real.controlType(), real.address(),
                    real.longitude(), real.latitude(), real.contactName(), real.contactPhone(), real.permitNumber(),
                    real.permitManagement(), real.bulkTransport(), real.transportTrucks(), real.minTruckStandard(), real.lines());
            long id = ctx.list().save(java.util.Optional.empty(), real, cn.hazedesk.testing.Actors.all("tester")).value();
            long versionBefore = ctx.store().dsl().fetchValue(LIST_STATE.CURRENT_VERSION);
            int removed = ctx.sampleData().removeSample(cn.hazedesk.testing.Actors.all("tester"));
            assertThat(removed).isGreaterThan(0);
            assertThat(ctx.store().dsl().fetchValue(LIST_STATE.CURRENT_VERSION)).isGreaterThan(versionBefore);
            assertThat(stored(ctx)).containsExactly(real);
            assertThat(ctx.changeLog().history(real.uscc())).as("its history stays").isNotEmpty();
            assertThat(ctx.store().dsl().fetchCount(ENTERPRISE)).as("the old version is deleted").isEqualTo(1);
            assertThat(ctx.enterprises().find(id)).as("ids change with the version").isEmpty();
        }
    }

    private static Enterprise rename(Enterprise e, String name) {
        return new Enterprise(e.uscc(), name, e.districtCode(), e.industry(), e.grade(), e.controlType(), e.address(),
                e.longitude(), e.latitude(), e.contactName(), e.contactPhone(), e.permitNumber(), e.permitManagement(),
                e.bulkTransport(), e.transportTrucks(), e.minTruckStandard(), e.lines());
    }
}
