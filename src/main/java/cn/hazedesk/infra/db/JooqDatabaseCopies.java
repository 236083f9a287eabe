package cn.hazedesk.infra.db;

import cn.hazedesk.application.port.DatabaseCopies;

import java.util.function.Supplier;

/** Copies of the store's H2 database in {@code db/rewriting/} ({@link Store#copyAside}, {@link Store#replaceWith}). */
public final class JooqDatabaseCopies implements DatabaseCopies {
    private final Store store;
    private final JooqTransactions tx;

    public JooqDatabaseCopies(Store store, JooqTransactions tx) {
        this.store = store;
        this.tx = tx;
    }

    @Override
    public Copy copy() {
        StoreCopy copy = store.copyAside();
        return new Copy() {
            private boolean done;

            @Override
            public <T> T run(Supplier<T> work) {
                if (done) {
                    throw new IllegalStateException("the copy is closed");
                }
                return tx.elsewhere(copy.dsl(), work);
            }

            @Override
            public boolean replaceTheDatabase() {
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
