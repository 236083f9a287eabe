package cn.hazedesk.infra.db;

import cn.hazedesk.application.BackupInfo;
import cn.hazedesk.application.BackupService;
import cn.hazedesk.application.StorageFailure;
import cn.hazedesk.application.port.BackupCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The backups folder of one data folder. A backup of the open database is its file, zipped while the database is
 * closed for a moment ({@link Store#withClosedFile}; other work waits), into a hidden {@code .part} file, extracted and opened read-only to count the
 * list in it, recorded in a {@code .properties} file beside it, and only then renamed to its
 * {@code hazedesk-<time>-<reason>.zip} name. A full disk or a read-only folder fails the backup with a
 * {@link StorageFailure}; the partial file is removed and nothing else has changed.
 */
public final class StoreBackups implements BackupCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(StoreBackups.class);
    private final Path dataFolder;
    private final Path folder;
    private final Clock clock;
    private final Store.ClosedFile database;
    private final boolean local;

    /** {@code database}: the database file to back up, or null where only existing backups are read. */
    StoreBackups(Path dataFolder, Clock clock, Store.ClosedFile database) {
        this(dataFolder, clock, database, true);
    }

    private StoreBackups(Path dataFolder, Clock clock, Store.ClosedFile database, boolean local) {
        this.local = local;
        this.dataFolder = dataFolder;
        this.folder = dataFolder.resolve(Store.BACKUPS);
        this.clock = clock;
        this.database = database;
    }

    /** The backups of an open store; in shared mode there are none to write (see {@link #local()}). */
    public StoreBackups(Store store, Clock clock) {
        this(store.dataFolder(), clock, store.closedFile(), store.engine() == Engine.H2);
    }

    @Override
    public boolean local() {
        return local;
    }

    /** The backups of a data folder whose database is not open (it may be damaged). */
    public static StoreBackups ofClosedFolder(Path dataFolder, Clock clock) {
        return new StoreBackups(dataFolder.toAbsolutePath().normalize(), clock, null);
    }

    public Path folder() {
        return folder;
    }

    @Override
    public List<BackupInfo> list() {
        if (!local) {
            return List.of(); // shared mode: backups of a file this folder had before are not the server's to restore
        }
        List<BackupInfo> out = new ArrayList<>();
        try (var files = BackupFiles.list(folder)) {
            for (Path f : files.filter(p -> Files.isRegularFile(p) && BackupFiles.isBackupName(p)).toList()) {
                out.add(BackupFiles.readInfo(f).orElseGet(() -> verifyAndRecord(f)));
            }
        } catch (IOException e) {
            throw StorageErrors.of(e, folder).orElseThrow(() -> new java.io.UncheckedIOException(e));
        }
        out.sort(Comparator.comparing(BackupInfo::createdAt).reversed().thenComparing(b -> b.file().getFileName().toString(),
                Comparator.reverseOrder()));
        return out;
    }

    /** A backup without its record (an older HazeDesk's, or copied here by hand): checked once, the result kept. */
    private BackupInfo verifyAndRecord(Path file) {
        BackupInfo b = verify(file);
        try {
            BackupFiles.writeInfo(b);
        } catch (IOException e) {
            LOG.info("Could not record the check of {}: {}", file, e.toString());
        }
        return b;
    }

    @Override
    public BackupInfo create(String reason) {
        return write(BackupFiles.newName(prepareFolder(), LocalDateTime.now(clock), reason), reason);
    }

    /** The backup before a migration, or before an import through the {@code Backups} port: only its file. */
    Path liveBackup(String reason) {
        return create(reason).file();
    }

    @Override
    public BackupInfo createAt(Path file) {
        Path target = file.toAbsolutePath().normalize();
        return write(target, BackupService.MANUAL);
    }

    private Path prepareFolder() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw StorageErrors.of(e, folder).orElseGet(() -> new StorageFailure(StorageFailure.Kind.READ_ONLY, folder, e));
        }
        return folder;
    }

    private BackupInfo write(Path target, String reason) {
        if (database == null) {
            throw new IllegalStateException("no open database to back up in " + dataFolder);
        }
        Instant at = clock.instant();
        Path part = BackupFiles.partOf(target);
        Path scratch = scratchFolder();
        try {
            Files.deleteIfExists(part);
            // made here first: a folder that refuses it is told at once (H2 would retry for seconds before failing)
            Files.createFile(part);
            // the database file zipped while it is closed (see Store.ClosedFile: not H2's BACKUP TO)
            database.with(file -> {
                BackupFiles.zip(file, part);
                return null;
            });
            BackupFiles.force(part);
            BackupFiles.Check check = BackupFiles.extractAndCheck(part, scratch);
            if (check.status() != BackupInfo.Status.USABLE) {
                throw new IllegalStateException("the backup just written does not open: " + check.problem());
            }
            BackupInfo made = new BackupInfo(target, at, reason, Files.size(part), check.status(), check.schemaVersion(),
                    check.enterprises(), check.lines(), "", check.auditCode());
            if (target.getParent().equals(folder)) {
                BackupFiles.writeInfo(made);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            BackupFiles.forceFolder(target.getParent());
            LOG.info("Backup written ({}): {} — {} enterprises, {} lines, schema {}", reason, target, made.enterprises(),
                    made.lines(), made.schemaVersion());
            return made;
        } catch (IOException e) {
            deletePartQuietly(part);
            throw StorageErrors.of(e, target.getParent()).orElseGet(
                    () -> new StorageFailure(StorageFailure.Kind.READ_ONLY, target.getParent(), e));
        } catch (RuntimeException e) {
            deletePartQuietly(part);
            throw StorageErrors.translate(e, target.getParent());
        } finally {
            BackupFiles.deleteQuietly(scratch);
        }
    }

    private static void deletePartQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            LOG.warn("Could not remove the unfinished backup {}: {}", part, e.toString());
        }
    }

    /** Where a backup is extracted to be checked: in the data folder, so nothing is written elsewhere. */
    private Path scratchFolder() {
        return dataFolder.resolve("db").resolve("checking-" + UUID.randomUUID());
    }

    @Override
    public BackupInfo verify(Path file) {
        Path f = file.toAbsolutePath().normalize();
        Path scratch = scratchFolder();
        try {
            BackupFiles.Check check = BackupFiles.extractAndCheck(f, scratch);
            return new BackupInfo(f, BackupFiles.timeFromName(f, clock.getZone()), BackupFiles.reasonFromName(f),
                    sizeOf(f), check.status(), check.schemaVersion(), check.enterprises(), check.lines(), check.problem(),
                    check.auditCode());
        } finally {
            BackupFiles.deleteQuietly(scratch);
        }
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void delete(List<BackupInfo> backups) {
        for (BackupInfo b : backups) {
            if (!b.file().getParent().equals(folder)) {
                continue; // only what this folder holds
            }
            try {
                Files.deleteIfExists(b.file());
                Files.deleteIfExists(BackupFiles.infoOf(b.file()));
                LOG.info("Backup removed by the retention rule: {}", b.file());
            } catch (IOException e) {
                LOG.warn("Could not remove backup {}: {}", b.file(), e.toString());
            }
        }
        // what a killed backup left behind
        try (var files = BackupFiles.list(folder)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(BackupFiles.PART)).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not tidy {}: {}", folder, e.toString());
        }
    }
}
