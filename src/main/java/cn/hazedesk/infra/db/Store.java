package cn.hazedesk.infra.db;

import cn.hazedesk.application.port.StoreInfo;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The embedded H2 database in one data folder. Opening it: make sure the folder is usable, take the folder's
 * lock (one HazeDesk per folder), open the file, back it up if migrations are pending on an existing database,
 * then migrate with Flyway. The migrations in db/migration are the only description of the schema.
 */
public final class Store implements StoreInfo, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    public static final String MIGRATIONS = "classpath:db/migration";
    static final String LOCK_FILE = "hazedesk.lock";
    static final String DB_NAME = "hazedesk";
    private static final int H2_DATABASE_IN_USE = 90020;

    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Flyway flyway;
    private final Optional<Path> migrationBackup;

    private Store(Path folder, FileChannel lockChannel, FileLock lock, JdbcConnectionPool pool, Flyway flyway,
                  Optional<Path> migrationBackup) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.pool = pool;
        this.flyway = flyway;
        this.migrationBackup = migrationBackup;
        this.dsl = DSL.using(pool, SQLDialect.H2);
    }

    public static Store open(Path folder, Clock clock) {
        return open(folder, clock, List.of());
    }

    /** {@code extraMigrationLocations} lets a test add a later migration to an existing database. */
    public static Store open(Path folder, Clock clock, List<String> extraMigrationLocations) {
        Path dir = folder.toAbsolutePath().normalize();
        ensureWritableFolder(dir);
        FileChannel channel = null;
        FileLock lock;
        try {
            channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Problem.IN_USE, dir, null);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Problem.UNWRITABLE, dir, e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Problem.IN_USE, dir, null);
        }
        JdbcConnectionPool pool = null;
        try {
            Path dbFile = databaseFile(dir);
            boolean existed = Files.exists(dbFile);
            pool = JdbcConnectionPool.create(jdbcUrl(dir), "sa", "");
            probe(pool, dir, dbFile);
            List<String> locations = new ArrayList<>();
            locations.add(MIGRATIONS);
            locations.addAll(extraMigrationLocations);
            Flyway flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations(locations.toArray(String[]::new))
                    .load();
            Optional<Path> backup = Optional.empty();
            MigrationInfoService info = flyway.info();
            if (existed && info.pending().length > 0) {
                backup = Optional.of(backup(pool, dir, clock, "before-v" + info.pending()[0].getVersion()));
            }
            try {
                flyway.migrate();
            } catch (FlywayException e) {
                throw new StoreException(StoreException.Problem.MIGRATION_FAILED,
                        backup.orElse(dbFile), e);
            }
            LOG.info("Opened data folder {} (schema version {})", dir, version(flyway));
            return new Store(dir, channel, lock, pool, flyway, backup);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            releaseQuietly(lock);
            closeQuietly(channel);
            throw e;
        }
    }

    private static void ensureWritableFolder(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(StoreException.Problem.NOT_A_FOLDER, dir, null);
        }
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new StoreException(StoreException.Problem.UNWRITABLE, dir, e);
        }
    }

    /** Opens one connection so that a locked or damaged file is reported before anything else happens. */
    private static void probe(JdbcConnectionPool pool, Path dir, Path dbFile) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_IN_USE) {
                throw new StoreException(StoreException.Problem.IN_USE, dir, e);
            }
            throw new StoreException(StoreException.Problem.CORRUPT, dbFile, e);
        } catch (RuntimeException e) {
            throw new StoreException(StoreException.Problem.CORRUPT, dbFile, e);
        }
    }

    static Path databaseFile(Path dir) {
        return dir.resolve("db").resolve(DB_NAME + ".mv.db");
    }

    static String jdbcUrl(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("db").resolve(DB_NAME).toAbsolutePath() + ";IFEXISTS=FALSE";
    }

    /** Writes a consistent online backup (H2 {@code BACKUP TO}) to {@code <data>/backups/}. */
    private static Path backup(JdbcConnectionPool pool, Path dir, Clock clock, String reason) {
        Path backups = dir.resolve("backups");
        String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = backups.resolve("hazedesk-" + stamp + "-" + reason + ".zip");
        try {
            Files.createDirectories(backups);
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
            }
        } catch (IOException | SQLException e) {
            throw new StoreException(StoreException.Problem.UNWRITABLE, backups, e);
        }
        LOG.info("Backup written before migration: {}", target);
        return target;
    }

    public Path backup(Clock clock, String reason) {
        return backup(pool, folder, clock, reason);
    }

    public DSLContext dsl() {
        return dsl;
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
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("Shutdown of {} reported {}", folder, e.getMessage());
        }
        pool.dispose();
        releaseQuietly(lock);
        closeQuietly(lockChannel);
        LOG.info("Closed data folder {}", folder);
    }

    private static void releaseQuietly(FileLock lock) {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            LOG.warn("Could not release the folder lock", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            LOG.warn("Could not close the lock file", e);
        }
    }
}
