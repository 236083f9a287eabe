package cn.hazedesk.infra.db;

import cn.hazedesk.application.StorageFailure;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Opening a data folder as a {@link Store}: make sure the folder is usable, take its lock, remove what an
 * interrupted step left, refuse a schema newer than this program, and bring the schema up to date on a copy in
 * db/migrating/ that is renamed over the database file in one step (after a backup of the old file).
 */
final class StoreOpening {
    /** The store's own logger: the crash tests wait for its lines ("Opened data folder", "Schema migrated aside"). */
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    private StoreOpening() {
    }

    /**
     * Opens the data folder with the database its settings name ({@code <data>/database.properties}) or, when
     * {@code server} is given (the command line's {@code --db}), that one: a PostgreSQL server in shared mode, else
     * the folder's own H2 file. {@code extraMigrationLocations} lets a test add a later migration.
     */
    static Store open(Path folder, Clock clock, List<String> extraMigrationLocations, Optional<DatabaseSettings> server) {
        Path dir = folder.toAbsolutePath().normalize();
        ensureWritableFolder(dir);
        Optional<DatabaseSettings> settings;
        try {
            settings = server.isPresent() ? server : DatabaseSettings.read(dir);
        } catch (DatabaseSettings.Invalid e) {
            throw new StoreException(StoreException.Problem.SERVER_SETTINGS, dir.resolve(DatabaseSettings.FILE), e);
        }
        if (settings.isPresent()) {
            return openShared(dir, settings.get(), extraMigrationLocations);
        }
        FolderLock lock = FolderLock.acquire(dir);
        JdbcConnectionPool pool = null;
        try {
            Path dbFile = Store.databaseFile(dir);
            List<String> locations = new ArrayList<>();
            locations.addAll(List.of(Engine.H2.migrations()));
            locations.addAll(extraMigrationLocations);
            removeScratch(dir);
            Optional<Path> backup = Optional.empty();
            if (!Files.exists(dbFile)) {
                migrateAside(dir, null, locations);
            } else {
                pool = JdbcConnectionPool.create(Store.jdbcUrl(dir), "sa", "");
                Store.probe(pool, dir, dbFile);
                MigrationInfoService info = Store.flyway(pool, locations).info();
                refuseNewerSchema(info, dbFile);
                if (info.pending().length > 0) {
                    Store.shutdown(pool);
                    pool.dispose();
                    pool = null;
                    backup = Optional.of(new StoreBackups(dir, clock, Store.ClosedFile.of(dbFile))
                            .liveBackup("before-v" + info.pending()[0].getVersion()));
                    migrateAside(dir, dbFile, locations);
                }
            }
            if (pool == null) {
                pool = JdbcConnectionPool.create(Store.jdbcUrl(dir), "sa", "");
                Store.probe(pool, dir, dbFile);
            }
            Store store = new Store(dir, lock, pool, locations, backup);
            LOG.info("Opened data folder {} (schema version {})", dir, store.schemaVersion());
            return store;
        } catch (IOException | RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            lock.close();
            throw Store.failure(e, dir);
        }
    }

    /**
     * Shared mode: the data folder keeps the logs, the settings and the lock (one HazeDesk per folder, as ever); the
     * database is the PostgreSQL server's. Its schema is brought up to date in place: PostgreSQL runs each migration
     * in a transaction, DDL included, so a migration that fails or a process killed during it leaves the schema as it
     * was. A schema newer than this program is refused, as for the file.
     */
    private static Store openShared(Path dir, DatabaseSettings settings, List<String> extraMigrationLocations) {
        FolderLock lock = FolderLock.acquire(dir);
        JdbcConnectionPool pool = null;
        try {
            List<String> locations = new ArrayList<>(List.of(Engine.POSTGRESQL.migrations()));
            locations.addAll(extraMigrationLocations);
            pool = PostgresPool.create(settings);
            PostgresPool.probe(pool, settings);
            refuseUnusable(pool, settings);
            org.flywaydb.core.Flyway flyway = Store.flyway(pool, locations);
            MigrationInfoService info = flyway.info();
            refuseNewerSchema(info, dir.resolve(DatabaseSettings.FILE));
            if (info.pending().length > 0) {
                long t = System.nanoTime();
                try {
                    flyway.migrate();
                } catch (FlywayException e) {
                    if (ServerFailures.classify(e, settings.tlsAsked()) == cn.hazedesk.application.ServerCheck.Outcome.NO_RIGHTS) {
                        throw PostgresPool.unreachable(settings, e);
                    }
                    throw new StoreException(StoreException.Problem.MIGRATION_FAILED, dir.resolve(DatabaseSettings.FILE), e);
                }
                LOG.info("Schema of {} migrated in {} ms", settings.describe(), (System.nanoTime() - t) / 1_000_000);
            }
            Store store = new Store(dir, lock, pool, locations, Optional.empty(), Optional.of(settings));
            LOG.info("Opened data folder {} on the shared database {} (schema version {})", dir, settings.describe(),
                    store.schemaVersion());
            return store;
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            lock.close();
            if (e instanceof StoreException s) {
                throw s;
            }
            if (e instanceof DatabaseSettings.Invalid i) {
                throw new StoreException(StoreException.Problem.SERVER_SETTINGS, dir.resolve(DatabaseSettings.FILE), i);
            }
            throw PostgresPool.unreachable(settings, e);
        }
    }

