package cn.hazedesk.infra.db;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.CancelledException;
import cn.hazedesk.application.ListRewrite;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.application.StoredEnterprise;
import cn.hazedesk.application.port.BulkWrites;
import cn.hazedesk.benchmark.ListImportBenchmarkTest;
import cn.hazedesk.domain.enterprise.Enterprise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static cn.hazedesk.infra.db.generated.Tables.AUDIT_EVENT;
import static cn.hazedesk.infra.db.generated.Tables.ENTERPRISE;
import static cn.hazedesk.infra.db.generated.Tables.LIST_STATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whole-list writes are done on a copy of the database that replaces it in one rename: while one runs, the database
 * file in use holds none of it; a cancelled one leaves no copy; a copy left by a killed process is thrown away at
 * the next start; the copy is taken while no transaction is open, so it holds none half done.
 */
class BulkWriteOnCopyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private Path rewriting() {
        return dir.resolve("db").resolve(Store.REWRITING);
    }

    @Test
    void whileTheNewListIsWrittenTheDatabaseInUseHoldsNoneOfIt() {
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            ctx.sampleData().loadIfFirstStart("tester");
            List<StoredEnterprise> before = ctx.enterprises().loadAll();
            long version = ctx.store().dsl().fetchValue(LIST_STATE.CURRENT_VERSION);
            List<String> seen = new ArrayList<>();
            ListRewrite rewrite = rewrite(ctx);
            int written = rewrite.run(this::newList,
                    n -> ctx.auditLog().record(CLOCK.instant(), "tester", "test.rewrite", "list", cn.hazedesk.domain.audit.AuditDetail.of("test.rewrite").with("n", n)), CLOCK.instant(),
                    "tester", (done, total, message) -> {
                        if (done > 0 && done < total) {
                            // the database itself, read directly (not through the transactions, which address the copy now)
                            seen.add(ctx.store().dsl().fetchCount(ENTERPRISE) + " rows, version "
                                    + ctx.store().dsl().fetchValue(LIST_STATE.CURRENT_VERSION) + ", copy "
                                    + Files.exists(rewriting().resolve("hazedesk.mv.db")));
                        }
                    }, CancelToken.NONE);
            assertThat(seen).as("what the database in use held while the new list was written").isNotEmpty()
                    .allMatch(s -> s.equals(before.size() + " rows, version " + version + ", copy true"));

            assertThat(written).isEqualTo(NEW_LIST.size());
            assertThat(names(ctx.enterprises().loadAll())).isEqualTo(NEW_LIST.stream().map(e -> e.uscc() + e.name()).sorted().toList());
            assertThat(ctx.store().dsl().fetchCount(ENTERPRISE)).as("the old version is gone").isEqualTo(NEW_LIST.size());
            assertThat(ctx.store().dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("test.rewrite")))
                    .as("recorded with the list, in the same step").isEqualTo(1);
            assertThat(rewriting()).doesNotExist();
        }
    }

    @Test
    void aCancelledWriteLeavesTheListAndNoCopy() {
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            ctx.sampleData().loadIfFirstStart("tester");
            List<StoredEnterprise> before = ctx.enterprises().loadAll();
            CancelToken.Flag cancel = CancelToken.flag();
            ProgressListener cancelHalfWay = (done, total, message) -> {
                if (done > 0) {
                    cancel.cancel();
                }
            };
            assertThatThrownBy(() -> rewrite(ctx).run(this::newList, n -> { }, CLOCK.instant(), "tester",
                    cancelHalfWay, cancel)).isInstanceOf(CancelledException.class);
            assertThat(ctx.enterprises().loadAll()).isEqualTo(before);
            assertThat(rewriting()).doesNotExist();
        }
    }

    @Test
    void aCopyLeftByAKilledProcessIsThrownAwayAtTheNextStart() throws Exception {
        List<StoredEnterprise> before;
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            ctx.sampleData().loadIfFirstStart("tester");
            before = ctx.enterprises().loadAll();
        }
        // what a process killed while writing on the copy leaves: the copy, half written
        Files.createDirectories(rewriting());
        Files.copy(dir.resolve("db/hazedesk.mv.db"), rewriting().resolve("hazedesk.mv.db"));
        Files.writeString(rewriting().resolve("copy.zip"), "cut off");
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            assertThat(rewriting()).doesNotExist();
            assertThat(ctx.enterprises().loadAll()).isEqualTo(before);
            // and the next bulk write works
            assertThat(rewrite(ctx).run(this::newList, n -> { }, CLOCK.instant(), "tester", ProgressListener.NONE,
                    CancelToken.NONE)).isEqualTo(NEW_LIST.size());
        }
    }

    @Test
    void theCopyIsTakenOnlyOnceNoTransactionIsOpenSoItHoldsNoneHalfDone() throws Exception {
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            CountDownLatch begun = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            // another thread's transaction is open when the copy is asked for
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> ctx.transactions().inTransaction(() -> {
                ctx.auditLog().record(CLOCK.instant(), "other", "test.first", "x", cn.hazedesk.domain.audit.AuditDetail.NONE);
                begun.countDown();
                await(finish);
                ctx.auditLog().record(CLOCK.instant(), "other", "test.second", "x", cn.hazedesk.domain.audit.AuditDetail.NONE);
            }));
            assertThat(begun.await(10, TimeUnit.SECONDS)).isTrue();
            BulkWrites copies = new H2BulkWrites(ctx.store(), ctx.transactions());
            AtomicReference<BulkWrites.Bulk> copy = new AtomicReference<>();
            CompletableFuture<Void> taking = CompletableFuture.runAsync(() -> copy.set(copies.begin()));
            Thread.sleep(500);
            assertThat(taking).as("the copy waits for the open transaction").isNotDone();
            finish.countDown();
            other.get(10, TimeUnit.SECONDS);
            taking.get(30, TimeUnit.SECONDS);
            try (BulkWrites.Bulk c = copy.get()) {
                // the copy is used on the thread that took it in the app; here on this one, which is as good
                List<String> actions = c.run(() -> ctx.transactions().dsl().select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT)
                        .where(AUDIT_EVENT.ACTION.like("test.%")).orderBy(AUDIT_EVENT.ACTION).fetch(AUDIT_EVENT.ACTION));
                assertThat(actions).containsExactly("test.first", "test.second");
            }
            assertThat(rewriting()).doesNotExist();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ListRewrite rewrite(AppContext ctx) {
        return new ListRewrite(ctx.transactions(), ctx.enterprises(), new JooqListVersions(ctx.transactions()), ctx.changeLog(),
                new H2BulkWrites(ctx.store(), ctx.transactions()));
    }

    /** 1,200 enterprises with 2,400 lines: written in three batches. */
    private static final List<Enterprise> NEW_LIST = ListImportBenchmarkTest.generate(1_200, 2_400, 7);

    /** A new version holding {@link #NEW_LIST} in place of what is stored. */
    private ListRewrite.Plan<Integer> newList(List<StoredEnterprise> stored) {
        return new ListRewrite.Plan<>(List.of(), NEW_LIST, List.of(), NEW_LIST.size());
    }

    private static List<String> names(List<StoredEnterprise> stored) {
        return stored.stream().map(s -> s.enterprise().uscc() + s.enterprise().name()).sorted().toList();
    }
}
