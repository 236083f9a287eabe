package cn.hazedesk.application.port;

import cn.hazedesk.application.BackupInfo;

import java.nio.file.Path;
import java.util.List;

/**
 * The backups of the data folder's database ({@code <data>/backups}). Every backup is written to a temporary
 * file, opened and counted, and only then given its name, so a backup that is listed is whole.
 */
public interface BackupCatalog {
    /** Every backup in the backups folder, newest first, each with what opening it found. */
    List<BackupInfo> list();

    /** Backs the open database up into the backups folder; {@code reason} becomes part of its name. */
    BackupInfo create(String reason);

    /** Backs the open database up into {@code file} (anywhere); the file is replaced only by a whole backup. */
    BackupInfo createAt(Path file);

    /** Opens a backup file read-only and counts the list in it; never changes it. */
    BackupInfo verify(Path file);

    /** Deletes these backups (with what belongs to them) from the backups folder. */
    void delete(List<BackupInfo> backups);

    /**
     * Whether the database is the data folder's own file, which HazeDesk backs up; false in shared mode, where the
     * PostgreSQL server is backed up by IT (pg_dump) and {@link #create} refuses with a sentence saying so.
     */
    default boolean local() {
        return true;
    }
}
