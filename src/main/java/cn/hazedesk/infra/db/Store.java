package cn.hazedesk.infra.db;

import cn.hazedesk.application.BackupInfo;
import cn.hazedesk.application.SharedModeException;
import cn.hazedesk.application.StorageFailure;
import cn.hazedesk.application.port.StoreInfo;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded H2 database in one data folder. Opening it: make sure the folder is usable, take the folder's
 * lock (one HazeDesk per folder), open the file, refuse a schema newer than this program, and bring the schema up to
 * date. The migrations in db/migration are the only description of the schema.
 * <p>No bulk write runs in the database file in use. H2 does not undo reliably what a killed process left half
 * done: when it wrote part of a transaction to the file before the kill, the next start may keep that part as if
 * it had been committed, and an index may then name rows the table does not have (a write that meets such an
 * entry waits for a lock nobody holds, or never ends). So a migration runs on a copy in {@code db/migrating/}, and
 * a whole-list write on a copy in {@code db/rewriting/} ({@link #copyAside}); each copy is closed cleanly, read back,
 * and renamed over the original in one atomic step ({@link #replaceWith}). A process killed before that rename
 * leaves the old file untouched, and the copy is thrown away at the next start; after it, the new file is whole.
 * Copies and backups are made of the file while it is closed ({@link #withClosedFile}). Opening a folder is
 * {@link StoreOpening}'s.
 * <p>In shared mode ({@link DatabaseSettings}: {@code <data>/database.properties} or {@code --db}) the database is a
 * PostgreSQL server instead: the data folder keeps the logs, the settings and the lock, the same migrations (with
 * PostgreSQL's twins of the few that differ) and the same jOOQ code serve it, a bulk write is one transaction on the
 * live database (PostgreSQL keeps nothing of a transaction a killed process left open), and there are no backups of a
 * file: IT backs the server up (README). {@link #engine()} says which.
 */
public final class Store implements StoreInfo, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    /** The migrations both engines run; each engine's own ones are in db/{vendor}/migration ({@link Engine#migrations}). */
    public static final String MIGRATIONS = "classpath:db/migration";
    static final String LOCK_FILE = FolderLock.FILE;
    static final String DB_NAME = "hazedesk";
    /** Where a migration (or a new database) is prepared before it replaces db/hazedesk.mv.db. */
    static final String MIGRATING = "migrating";
    /** Where a whole-list write is done on a copy of the database before the copy replaces it. */
    static final String REWRITING = "rewriting";
    static final String BACKUPS = "backups";
    private static final int H2_DATABASE_IN_USE = 90020;

    private final Engine engine;
    private final Optional<DatabaseSettings> server;
    private final Path folder;
    private final FolderLock lock;
    private final ConnectionGate gate;
    private final Optional<ServerLink> link;
    private final DSLContext dsl;
    private final Flyway flyway;
    private final Optional<Path> migrationBackup;
    /** Statements other than reads run on this database: a copy replaces it only if none ran since it was taken. */
    private final AtomicLong writes = new AtomicLong();
    private final AtomicBoolean copying = new AtomicBoolean();

    Store(Path folder, FolderLock lock, JdbcConnectionPool pool, List<String> locations, Optional<Path> migrationBackup) {
        this(folder, lock, pool, locations, migrationBackup, Optional.empty());
    }

    /** {@code server}: the PostgreSQL server of shared mode, or empty for the data folder's H2 file. */
    Store(Path folder, FolderLock lock, JdbcConnectionPool pool, List<String> locations, Optional<Path> migrationBackup,
          Optional<DatabaseSettings> server) {
        this.engine = server.isPresent() ? Engine.POSTGRESQL : Engine.H2;
        this.server = server;
        this.folder = folder;
        this.lock = lock;
        this.gate = server.isPresent() ? new ConnectionGate(pool, () -> PostgresPool.create(server.get())) : new ConnectionGate(pool);
        this.link = server.map(s -> new ServerLink(s, gate));
        this.flyway = flyway(gate, locations);
        this.migrationBackup = migrationBackup;
        // every statement's failure on a full disk, a read-only folder or a closed database becomes a StorageFailure,
        // and in shared mode a broken connection to the server a ServerConnectionLost
        this.dsl = DSL.using(new DefaultConfiguration().set(gate).set(engine.dialect()).set(engine.settings())
                .set(new org.jooq.impl.DefaultExecuteListenerProvider(new StorageErrorListener(databaseFile(folder), link)),
                        new org.jooq.impl.DefaultExecuteListenerProvider(new WriteCounter(writes))));
    }

    public static Store open(Path folder, Clock clock) {
        return open(folder, clock, List.of());
    }

    /** {@code extraMigrationLocations} lets a test add a later migration to an existing database. */
    public static Store open(Path folder, Clock clock, List<String> extraMigrationLocations) {
        return StoreOpening.open(folder, clock, extraMigrationLocations, Optional.empty());
    }

    /**
     * Opens the data folder on the database {@code server} names (shared mode's PostgreSQL, from the command line),
     * or, when it is empty, on what the folder's {@code database.properties} names or else its own H2 file.
     */
    public static Store open(Path folder, Clock clock, Optional<DatabaseSettings> server) {
        return StoreOpening.open(folder, clock, List.of(), server);
    }

    /** As {@link #open(Path, Clock, Optional)}, with a test's later migrations. */
    public static Store open(Path folder, Clock clock, List<String> extraMigrationLocations, Optional<DatabaseSettings> server) {
        return StoreOpening.open(folder, clock, extraMigrationLocations, server);
    }

    /** Any failure while opening as a StoreException saying what the user can do about it. */
    static StoreException failure(Exception e, Path dir) {
        return StoreException.from(e, dir);
    }

    /** The database engine: H2 (the data folder's file) or PostgreSQL (shared mode). */
    public Engine engine() {
        return engine;
    }

    /** Shared mode's server, or empty for the data folder's H2 file. */
    public Optional<DatabaseSettings> server() {
        return server;
    }

    /** Shared mode's connection to the server as the window shows it (lost, retrying, back); empty for the H2 file. */
    public Optional<cn.hazedesk.application.port.ServerConnection> serverConnection() {
        return link.map(l -> l);
    }

    /** A failure as the user's words: a full disk, a closed database, or (shared mode) a lost server connection. */
    public RuntimeException translate(RuntimeException error) {
        return link.isPresent() ? link.get().translate(error) : StorageErrors.translate(error, null);
    }

    /** Refuses what only the H2 file has (copies, backups of the file) in shared mode. */
    private void refuseShared(String what) {
        if (engine != Engine.H2) {
            throw new SharedModeException(what);
        }
    }

    static Flyway flyway(javax.sql.DataSource ds, List<String> locations) {
        return Flyway.configure().dataSource(ds).locations(locations.toArray(String[]::new)).load();
    }

    static void shutdown(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw StorageErrors.translate(new IllegalStateException("SHUTDOWN failed: " + e.getMessage(), e), null);
        }
    }

    /** Opens one connection so that a locked or damaged file is reported before anything else happens. */
    static void probe(JdbcConnectionPool pool, Path dir, Path dbFile) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_IN_USE) {
                throw new StoreException(StoreException.Problem.IN_USE, dir, e);
            }
            throw failure(e, dir);
        } catch (RuntimeException e) {
            throw failure(e, dir);
        }
    }

    /** The database file of a data folder (it may not exist yet). */
    public static Path databaseFile(Path dir) {
        return dir.resolve("db").resolve(DB_NAME + ".mv.db");
    }

    static String jdbcUrl(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("db").resolve(DB_NAME).toAbsolutePath() + ";IFEXISTS=FALSE";
    }

    /**
     * Work on the database file while it is closed and whole (a backup, a copy): the file is copied only when no
     * HazeDesk connection has it open. H2's own {@code BACKUP TO} is not used: a database restored from what it
     * wrote can lose, at the first start after data was written to it, everything since its file was created.
     */
    @FunctionalInterface
    interface ClosedFile {
        <T> T with(FileWork<T> work) throws IOException;

        /** A database file that nothing has open. */
        static ClosedFile of(Path file) {
            return new ClosedFile() {
                @Override
                public <T> T with(FileWork<T> work) throws IOException {
                    return work.run(file);
                }
            };
        }
    }

    @FunctionalInterface
    interface FileWork<T> {
        T run(Path closedFile) throws IOException;
    }

    /**
     * Runs {@code work} on the database file closed: waits until no transaction is open (and lets none begin),
     * shuts the database down, runs {@code work}, and opens the database again. Other threads wait meanwhile.
     */
    <T> T withClosedFile(FileWork<T> work) throws IOException {
        refuseShared("the database file");
        Path file = databaseFile(folder);
        try {
            return gate.alone(pool -> {
                shutdown(pool);
                pool.dispose();
                try {
                    return work.run(file);
                } finally {
                    reopen(file);
                }
            });
        } catch (SQLException e) {
            throw StorageErrors.translate(new IllegalStateException(e.getMessage(), e), file);
        }
    }

    /** Opens the database file again after it was closed (or replaced); only inside {@code gate.alone}. */
    private void reopen(Path file) {
        JdbcConnectionPool next = JdbcConnectionPool.create(jdbcUrl(folder), "sa", "");
        gate.replace(next);
        probe(next, folder, file);
    }

    /** The database file, closed while {@code work} runs, for backups. */
    ClosedFile closedFile() {
        return this::withClosedFile;
    }

    /**
     * Backs the open database up into {@code <data>/backups/} (see {@link StoreBackups}); returns the file.
     *
     * @throws SharedModeException in shared mode: the server is backed up by IT (pg_dump), not by HazeDesk
     */
    public Path backup(Clock clock, String reason) {
        refuseShared("a backup of the database file");
        return new StoreBackups(folder, clock, closedFile()).liveBackup(reason);
    }

    /**
     * A copy of the database as it is now, open in {@code db/rewriting/}, for a bulk write that must not run in the
     * file in use: the database file copied while it is closed ({@link #withClosedFile}), so the copy is exactly
     * what was committed. One copy at a time.
     */
    public StoreCopy copyAside() {
        refuseShared("a copy of the database file");
        if (!copying.compareAndSet(false, true)) {
            throw new IllegalStateException("a copy of " + folder + " is already being written");
        }
        Path scratch = folder.resolve("db").resolve(REWRITING);
        try {
            BackupFiles.deleteTree(scratch);
            Files.createDirectories(scratch);
            long at = withClosedFile(file -> {
                Files.copy(file, scratch.resolve(BackupFiles.ENTRY));
                return writes.get();
            });
            StoreCopy copy = StoreCopy.open(scratch, at, databaseFile(folder));
            LOG.info("Copy of the database made in {}", scratch);
            return copy;
        } catch (IOException e) {
            copying.set(false);
            BackupFiles.deleteQuietly(scratch);
            throw StorageErrors.of(e, scratch).orElseGet(() -> new StorageFailure(StorageFailure.Kind.READ_ONLY, scratch, e));
        } catch (RuntimeException e) {
            copying.set(false);
            BackupFiles.deleteQuietly(scratch);
            throw StorageErrors.translate(e, scratch);
        }
    }

    /**
     * The commit point of a bulk write: closes {@code copy} (compacted), reads it back to check that it holds what
     * was written to it, and, if nothing was written to this database since the copy was taken, closes this
     * database and renames the copy over its file in one atomic step, then opens it again. Other threads wait
     * meanwhile. Returns false, having changed nothing, when something was written here since the copy was taken
     * (it would be lost). The copy is gone afterwards either way.
     *
     * @throws IllegalStateException when the closed copy does not read back as it was written (nothing replaced)
     */
    public boolean replaceWith(StoreCopy copy) {
        Path file = databaseFile(folder);
        try {
            BackupFiles.Check written = copy.count();
            Path copied = copy.closeForGood();
            BackupFiles.Check closed = BackupFiles.check(copied);
            if (closed.status() != BackupInfo.Status.USABLE || !closed.schemaVersion().equals(written.schemaVersion())
                    || closed.enterprises() != written.enterprises() || closed.lines() != written.lines()) {
                throw new IllegalStateException("the copy read back as " + closed + " after holding " + written
                        + ": it does not replace the database");
            }
            BackupFiles.force(copied);
            return gate.alone(pool -> {
                if (writes.get() != copy.writesWhenTaken()) {
                    LOG.info("The database was written since the copy in {} was taken: the copy is not used", copied.getParent());
                    return false;
                }
                LOG.info("Putting the copy {} in place of the database", copied);
                shutdown(pool);
                pool.dispose();
                try {
                    Files.move(copied, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    BackupFiles.forceFolder(file.getParent());
                } finally {
                    // the new file after the rename, or the old one untouched if it failed
                    reopen(file);
                }
                LOG.info("The copy replaced the database {} ({} enterprises, {} lines)", file, written.enterprises(),
                        written.lines());
                return true;
            });
        } catch (IOException e) {
            throw StorageErrors.of(e, file).orElseGet(() -> new StorageFailure(StorageFailure.Kind.READ_ONLY, file, e));
        } catch (SQLException e) {
            throw StorageErrors.translate(new IllegalStateException(e.getMessage(), e), file);
        } finally {
            discard(copy);
        }
    }

    /** Throws a copy away (after {@link #replaceWith}, or when the bulk write on it was not finished). */
    public void discard(StoreCopy copy) {
        try {
            copy.abandon();
        } catch (RuntimeException e) {
            LOG.debug("Copy in {} closed with {}", copy.folder(), e.toString());
        }
        BackupFiles.deleteQuietly(copy.folder());
        copying.set(false);
    }

    public DSLContext dsl() {
        return dsl;
    }

    /**
     * The way this store's bulk writes are made atomic: on a copy of the H2 file, or in one transaction on the
     * PostgreSQL server.
     */
    public cn.hazedesk.application.port.BulkWrites bulkWrites(JooqTransactions tx) {
        return engine == Engine.H2 ? new H2BulkWrites(this, tx) : new PostgresBulkWrites(gate, dsl, tx, this::translate);
    }

    public Optional<Path> migrationBackup() {
        return migrationBackup;
    }

    @Override
    public Path dataFolder() {
        return folder;
    }

    @Override
    public Path logFolder() {
        return folder.resolve("logs");
    }

    @Override
    public String schemaVersion() {
        return version(flyway);
    }

    private static String version(Flyway flyway) {
        MigrationInfo current = flyway.info().current();
        return current == null ? "-" : current.getVersion().getVersion();
    }

    @Override
    public void close() {
        link.ifPresent(ServerLink::close);
        JdbcConnectionPool pool = gate.pool();
        if (engine == Engine.H2) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Shutdown of {} reported {}", folder, e.getMessage());
            }
        }
        pool.dispose();
        lock.close();
        LOG.info("Closed data folder {}", folder);
    }
}
