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
        PGConnectionPoolDataSource ds = configured(new PGConnectionPoolDataSource(), settings, SOCKET_TIMEOUT_S, "HazeDesk");
        JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
        pool.setMaxConnections(10);
        return pool;
    }

    /**
     * The connection a seat listens on for other seats' changes ({@link PostgresChangeFeed}): its own, outside the
     * pool, kept alive by TCP keepalive; a read that waits longer than {@link #LISTENER_SOCKET_TIMEOUT_S} fails, so a
     * silently dropped network is found out.
     */
    static Connection listenerConnection(DatabaseSettings settings) throws SQLException {
        org.postgresql.ds.PGSimpleDataSource ds = configured(new org.postgresql.ds.PGSimpleDataSource(), settings,
                LISTENER_SOCKET_TIMEOUT_S, LISTENER_NAME);
        return ds.getConnection();
    }

    /** {@code ds} set up for the server {@code settings} name, as every connection of a seat is. */
    private static <D extends org.postgresql.ds.common.BaseDataSource> D configured(D ds, DatabaseSettings settings,
                                                                                   int socketTimeoutS, String name) {
        ds.setURL(settings.url());
        ds.setUser(settings.user());
        String password = settings.resolvePassword();
        if (!password.isEmpty()) { // none at all: the driver says the server asked for one, not a network failure
            ds.setPassword(password);
        }
        settings.sslmode().ifPresent(ds::setSslMode);
        ds.setConnectTimeout(CONNECT_TIMEOUT_S);
        ds.setSocketTimeout(socketTimeoutS);
        ds.setTcpKeepAlive(true);
        ds.setApplicationName(name);
        return ds;
    }

    /** The application name of the listening connection, as the server lists it (pg_stat_activity). */
    static final String LISTENER_NAME = "HazeDesk listener";
    private static final int LISTENER_SOCKET_TIMEOUT_S = 20;

    /** Opens one connection so that an unreachable server or a refused user is reported before anything else. */
    static void probe(JdbcConnectionPool pool, DatabaseSettings settings) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        } catch (SQLException e) {
            throw unreachable(settings, e);
        }
    }

    /**
     * The server cannot be used: named (host, port, database; never the password), with the reason read from the
     * driver's failure (unreachable, wrong password, TLS, no such database, not allowed, no rights); the driver's own
     * words go to the log.
     */
    static StoreException unreachable(DatabaseSettings settings, Throwable e) {
        cn.hazedesk.application.ServerCheck.Outcome why = ServerProbe.confirmed(ServerFailures.classify(e, settings.tlsAsked()),
                settings);
        org.slf4j.LoggerFactory.getLogger(PostgresPool.class).warn("The server {} cannot be used: {} ({})",
                settings.describe(), why, ServerFailures.driverWords(e));
        return new StoreException(StoreException.Problem.SERVER_UNREACHABLE, Path.of(DatabaseSettings.FILE), e,
                settings.server(), why);
    }
}
