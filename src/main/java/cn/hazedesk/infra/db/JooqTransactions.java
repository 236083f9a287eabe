package cn.hazedesk.infra.db;

import cn.hazedesk.application.port.Transactions;
import org.jooq.DSLContext;

import java.util.function.Supplier;

/**
 * jOOQ transactions bound to the calling thread: repositories ask {@link #dsl()} for the context of the
 * transaction in progress (or the plain one outside a transaction).
 */
public final class JooqTransactions implements Transactions {
    private final DSLContext root;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

    public JooqTransactions(DSLContext root) {
        this.root = root;
    }

    public DSLContext dsl() {
        DSLContext c = current.get();
        return c != null ? c : root;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        return root.transactionResult(cfg -> {
            current.set(cfg.dsl());
            try {
                return work.get();
            } finally {
                current.remove();
            }
        });
    }
}
