package cn.hazedesk.infra.db;

import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A copy of the database in {@code db/rewriting/}, open for a bulk write that must not run in the file in use (see
 * {@link Store#copyAside}). Nobody reads it; it replaces the database ({@link Store#replaceWith}) or is thrown away.
 */
public final class StoreCopy {
    private final Path folder;
    private final long writesWhenTaken;
    private JdbcConnectionPool pool;
    private final DSLContext dsl;

    private StoreCopy(Path folder, long writesWhenTaken, JdbcConnectionPool pool, Path databaseFile) {
        this.folder = folder;
        this.writesWhenTaken = writesWhenTaken;
        this.pool = pool;
        // a full disk while writing the copy is told as one while writing the database
        this.dsl = DSL.using(new DefaultConfiguration().set(pool).set(SQLDialect.H2)
                .set(new DefaultExecuteListenerProvider(new StorageErrorListener(databaseFile))));
    }

    static StoreCopy open(Path folder, long writesWhenTaken, Path databaseFile) {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + folder.resolve(Store.DB_NAME).toAbsolutePath()
                + ";IFEXISTS=TRUE", "sa", "");
        return new StoreCopy(folder, writesWhenTaken, pool, databaseFile);
    }

    /** The copy, for repositories that write to it (see {@code JooqTransactions#elsewhere}). */
    public DSLContext dsl() {
        return dsl;
    }

    /** What the copy holds now: its schema and its current list's counts (before it is closed). */
    BackupFiles.Check count() {
        var d = dsl;
        var current0 = org.flywaydb.core.Flyway.configure().dataSource(pool).locations(Engine.H2.migrations()).load().info().current();
        String schema = current0 == null ? "" : current0.getVersion().getVersion();
        String current = " WHERE e.list_version = (SELECT current_version FROM list_state WHERE id = 1)";
        int enterprises = ((Number) d.fetchValue("SELECT COUNT(*) FROM enterprise e" + current)).intValue();
        int lines = ((Number) d.fetchValue("SELECT COUNT(*) FROM production_line l JOIN enterprise e ON l.enterprise_id = e.id"
                + current)).intValue();
        return new BackupFiles.Check(cn.hazedesk.application.BackupInfo.Status.USABLE, schema, enterprises, lines, "");
    }

    Path folder() {
        return folder;
    }

    long writesWhenTaken() {
        return writesWhenTaken;
    }

    /**
     * Closes the copy for good, compacting it (what the bulk write deleted takes no room in the file that replaces
     * the database); returns its file. Does nothing the second time.
     */
    Path closeForGood() {
        return close("SHUTDOWN COMPACT");
    }

    /** Closes the copy without writing anything more to it: it is about to be deleted. */
    void abandon() {
        close("SHUTDOWN IMMEDIATELY");
    }

    private synchronized Path close(String shutdown) {
        if (pool != null) {
            JdbcConnectionPool p = pool;
            pool = null;
            try (Connection c = p.getConnection(); Statement s = c.createStatement()) {
                s.execute(shutdown);
            } catch (SQLException e) {
                throw StorageErrors.translate(new IllegalStateException("closing the copy failed: " + e.getMessage(), e), folder);
            } finally {
                p.dispose();
            }
        }
        return folder.resolve(BackupFiles.ENTRY);
    }
}
