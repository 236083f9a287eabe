package cn.hazedesk.infra.db;

import org.h2.jdbcx.JdbcConnectionPool;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * The way to the open database: hands out the pool's connections and knows how many are in use, so that a step
 * which needs the database to itself can wait until no transaction is open and let none begin meanwhile
 * ({@link #alone}): then the database can be closed for a moment (to copy or back up its file) or closed and
 * replaced by another file, and opened again with a new pool ({@link #replace}), other threads noticing nothing but
 * a short wait.
 */
final class ConnectionGate implements DataSource {
    /** How long {@link #alone} waits for the connections in use to come back before giving up. */
    private static final long WAIT_MS = 120_000;
    /** Seconds a pooled server connection has to answer its check before it counts as dead. */
    private static final int VALID_S = 3;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<Thread, Integer> holders = new HashMap<>();
    private JdbcConnectionPool pool;
    private int inUse;
    private Thread alone;
    /** Shared mode: a new pool of the server's connections, for when the pooled ones died; null for the H2 file. */
    private final java.util.function.Supplier<JdbcConnectionPool> renew;

    ConnectionGate(JdbcConnectionPool pool) {
        this(pool, null);
    }

    /**
     * A gate to a server (shared mode): every connection is checked before it is handed out, and when it is dead (the
     * server was restarted, the network was down) the whole pool, whose other connections died with it, is given up
     * for a new one from {@code renew} (H2's pool keeps a broken connection like any other), so the first action
     * after the server is back works instead of failing on an old connection.
     */
    ConnectionGate(JdbcConnectionPool pool, java.util.function.Supplier<JdbcConnectionPool> renew) {
        this.pool = pool;
        this.renew = renew;
    }

    /** Work done with the database to oneself, given the pool (to use, shut down, or replace). */
    @FunctionalInterface
    interface Alone<T> {
        T run(JdbcConnectionPool pool) throws SQLException, java.io.IOException;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Thread me = Thread.currentThread();
        JdbcConnectionPool p;
        lock.lock();
        try {
            while (alone != null && alone != me) {
                changed.awaitUninterruptibly();
            }
            inUse++;
            holders.merge(me, 1, Integer::sum);
            p = pool;
        } finally {
            lock.unlock();
        }
        try {
            Connection c = checkedOut(p);
            if (renew != null && (c == null || !alive(c))) {
                if (c != null) {
                    c.close(); // back into the pool given up below, which closes it
                }
                c = renewed(p).getConnection();
            }
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                    new Handed(c, me));
        } catch (SQLException | RuntimeException e) {
            giveBack(me);
            throw e;
        }
    }

    /**
     * A connection of {@code p}; with a server, null when the pooled connection it took was found closed on the way
     * out (the driver refuses to hand out one whose session broke in a transaction), so the pool is renewed.
     */
    private Connection checkedOut(JdbcConnectionPool p) throws SQLException {
        try {
            return p.getConnection();
        } catch (SQLException e) {
            if (renew != null && StorageErrors.isConnectionLoss(e)) {
                return null;
            }
            throw e;
        }
    }

    /** Whether a pooled connection to the server still answers (one round trip; a dead socket fails at once). */
    private static boolean alive(Connection c) {
        try {
            return c.isValid(VALID_S);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The pool in use after {@code dead} was found to hold dead connections: a new one, unless another thread made it. */
    private JdbcConnectionPool renewed(JdbcConnectionPool dead) {
        JdbcConnectionPool now;
        lock.lock();
        try {
            if (pool == dead) {
                pool = renew.get();
            }
            now = pool;
        } finally {
            lock.unlock();
        }
        if (now != dead) {
            dead.dispose(); // closes its idle connections; those in use are closed when given back
        }
        return now;
    }

    private void giveBack(Thread holder) {
        lock.lock();
        try {
            inUse--;
            holders.computeIfPresent(holder, (t, n) -> n == 1 ? null : n - 1);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} once no connection is in use (so no transaction is open), while every other thread that
     * asks for a connection waits. Refused on a thread that holds a connection itself (it would wait for itself).
     *
     * @throws IllegalStateException when the connections in use did not come back within two minutes
     */
    <T> T alone(Alone<T> work) throws SQLException, java.io.IOException {
        Thread me = Thread.currentThread();
        JdbcConnectionPool p;
        lock.lock();
        try {
            if (holders.containsKey(me)) {
                throw new IllegalStateException("the database cannot be had alone inside a transaction");
            }
            while (alone != null) {
                changed.awaitUninterruptibly();
            }
            alone = me;
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
            while (inUse > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !awaitNanos(left)) {
                    alone = null;
                    changed.signalAll();
                    throw new IllegalStateException("the database stayed in use for " + WAIT_MS / 1000 + " s");
                }
            }
            p = pool;
        } finally {
            lock.unlock();
        }
        try {
            return work.run(p);
        } finally {
            lock.lock();
            try {
                alone = null;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private boolean awaitNanos(long nanos) {
        try {
            return changed.awaitNanos(nanos) > 0 || inUse == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The pool in use from now on; only inside {@link #alone}, by its thread. */
    void replace(JdbcConnectionPool next) {
        lock.lock();
        try {
            if (alone != Thread.currentThread()) {
                throw new IllegalStateException("the pool is replaced only by the thread that has the database alone");
            }
            pool = next;
        } finally {
            lock.unlock();
        }
    }

    /** The pool now (to close it at the end). */
    JdbcConnectionPool pool() {
        lock.lock();
        try {
            return pool;
        } finally {
            lock.unlock();
        }
    }

    /** A connection that tells the gate when it is closed (given back to the pool). */
    private final class Handed implements InvocationHandler {
        private final Connection target;
        private final Thread holder;
        private boolean closed;

        Handed(Connection target, Thread holder) {
            this.target = target;
            this.holder = holder;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("close") && method.getParameterCount() == 0) {
                if (!closed) {
                    closed = true;
                    try {
                        target.close();
                    } finally {
                        giveBack(holder);
                    }
                }
                return null;
            }
            if (name.equals("isClosed") && method.getParameterCount() == 0 && closed) {
                return true;
            }
            if (name.equals("equals") && method.getParameterCount() == 1) {
                return proxy == args[0];
            }
            if (name.equals("hashCode") && method.getParameterCount() == 0) {
                return System.identityHashCode(proxy);
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the store's connections have no other user");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no log writer
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the pool's own
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
