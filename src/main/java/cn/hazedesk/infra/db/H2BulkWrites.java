package cn.hazedesk.infra.db;

import cn.hazedesk.application.port.BulkWrites;

import java.util.function.Supplier;

/**
 * Bulk writes on the data folder's H2 file: done on a copy of the database in {@code db/rewriting/}
 * ({@link Store#copyAside}) that replaces the file in one atomic rename ({@link Store#replaceWith}).
 */
public final class H2BulkWrites implements BulkWrites {
    private final Store store;
    private final JooqTransactions tx;

    public H2BulkWrites(Store store, JooqTransactions tx) {
        this.store = store;
        this.tx = tx;
    }

    @Override
    public Bulk begin() {
        StoreCopy copy = store.copyAside();
        return new Bulk() {
            private boolean done;

            @Override
            public <T> T run(Supplier<T> work) {
                if (done) {
                    throw new IllegalStateException("the copy is closed");
                }
                return tx.elsewhere(copy.dsl(), work);
            }

            @Override
            public boolean commit() {
                done = true;
                return store.replaceWith(copy);
            }

            @Override
            public void close() {
                if (!done) {
                    done = true;
                    store.discard(copy);
                }
            }
        };
    }
}