    /**
     * Refuses a database HazeDesk cannot work in before anything is written to it: tables of another program, or a
     * user without the rights to create HazeDesk's tables or to read and write them.
     */
    private static void refuseUnusable(JdbcConnectionPool pool, DatabaseSettings settings) {
        cn.hazedesk.application.ServerCheck.Outcome found;
        try (java.sql.Connection c = pool.getConnection()) {
            found = ServerProbe.inspect(c);
        } catch (java.sql.SQLException e) {
            throw PostgresPool.unreachable(settings, e);
        }
        if (!found.usable()) {
            LOG.warn("The shared database {} is not usable: {}", settings.describe(), found);
            throw new StoreException(StoreException.Problem.SERVER_UNREACHABLE, Path.of(DatabaseSettings.FILE), null,
                    settings.server(), found);
        }
    }

    /**
     * Removes what an interrupted migration, backup check or restore left in db/: copies of our own, never the
     * database file (the original is untouched until the final rename of each of those steps).
     */
    private static void removeScratch(Path dir) throws IOException {
        try (var files = BackupFiles.list(dir.resolve("db"))) {
            for (Path p : files.filter(Files::isDirectory).toList()) {
                String n = p.getFileName().toString();
                if (n.equals(Store.MIGRATING) || n.equals(Store.REWRITING) || n.equals(DataFolderRestore.RESTORING)
                        || n.startsWith("checking-")) {
                    LOG.info("Removing {} left by an interrupted step", p);
                    BackupFiles.deleteTree(p);
                }
            }
        }
    }

    /** A database written by a newer HazeDesk is never migrated or opened: this program does not know its tables. */
    private static void refuseNewerSchema(MigrationInfoService info, Path dbFile) {
        boolean newer = Arrays.stream(info.all()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            MigrationInfo current = info.current();
            throw new StoreException(StoreException.Problem.NEWER_SCHEMA, dbFile, null,
                    current == null ? "?" : current.getVersion().getVersion());
        }
    }

    /**
     * Runs the migrations on a copy of {@code existing} (or on a new database) in db/migrating/, closes it, and
     * renames it over db/hazedesk.mv.db in one step. Before the rename the original is untouched; after it, the
     * migrated file is whole.
     */
    private static void migrateAside(Path dir, Path existing, List<String> locations) throws IOException {
        Path scratch = dir.resolve("db").resolve(Store.MIGRATING);
        Files.createDirectories(scratch);
        Path copy = scratch.resolve(Store.DB_NAME + ".mv.db");
        if (existing != null) {
            Files.copy(existing, copy);
        }
        JdbcConnectionPool aside = JdbcConnectionPool.create("jdbc:h2:file:" + scratch.resolve(Store.DB_NAME) + ";IFEXISTS=FALSE", "sa", "");
        try {
            long t = System.nanoTime();
            Store.flyway(aside, locations).migrate();
            Store.shutdown(aside);
            LOG.info("Schema migrated aside in {} ms", (System.nanoTime() - t) / 1_000_000);
        } catch (FlywayException e) {
            aside.dispose();
            BackupFiles.deleteQuietly(scratch); // our half-migrated copy; the database file was never touched
            throw new StoreException(StoreException.Problem.MIGRATION_FAILED, existing == null ? dir : existing, e);
        } catch (RuntimeException e) {
            aside.dispose();
            BackupFiles.deleteQuietly(scratch);
            throw e;
        } finally {
            aside.dispose();
        }
        BackupFiles.force(copy);
        Files.move(copy, Store.databaseFile(dir), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        BackupFiles.forceFolder(dir.resolve("db"));
        BackupFiles.deleteTree(scratch);
    }

    private static void ensureWritableFolder(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(StoreException.Problem.NOT_A_FOLDER, dir, null);
        }
        try {
            Files.createDirectories(dir);
            Files.createDirectories(dir.resolve("db"));
            for (Path d : List.of(dir, dir.resolve("db"))) {
                Path probe = Files.createTempFile(d, ".write-test", ".tmp");
                Files.delete(probe);
            }
        } catch (IOException | SecurityException e) {
            boolean full = e instanceof IOException io && StorageErrors.of(io, dir).map(f -> f.kind() == StorageFailure.Kind.DISK_FULL).orElse(false);
            throw new StoreException(full ? StoreException.Problem.DISK_FULL : StoreException.Problem.UNWRITABLE, dir, e);
        }
    }
}
