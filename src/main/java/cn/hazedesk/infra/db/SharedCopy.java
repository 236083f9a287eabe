package cn.hazedesk.infra.db;

import cn.hazedesk.application.AuditIntegrityService;
import cn.hazedesk.domain.audit.AuditChain;
import cn.hazedesk.infra.db.generated.DefaultSchema;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultConnectionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Moving a data folder to shared mode: copies its H2 database into an empty PostgreSQL database, table by table in
 * one transaction, and commits only when the copy holds as many rows in every table as the folder and its audit
 * chain verifies to the same records and the same head code. The data folder is left as it was: its database file is
 * copied (while the folder's lock is held, so no HazeDesk writes to it meanwhile) and that copy is brought to this
 * program's schema and read. A target that holds HazeDesk data, or tables of anything else, is refused.
 */
public final class SharedCopy {
    private static final Logger LOG = LoggerFactory.getLogger(SharedCopy.class);
    /** Rows per INSERT statement. */
    private static final int ROWS = 500;
    /** Rows the migrations themselves write (the list's state, the audit chain's head), replaced by the folder's. */
    private static final Set<String> SEEDED = Set.of("list_state", "audit_head", "id_series", "shared_lock");

    /** Why the copy was refused or did not verify; {@code key} names the message, {@code argument} the culprit. */
    public static final class Refused extends cn.hazedesk.application.WordedProblem {
        public Refused(String key, String argument) {
            super(key, argument, null);
        }
    }

    /** What was copied: rows per table, and the audit chain as verified on the server. */
    public record Result(Map<String, Integer> rows, AuditChain.Verdict audit, String schemaVersion) {
        public int total() {
            return rows.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private SharedCopy() {
    }

    /**
     * Copies the H2 database of {@code dataFolder} into the PostgreSQL database {@code target} names.
     *
     * @throws Refused        the folder has no database of its own, or the target is not empty, or the copy did not
     *                        verify (then nothing was committed)
     * @throws StoreException the folder or the server cannot be used
     */
    public static Result copy(Path dataFolder, DatabaseSettings target, Clock clock) {
        Path dir = dataFolder.toAbsolutePath().normalize();
        if (Files.exists(dir.resolve(DatabaseSettings.FILE))) {
            throw new Refused("shared.copy.alreadyShared", dir.resolve(DatabaseSettings.FILE).toString());
        }
        Path dbFile = Store.databaseFile(dir);
        if (!Files.isRegularFile(dbFile)) {
            throw new Refused("shared.copy.noDatabase", dbFile.toString());
        }
        Path scratch = null;
        try (FolderLock lock = FolderLock.acquire(dir)) {
            scratch = Files.createTempDirectory("hazedesk-shared-copy");
            Files.createDirectories(scratch.resolve("db"));
            Files.copy(dbFile, Store.databaseFile(scratch));
            try (Store source = Store.open(scratch, clock, Optional.empty())) {
                return copy(source, target, cn.hazedesk.application.ProgressListener.NONE);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.UNWRITABLE, dir, e);
        } finally {
            if (scratch != null) {
                BackupFiles.deleteQuietly(scratch);
            }
        }
    }

    /**
     * As {@link #copy(Path, DatabaseSettings, Clock)} for the data folder this program has open ({@code store}, its
     * own H2 file): the file is copied while it is closed for a moment (other work waits), and that copy is read.
     * {@code progress} hears of each table copied.
     */
    public static Result copyOpen(Store store, DatabaseSettings target, Clock clock,
                                  cn.hazedesk.application.ProgressListener progress) {
        if (store.server().isPresent()) {
            throw new Refused("shared.copy.alreadyShared", store.dataFolder().resolve(DatabaseSettings.FILE).toString());
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("hazedesk-shared-copy");
            Files.createDirectories(scratch.resolve("db"));
            Path into = Store.databaseFile(scratch);
            store.withClosedFile(file -> Files.copy(file, into));
            try (Store source = Store.open(scratch, clock, Optional.empty())) {
                return copy(source, target, progress);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.UNWRITABLE, store.dataFolder(), e);
        } finally {
            if (scratch != null) {
                BackupFiles.deleteQuietly(scratch);
            }
        }
    }

    private static Result copy(Store source, DatabaseSettings target, cn.hazedesk.application.ProgressListener progress) {
        JdbcConnectionPool pool = PostgresPool.create(target);
        try {
            PostgresPool.probe(pool, target);
            List<Table<?>> tables = inOrder();
            refuseNonEmpty(pool, tables, target);
            org.flywaydb.core.Flyway flyway = Store.flyway(pool, List.of(Engine.POSTGRESQL.migrations()));
            flyway.migrate();
            String version = flyway.info().current().getVersion().getVersion();
            if (!version.equals(source.schemaVersion())) {
                throw new Refused("shared.copy.schema", source.schemaVersion() + " / " + version);
            }
            AuditChain.Verdict expected = verify(source.dsl());
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                try {
                    DSLContext pg = DSL.using(new DefaultConfiguration().set(new DefaultConnectionProvider(c))
                            .set(Engine.POSTGRESQL.dialect()).set(Engine.POSTGRESQL.settings()));
                    Map<String, Integer> rows = new LinkedHashMap<>();
                    for (Table<?> t : tables) {
                        progress.progress(rows.size(), tables.size() + 1, t.getName().toLowerCase(java.util.Locale.ROOT));
                        if (SEEDED.contains(t.getName().toLowerCase(java.util.Locale.ROOT))) {
                            pg.deleteFrom(t).execute();
                        }
                        rows.put(t.getName().toLowerCase(java.util.Locale.ROOT), copyTable(source.dsl(), pg, t));
                    }
                    restartIdentities(pg, tables);
                    for (Table<?> t : tables) {
                        int there = pg.fetchCount(t);
                        int here = source.dsl().fetchCount(t);
                        if (there != here) {
                            throw new Refused("shared.copy.count", t.getName().toLowerCase(java.util.Locale.ROOT)
                                    + " " + here + " → " + there);
                        }
                    }
                    progress.progress(tables.size(), tables.size() + 1, "audit");
                    AuditChain.Verdict copied = verify(pg);
                    if (copied.whole() != expected.whole() || copied.records() != expected.records()
                            || !copied.headCode().equals(expected.headCode())) {
                        throw new Refused("shared.copy.audit", copied.records() + " / " + expected.records());
                    }
                    c.commit();
                    LOG.info("Copied {} rows of {} tables to {}; audit chain {} records, whole: {}",
                            rows.values().stream().mapToInt(Integer::intValue).sum(), rows.size(), target.describe(),
                            copied.records(), copied.whole());
                    return new Result(rows, copied, version);
                } catch (RuntimeException | SQLException e) {
                    c.rollback();
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw PostgresPool.unreachable(target, e);
        } finally {
            pool.dispose();
        }
    }

    /** The audit chain's check, read through {@code d} (on the server: inside the copy's open transaction). */
    private static AuditChain.Verdict verify(DSLContext d) {
        JooqTransactions tx = new JooqTransactions(d);
        AuditIntegrityService integrity = new AuditIntegrityService(tx, new JooqAuditChainSource(tx));
        return tx.within(d, integrity::verify);
    }

    /** The schema's tables, each after the tables it refers to. */
    static List<Table<?>> inOrder() {
        Set<Table<?>> done = new LinkedHashSet<>();
        for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            visit(t, done, new LinkedHashSet<>());
        }
        return new ArrayList<>(done);
    }

    private static void visit(Table<?> t, Set<Table<?>> done, Set<Table<?>> path) {
        if (done.contains(t) || !path.add(t)) {
            return;
        }
        for (ForeignKey<?, ?> fk : t.getReferences()) {
            Table<?> parent = fk.getKey().getTable();
            if (!parent.equals(t)) {
                visit(parent, done, path);
            }
        }
        done.add(t);
    }

    /** Refuses a database that holds HazeDesk's data or tables of something else (nothing is written to it). */
    private static void refuseNonEmpty(JdbcConnectionPool pool, List<Table<?>> tables, DatabaseSettings target)
            throws SQLException {
        try (Connection c = pool.getConnection()) {
            DSLContext pg = DSL.using(c, Engine.POSTGRESQL.dialect(), Engine.POSTGRESQL.settings());
            Set<String> ours = new LinkedHashSet<>();
            tables.forEach(t -> ours.add(t.getName().toLowerCase(java.util.Locale.ROOT)));
            ours.add("flyway_schema_history");
            List<String> present = pg.fetch("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
                    .getValues(0, String.class);
            for (String name : present) {
                if (!ours.contains(name)) {
                    throw new Refused("shared.copy.notEmpty", target.describe() + ": " + name);
                }
            }
            for (Table<?> t : tables) {
                String name = t.getName().toLowerCase(java.util.Locale.ROOT);
                if (present.contains(name) && !SEEDED.contains(name) && pg.fetchCount(t) > 0) {
                    throw new Refused("shared.copy.notEmpty", target.describe() + ": " + name);
                }
            }
        }
    }

    private static int copyTable(DSLContext from, DSLContext to, Table<?> t) {
        Field<?>[] fields = t.fields();
        int n = 0;
        try (Cursor<? extends Record> rows = from.selectFrom(t).orderBy(t.getPrimaryKey() == null ? List.of()
                : t.getPrimaryKey().getFields().stream().map(f -> (org.jooq.OrderField<?>) f).toList()).fetchLazy()) {
            InsertValuesStepN<?> insert = null;
            int pending = 0;
            while (rows.hasNext()) {
                Record r = rows.fetchNext();
                if (insert == null) {
                    insert = to.insertInto(t).columns(fields);
                }
                Object[] values = new Object[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    values[i] = r.get(fields[i]);
                }
                insert = insert.values(values);
                n++;
                if (++pending == ROWS) {
                    insert.execute();
                    insert = null;
                    pending = 0;
                }
            }
            if (insert != null) {
                insert.execute();
            }
        }
        return n;
    }

    /** Identity columns go on after the highest id copied, so the server's next rows take new ids. */
    private static void restartIdentities(DSLContext pg, List<Table<?>> tables) {
        for (Table<?> t : tables) {
            if (t.getIdentity() != null) {
                String table = t.getName().toLowerCase(java.util.Locale.ROOT);
                String column = t.getIdentity().getField().getName().toLowerCase(java.util.Locale.ROOT);
                pg.fetch("SELECT setval(pg_get_serial_sequence(?, ?), COALESCE((SELECT MAX(" + column + ") FROM " + table
                        + "), 0) + 1, false)", table, column);
            }
        }
    }
}
