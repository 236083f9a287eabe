package cn.hazedesk.application;

import cn.hazedesk.application.port.BackupCatalog;
import cn.hazedesk.application.port.Backups;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Backups as the user and the app take them: by hand, before every import (and replace), on the first start of
 * each day, on exit, before a restore; the backup taken before a schema migration is the store's own. After each
 * new backup the surplus ones are deleted by {@link BackupRetention}.
 */
public final class BackupService implements Backups {
    public static final String MANUAL = "manual";
    public static final String DAILY = "daily";
    public static final String EXIT = "exit";
    public static final String BEFORE_RESTORE = "before-restore";

    private final BackupCatalog catalog;
    private final Clock clock;

    public BackupService(BackupCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Newest first. */
    /**
     * Refuses (AccessDenied) unless the actor may restore a backup: restoring replaces everyone's data, so only
     * administrators may (docs/access.md). The start-up window's restore, offered when the data cannot be opened and
     * so nobody can sign in, is the one restore without it.
     */
    public void mayRestore(cn.hazedesk.domain.access.Actor by) {
        Access.require(by, cn.hazedesk.domain.access.Action.BACKUP_RESTORE);
    }

    public List<BackupInfo> list() {
        return catalog.list();
    }

    /**
     * A backup taken for {@code reason} (e.g. before-import), then the surplus deleted; returns its file, or null in
     * shared mode, where the server is backed up by IT and the work goes on without one.
     */
    @Override
    public Path backup(String reason) {
        return catalog.local() ? create(reason).file() : null;
    }

    /** Whether HazeDesk backs the database up (false in shared mode: IT backs the PostgreSQL server up with pg_dump). */
    public boolean local() {
        return catalog.local();
    }

    public BackupInfo create(String reason) {
        BackupInfo made = catalog.create(reason);
        prune();
        return made;
    }

    /** 立即备份 / {@code backup}: kept until deleted by hand. */
    public BackupInfo backupNow() {
        return create(MANUAL);
    }

    /** {@code backup FILE}: a backup anywhere, e.g. on a USB stick; not part of the backups folder. */
    public BackupInfo backupTo(Path file) {
        return catalog.createAt(file);
    }

    /** The first start of a day takes a backup; later starts that day do not. */
    public Optional<BackupInfo> dailyIfDue() {
        if (!catalog.local()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        boolean done = catalog.list().stream().anyMatch(b -> DAILY.equals(b.reason())
                && LocalDate.ofInstant(b.createdAt(), clock.getZone()).equals(today));
        return done ? Optional.empty() : Optional.of(create(DAILY));
    }

    /** The backup on exit; none (null) in shared mode. */
    public BackupInfo atExit() {
        if (!catalog.local()) {
            return null;
        }
        return create(EXIT);
    }

    public BackupInfo verify(Path file) {
        return catalog.verify(file);
    }

    private void prune() {
        catalog.delete(BackupRetention.surplus(catalog.list(), clock.getZone()));
    }
}
