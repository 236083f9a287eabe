package cn.hazedesk.infra.db;

import cn.hazedesk.application.port.Transactions;
import org.jooq.DSLContext;

import java.util.function.Supplier;

/**
 * jOOQ transactions bound to the calling thread: repositories ask {@link #dsl()} for the context of the
 * transaction in progress (or the plain one outside a transaction).
 */
public final class JooqTransactions implements Transactions {
    static final String UI_THREAD = "JavaFX Application Thread";
    private final DSLContext root;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();
    /** Another database this thread's work goes to for now (a copy being written, see {@link #elsewhere}). */
    private final ThreadLocal<DSLContext> other = new ThreadLocal<>();

    /** How a failure is told: a full disk or closed database, or (shared mode) a lost server connection. */
    private final java.util.function.UnaryOperator<RuntimeException> errors;

    public JooqTransactions(DSLContext root) {
        this(root, e -> StorageErrors.translate(e, null));
    }

    /** {@code errors}: the store's wording of failures ({@link Store#translate}). */
    public JooqTransactions(DSLContext root, java.util.function.UnaryOperator<RuntimeException> errors) {
        this.root = root;
        this.errors = errors;
    }

    public DSLContext dsl() {
        refuseUiThread();
        DSLContext c = current.get();
        return c != null ? c : base();
    }

    private DSLContext base() {
        DSLContext o = other.get();
        return o != null ? o : root;
    }

    /**
     * Runs {@code work} with every repository on this thread reading and writing {@code database} instead (a copy
     * of the database that a bulk write builds before it replaces the database); other threads are not affected.
     */
    public <T> T elsewhere(DSLContext database, Supplier<T> work) {
        if (current.get() != null || other.get() != null) {
            throw new IllegalStateException("already inside a transaction or on another database");
        }
        other.set(database);
        try {
            return work.get();
        } finally {
            other.remove();
        }
    }

    /**
     * Runs {@code work} on this thread inside the transaction {@code open} (a bulk write's own transaction on the
     * server, committed or rolled back by its owner): the transactions {@code work} asks for are part of it.
     */
    public <T> T within(DSLContext open, Supplier<T> work) {
        if (current.get() != null || other.get() != null) {
            throw new IllegalStateException("already inside a transaction or on another database");
        }
        current.set(open);
        try {
            return work.get();
        } finally {
            current.remove();
        }
    }

    /**
     * Runs {@code work} in a short transaction of its own, committed when it returns, while the caller's may still be
     * open — on the shared server only (a seat's id block must be seen by other seats at once, see
     * {@link SharedLocks#ids}). On the H2 file, one seat's, or on a copy being written, it runs in the caller's
     * transaction: a second connection to the file could wait for the caller's own.
     */
    <T> T ownTransaction(java.util.function.Function<DSLContext, T> work) {
        if (other.get() != null || root.dialect().family() != org.jooq.SQLDialect.POSTGRES) {
            return inTransaction(() -> work.apply(dsl()));
        }
        refuseUiThread();
        try {
            return root.transactionResult(cfg -> work.apply(cfg.dsl()));
        } catch (RuntimeException e) {
            throw errors.apply(e); // a lost server is worded as such here too
        }
    }

    /**
     * Database work on the JavaFX thread would freeze the window; it must go through the UI's task runner.
     * (The thread is recognised by name, so this layer needs no JavaFX class.)
     */
    private static void refuseUiThread() {
        if (UI_THREAD.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("database work on the JavaFX thread: run it through the TaskRunner");
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        refuseUiThread();
        if (current.get() != null) {
            return work.get();
        }
        try {
            return base().transactionResult(cfg -> {
                current.set(cfg.dsl());
                try {
                    return work.get();
                } finally {
                    current.remove();
                }
            });
        } catch (RuntimeException e) {
            // a commit that failed on a full disk (or the like) is told as such, like a failed statement
            throw errors.apply(e);
        }
    }
}
