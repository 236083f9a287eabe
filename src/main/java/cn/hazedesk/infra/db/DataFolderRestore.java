package cn.hazedesk.infra.db;

import cn.hazedesk.application.BackupInfo;
import cn.hazedesk.application.BackupService;
import cn.hazedesk.application.BackupUnusableException;
import cn.hazedesk.application.RestoreOutcome;
import cn.hazedesk.application.StorageFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Puts a backup in place of a data folder's database, which must not be open (the app closes its store first; the
 * {@code restore} command never opens it). In this order, so that a process killed at any moment leaves either the
 * old database or the restored one in place, never none:
 * <ol>
 * <li>take the folder's lock;</li>
 * <li>extract the backup to {@code db/restoring/} and open it read-only and count it: an unusable backup stops here;</li>
 * <li>keep the current database: if it opens, as a backup {@code before-restore} in the backups folder; if it is
 * damaged, as a copy (a hard link where the disk allows) in {@code damaged/<time>/} — never deleted;</li>
 * <li>rename the restored file over {@code db/hazedesk.mv.db} in one atomic step.</li>
 * </ol>
 * A restored backup of an older schema is migrated (aside, after a backup) when the store opens next.
 */
public final class DataFolderRestore {
    private static final Logger LOG = LoggerFactory.getLogger(DataFolderRestore.class);
    static final String RESTORING = "restoring";
    public static final String DAMAGED = "damaged";

    private DataFolderRestore() {
    }

    /** The newest backup that opens, for a data folder whose database cannot be opened. */
    public static Optional<BackupInfo> newestUsable(Path dataFolder, Clock clock) {
        try {
            return StoreBackups.ofClosedFolder(dataFolder, clock).list().stream().filter(BackupInfo::usable).findFirst();
        } catch (RuntimeException e) {
            LOG.warn("Backups of {} could not be listed: {}", dataFolder, e.toString());
            return Optional.empty();
        }
    }

    public static RestoreOutcome restore(Path dataFolder, Path backup, Clock clock) {
        Path dir = dataFolder.toAbsolutePath().normalize();
        Path zip = backup.toAbsolutePath().normalize();
        try (FolderLock lock = FolderLock.acquire(dir)) {
            Path db = dir.resolve("db");
            Path restoring = db.resolve(RESTORING);
            try {
                Files.createDirectories(db);
                BackupFiles.Check check = BackupFiles.extractAndCheck(zip, restoring);
                BackupInfo restored = new BackupInfo(zip, BackupFiles.timeFromName(zip, clock.getZone()),
                        BackupFiles.reasonFromName(zip), Files.size(zip), check.status(), check.schemaVersion(),
                        check.enterprises(), check.lines(), check.problem(), check.auditCode());
                if (!restored.usable()) {
                    throw new BackupUnusableException(restored);
                }
                Path current = Store.databaseFile(dir);
                Optional<BackupInfo> previous = Optional.empty();
                Optional<Path> setAside = Optional.empty();
                if (Files.exists(current)) {
                    BackupFiles.Check now = BackupFiles.check(current);
                    if (now.status() == BackupInfo.Status.UNREADABLE) {
                        setAside = Optional.of(setAsideDamaged(dir, clock));
                    } else {
                        previous = Optional.of(zipCurrent(dir, current, now, clock));
                    }
                }
                Path file = restoring.resolve(BackupFiles.ENTRY);
                BackupFiles.force(file);
                Files.move(file, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                BackupFiles.forceFolder(db);
                LOG.info("Restored {} ({} enterprises, {} lines, schema {}) into {}", zip, restored.enterprises(),
                        restored.lines(), restored.schemaVersion(), dir);
                return new RestoreOutcome(restored, previous, setAside);
            } catch (IOException e) {
                throw StorageErrors.of(e, dir).orElseGet(() -> new StorageFailure(StorageFailure.Kind.READ_ONLY, dir, e));
            } finally {
                BackupFiles.deleteQuietly(restoring);
            }
        }
    }

    /** The current database as a backup {@code before-restore}, checked like every backup. */
    private static BackupInfo zipCurrent(Path dir, Path current, BackupFiles.Check check, Clock clock) throws IOException {
        Path folder = dir.resolve(Store.BACKUPS);
        Files.createDirectories(folder);
        Path target = BackupFiles.newName(folder, LocalDateTime.now(clock), BackupService.BEFORE_RESTORE);
        Path part = BackupFiles.partOf(target);
        try {
            BackupFiles.zip(current, part);
            BackupInfo b = new BackupInfo(target, clock.instant(), BackupService.BEFORE_RESTORE, Files.size(part),
                    check.status(), check.schemaVersion(), check.enterprises(), check.lines(), check.problem(),
                    check.auditCode());
            BackupFiles.writeInfo(b);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            BackupFiles.forceFolder(folder);
            return b;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * Keeps every file of db/ in {@code damaged/<time>/}: the database file as a hard link (or a copy where links are
     * not possible), since it is replaced by a rename right after; the rest (H2's trace file) moved.
     */
    private static Path setAsideDamaged(Path dir, Clock clock) throws IOException {
        Path target = dir.resolve(DAMAGED).resolve(LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        for (int i = 2; Files.exists(target); i++) {
            target = target.resolveSibling(target.getFileName() + "_" + i);
        }
        Files.createDirectories(target);
        Path db = dir.resolve("db");
        List<Path> files;
        try (var all = BackupFiles.list(db)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        Path current = Store.databaseFile(dir);
        for (Path f : files) {
            Path to = target.resolve(f.getFileName());
            if (f.equals(current)) {
                try {
                    Files.createLink(to, f);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(f, to);
                }
            } else {
                Files.move(f, to);
            }
        }
        BackupFiles.forceFolder(target);
        LOG.warn("Damaged database files of {} set aside in {}", dir, target);
        return target;
    }
}
