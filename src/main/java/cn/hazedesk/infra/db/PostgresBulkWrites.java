package cn.hazedesk.infra.db;

import cn.hazedesk.application.port.BulkWrites;
import org.jooq.DSLContext;
import org.jooq.impl.DefaultConnectionProvider;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Bulk writes on shared mode's PostgreSQL server: one transaction on the live database, on a connection of its own,
 * committed at the commit point or rolled back. PostgreSQL keeps nothing of a transaction that was not committed
 * (a killed process's open transaction is rolled back by the server), so no copy is needed; other seats see the old
 * list until the commit and the new one after it.
 */
final class PostgresBulkWrites implements BulkWrites {
    private final javax.sql.DataSource connections;
    private final DSLContext root;
    private final JooqTransactions tx;
    private final java.util.function.UnaryOperator<RuntimeException> errors;

    /** {@code errors}: the store's wording of failures (a lost server connection among them). */
    PostgresBulkWrites(javax.sql.DataSource connections, DSLContext root, JooqTransactions tx,
                       java.util.function.UnaryOperator<RuntimeException> errors) {
        this.connections = connections;
        this.root = root;
        this.tx = tx;
        this.errors = errors;
    }

    @Override
    public Bulk begin() {
        Connection c;
        try {
            c = connections.getConnection();
            c.setAutoCommit(false);
        } catch (SQLException e) {
            throw errors.apply(new IllegalStateException(e.getMessage(), e));
        }
        DSLContext open = root.configuration().derive(new DefaultConnectionProvider(c)).dsl();
        return new Bulk() {
            private boolean done;

            @Override
            public <T> T run(Supplier<T> work) {
                if (done) {
                    throw new IllegalStateException("the bulk write is over");
                }
                return tx.within(open, work);
            }

            @Override
            public boolean commit() {
                done = true;
                try {
                    c.commit();
                    return true;
                } catch (SQLException e) {
                    throw errors.apply(new IllegalStateException("commit failed: " + e.getMessage(), e));
                } finally {
                    release();
                }
            }

            @Override
            public void close() {
                if (!done) {
                    done = true;
                    try {
                        c.rollback();
                    } catch (SQLException e) {
                        org.slf4j.LoggerFactory.getLogger(PostgresBulkWrites.class).warn("Rollback reported {}", e.toString());
                    } finally {
                        release();
                    }
                }
            }

            private void release() {
                try {
                    c.setAutoCommit(true);
                    c.close();
                } catch (SQLException e) {
                    org.slf4j.LoggerFactory.getLogger(PostgresBulkWrites.class).debug("Closing reported {}", e.toString());
                }
            }
        };
    }
}
