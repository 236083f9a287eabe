package cn.hazedesk.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL of a test's own (not the suite's shared {@link PostgresServer}), which the test may stop and start
 * again on the same port and data directory, as a server restarted or gone during a seat's session. HazeDesk connects
 * as {@link PostgresServer#USER}, without superuser rights; the test acts as the server's superuser.
 */
public final class StoppablePostgres implements AutoCloseable {
    private final Path data;
    private final int port;
    private EmbeddedPostgres server;

    private StoppablePostgres(Path data, int port, EmbeddedPostgres server) {
        this.data = data;
        this.port = port;
        this.server = server;
    }

    /** A new server with its data in {@code data}, the role HazeDesk connects as, and one empty database {@code db}. */
    public static StoppablePostgres start(Path data, String db) {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
            StoppablePostgres s = new StoppablePostgres(data, pg.getPort(), pg);
            s.admin("postgres", "CREATE ROLE " + PostgresServer.USER + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '"
                    + PostgresServer.PASSWORD + "'");
            s.admin("postgres", "CREATE DATABASE " + db + " OWNER " + PostgresServer.USER);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server (fast shutdown: open sessions are ended, their open transactions rolled back). */
    public void stop() {
        try {
            server.close();
            server = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the stopped server again on the same data and port. */
    public void restart() {
        try {
            server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String db) {
        return "jdbc:postgresql://localhost:" + port + "/" + db;
    }

    /** Makes {@code dataFolder} a shared-mode data folder on database {@code db} of this server. */
    public void useIn(Path dataFolder, String db) {
        try {
            Files.createDirectories(dataFolder);
            Files.writeString(dataFolder.resolve("database.properties"), "url=" + url(db) + "\nuser=" + PostgresServer.USER
                    + "\npassword=" + PostgresServer.PASSWORD + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A connection as the superuser to database {@code db}. */
    public Connection superuser(String db) throws SQLException {
        return server.getDatabase("postgres", db).getConnection();
    }

    /** Runs {@code sql} as the superuser in database {@code db}. */
    public void admin(String db, String sql) {
        try (Connection c = superuser(db); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Ends every session HazeDesk's role has open on the server (as a network cut or a restart would); returns how many. */
    public int terminateSeats() {
        try (Connection c = superuser("postgres"); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = '"
                     + PostgresServer.USER + "'")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            stop();
        }
    }
}
