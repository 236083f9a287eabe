package cn.hazedesk.application.port;

import java.nio.file.Path;

/** A consistent copy of the whole database in the data folder's backups, taken before a risky change. */
@FunctionalInterface
public interface Backups {
    /**
     * Writes the backup and returns its file; {@code reason} becomes part of its name (e.g. before-import). Null in
     * shared mode, where HazeDesk writes no backup (IT backs the PostgreSQL server up).
     */
    Path backup(String reason);
}
