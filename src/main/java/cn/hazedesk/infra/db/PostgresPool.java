package cn.hazedesk.infra.db;

import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Connections to shared mode's PostgreSQL server: the driver's pooled data source behind the same small pool (H2's
 * {@link JdbcConnectionPool}, which takes any {@code ConnectionPoolDataSource}) and the same {@link ConnectionGate}
 * as the H2 file, so the store hands out connections one way for both engines.
 */
final class PostgresPool {
    /** Seconds to wait for the server before saying it cannot be reached. */
    private static final int CONNECT_TIMEOUT_S = 10;
    /**
     * Seconds one read from the server may wait before the connection counts as lost: without it a seat whose network
     * went away mid-statement would wait for the operating system's TCP timeout (many minutes). Longer than any
     * single statement HazeDesk runs (a 50,000-line import's largest takes seconds).
     */
    private static final int SOCKET_TIMEOUT_S = 120;

    private PostgresPool() {
    }

    static JdbcConnectionPool create(DatabaseSettings settings) {
        PGConnectionPoolDataSource ds = new PGConnectionPoolDataSource();
        ds.setURL(settings.url());
        ds.setUser(settings.user());
        ds.setPassword(settings.resolvePassword());
        settings.sslmode().ifPresent(ds::setSslMode);
        ds.setConnectTimeout(CONNECT_TIMEOUT_S);
        ds.setSocketTimeout(SOCKET_TIMEOUT_S);
        ds.setTcpKeepAlive(true);
        ds.setApplicationName("HazeDesk");
        JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
        pool.setMaxConnections(10);
        return pool;
    }

    /** Opens one connection so that an unreachable server or a refused user is reported before anything else. */
    static void probe(JdbcConnectionPool pool, DatabaseSettings settings) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        } catch (SQLException e) {
            throw unreachable(settings, e);
        }
    }

    /** The server cannot be used: named, with the driver's reason (wrong password, no such database, TLS refused). */
    static StoreException unreachable(DatabaseSettings settings, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
            root = root.getCause();
        }
        return new StoreException(StoreException.Problem.SERVER_UNREACHABLE, Path.of(DatabaseSettings.FILE), e,
                settings.describe() + ": " + root.getMessage());
    }
}
