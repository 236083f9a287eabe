package cn.hazedesk.infra.db;

import cn.hazedesk.application.ServerCheck;
import cn.hazedesk.application.ServerCheck.Outcome;
import cn.hazedesk.application.ServerChoice;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 测试连接: connects to a PostgreSQL server as the settings would, and says what happened — connected (the server's
 * version, whether the connection is encrypted, and whether the database is empty, HazeDesk's or another program's,
 * and whether the user may work in it) or why not ({@link ServerFailures}). Nothing is written to the server.
 */
public final class ServerProbe {
    private static final Logger LOG = LoggerFactory.getLogger(ServerProbe.class);
    static final String HISTORY = "flyway_schema_history";

    private ServerProbe() {
    }

    /** The settings a choice stands for (sslmode {@code require} or {@code disable}; the password given). */
    public static DatabaseSettings settings(ServerChoice choice) {
        return new DatabaseSettings(choice.url(), choice.user(), Optional.of(choice.password()), Optional.empty(),
                Optional.of(choice.sslmode()));
    }

    public static ServerCheck check(ServerChoice choice) {
        DatabaseSettings settings = settings(choice);
        JdbcConnectionPool pool = PostgresPool.create(settings);
        try {
            String version;
            boolean encrypted;
            Outcome content;
            try (Connection c = pool.getConnection()) {
                version = c.getMetaData().getDatabaseProductVersion();
                encrypted = encrypted(c);
                content = inspect(c);
            }
            String schema = "";
            if (content == Outcome.HAZEDESK) {
                MigrationInfoService info = Store.flyway(pool, List.of(Engine.POSTGRESQL.migrations())).info();
                MigrationInfo current = info.current();
                schema = current == null ? "" : current.getVersion().getVersion();
                if (newer(info)) {
                    content = Outcome.NEWER_SCHEMA;
                }
            }
            LOG.info("Connection test {}: {} (PostgreSQL {}, TLS {}, schema {})", choice, content, version, encrypted, schema);
            return new ServerCheck(choice, content, version, encrypted, schema, "");
        } catch (SQLException | RuntimeException e) {
            Outcome why = confirmed(ServerFailures.classify(e, choice.tlsRequired()), settings);
            String words = ServerFailures.driverWords(e);
            LOG.info("Connection test {}: {} ({})", choice, why, words);
            return ServerCheck.failed(choice, why, words);
        } finally {
            pool.dispose();
        }
    }

    /**
     * A refusal of an unencrypted connection by the server's access rules reads the same whether the server wants TLS
     * or does not let this computer in at all; one connection with TLS tells them apart (it gets past the rules, or
     * is refused again). Other outcomes are returned as they are.
     */
    static Outcome confirmed(Outcome why, DatabaseSettings settings) {
        if (why != Outcome.TLS_REQUIRED) {
            return why;
        }
        DatabaseSettings withTls = new DatabaseSettings(settings.url(), settings.user(),
                Optional.of(settings.resolvePassword()), Optional.empty(), Optional.of("require"));
        JdbcConnectionPool pool = PostgresPool.create(withTls);
        try (Connection c = pool.getConnection()) {
            return Outcome.TLS_REQUIRED;
        } catch (SQLException | RuntimeException e) {
            Outcome again = ServerFailures.classify(e, true);
            return again == Outcome.WRONG_PASSWORD || again == Outcome.DATABASE_MISSING || again == Outcome.NO_RIGHTS
                    ? Outcome.TLS_REQUIRED : Outcome.NOT_ALLOWED;
        } finally {
            pool.dispose();
        }
    }

    /**
     * What the database holds for HazeDesk, seen through {@code c}: EMPTY (no tables, and the user may create them),
     * HAZEDESK (its schema history and tables, which the user may read and write), FOREIGN (tables of anything else)
     * or NO_RIGHTS (HazeDesk's or no tables, but the user may not work there).
     */
    static Outcome inspect(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        String schema;
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT current_schema()")) {
                r.next();
                schema = r.getString(1);
            }
            if (schema == null) {
                return Outcome.NO_RIGHTS; // no schema to work in (search_path names none the user may use)
            }
            // pg_class, not information_schema: that one lists only tables the user has rights on
            try (ResultSet r = s.executeQuery("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')")) {
                while (r.next()) {
                    tables.add(r.getString(1).toLowerCase(Locale.ROOT));
                }
            }
            if (tables.isEmpty()) {
                return yes(s, "SELECT has_schema_privilege(current_schema(), 'CREATE')") ? Outcome.EMPTY : Outcome.NO_RIGHTS;
            }
            Set<String> ours = SharedCopy.inOrder().stream().map(t -> t.getName().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
            if (!tables.contains(HISTORY) || !tables.contains("enterprise")) {
                return Outcome.FOREIGN;
            }
            for (String t : tables) {
                if (!t.equals(HISTORY) && ours.contains(t)
                        && !yes(s, "SELECT has_table_privilege(current_schema() || '.' || '" + t + "', 'SELECT,INSERT,UPDATE,DELETE')")) {
                    return Outcome.NO_RIGHTS;
                }
            }
            return Outcome.HAZEDESK;
        }
    }

    /** Whether the schema history names migrations this program does not know (a newer HazeDesk wrote it). */
    static boolean newer(MigrationInfoService info) {
        return Arrays.stream(info.all()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
    }

    private static boolean encrypted(Connection c) {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            return r.next() && r.getBoolean(1);
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean yes(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() && r.getBoolean(1);
        }
    }
}
