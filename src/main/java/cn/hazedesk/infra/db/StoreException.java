package cn.hazedesk.infra.db;

import java.nio.file.Path;

/**
 * The data folder or database cannot be used. {@code problem} says why and {@code path} names the folder
 * or file, so the user gets a sentence, not a stack trace.
 */
public class StoreException extends RuntimeException {
    public enum Problem {
        /** The data folder path exists but is a file. */
        NOT_A_FOLDER,
        /** The data folder cannot be created or written. */
        UNWRITABLE,
        /** Another HazeDesk (or another program) has the data folder open. */
        IN_USE,
        /** The database file cannot be read: damaged, or not an H2 database of this version. */
        CORRUPT,
        /** A schema migration failed; the backup taken before it is named in the detail. */
        MIGRATION_FAILED
    }

    private final Problem problem;
    private final Path path;

    public StoreException(Problem problem, Path path, Throwable cause) {
        super(problem + ": " + path + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.problem = problem;
        this.path = path;
    }

    public Problem problem() {
        return problem;
    }

    public Path path() {
        return path;
    }
}
