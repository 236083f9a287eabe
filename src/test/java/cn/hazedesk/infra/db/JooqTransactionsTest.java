package cn.hazedesk.infra.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import static cn.hazedesk.infra.db.generated.Tables.APP_META;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqTransactionsTest {
    @TempDir
    Path dir;

    @Test
    void aFailureRollsBackEveryWriteOfTheTransaction() {
        try (Store store = Store.open(dir, Clock.systemUTC())) {
            JooqTransactions tx = new JooqTransactions(store.dsl());
            JooqMetaStore meta = new JooqMetaStore(tx);
            assertThatThrownBy(() -> tx.inTransaction(() -> {
                meta.put("a", "1");
                tx.inTransaction(() -> meta.put("b", "2")); // nested: joins the outer transaction
                throw new IllegalStateException("step three fails");
            })).hasMessage("step three fails");
            assertThat(meta.get("a")).isEmpty();
            assertThat(meta.get("b")).isEmpty();
            tx.inTransaction(() -> meta.put("a", "1"));
            assertThat(store.dsl().fetchCount(APP_META)).isEqualTo(1);
        }
    }

    @Test
    void databaseWorkOnTheJavaFxThreadIsRefused() throws InterruptedException {
        try (Store store = Store.open(dir, Clock.systemUTC())) {
            JooqTransactions tx = new JooqTransactions(store.dsl());
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread fx = new Thread(() -> {
                try {
                    new JooqMetaStore(tx).get("x");
                } catch (Throwable t) {
                    failure.set(t);
                }
            }, "JavaFX Application Thread");
            fx.start();
            fx.join();
            assertThat(failure.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("TaskRunner");
            assertThat(new JooqMetaStore(tx).get("x")).isEmpty(); // any other thread may
        }
    }
}
