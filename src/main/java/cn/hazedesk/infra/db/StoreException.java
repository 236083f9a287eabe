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
        /** The disk of the data folder is full. */
        DISK_FULL,
        /** Another HazeDesk (or another program) has the data folder open. */
        IN_USE,
        /** The database file cannot be read: damaged, or not an H2 database of this version. */
        CORRUPT,
        /** The database did not answer in time (a lock held too long): it may have been left damaged. */
        LOCK_TIMEOUT,
        /** The database was written by a newer HazeDesk; {@code detail} is its schema version. */
        NEWER_SCHEMA,
        /** A schema migration failed; the database file is as it was before it (the backup is named in the log). */
        MIGRATION_FAILED,
        /** Shared mode: the database settings cannot be used (cause: {@link DatabaseSettings.Invalid}). */
        SERVER_SETTINGS,
        /**
         * Shared mode: the PostgreSQL server cannot be used — not reached, refusing the user, the database missing or
         * another program's, rights missing: {@link #serverOutcome()} says which; {@code detail} is the server
         * (host:port/database).
         */
        SERVER_UNREACHABLE;

        /** Whether restoring a backup is a way out (it is not when the folder is in use, unwritable or full). */
        public boolean restoreHelps() {
            return this == CORRUPT || this == LOCK_TIMEOUT || this == NEWER_SCHEMA || this == MIGRATION_FAILED;
        }
    }

    private final Problem problem;
    private final Path path;
    private final String detail;
    private final cn.hazedesk.application.ServerCheck.Outcome serverOutcome;

    public StoreException(Problem problem, Path path, Throwable cause) {
        this(problem, path, cause, "");
    }

    public StoreException(Problem problem, Path path, Throwable cause, String detail) {
        this(problem, path, cause, detail, null);
    }

    /** A shared-mode server that cannot be used, {@code serverOutcome} saying why, {@code server} naming it. */
    public StoreException(Problem problem, Path path, Throwable cause, String server,
                          cn.hazedesk.application.ServerCheck.Outcome serverOutcome) {
        super(problem + ": " + path + (serverOutcome == null ? "" : " " + serverOutcome + " " + server)
                + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.problem = problem;
        this.path = path;
        this.detail = server;
        this.serverOutcome = serverOutcome;
    }

    /**
     * A failure while opening or starting on the shared server {@code settings} names: why the server cannot be used
     * (read from the driver's failure), never worded as a damaged file of the data folder.
     */
    public static StoreException fromServer(Throwable e, DatabaseSettings settings) {
        if (e instanceof StoreException s) {
            return s;
        }
        return PostgresPool.unreachable(settings, e);
    }

    /** Shared mode's server problem: why it cannot be used (OTHER when unknown); null for a data folder's problem. */
    public cn.hazedesk.application.ServerCheck.Outcome serverOutcome() {
        return serverOutcome == null && problem == Problem.SERVER_UNREACHABLE
                ? cn.hazedesk.application.ServerCheck.Outcome.OTHER : serverOutcome;
    }

    /**
     * A failure while opening the data folder {@code dataFolder} as a StoreException: a full disk, a read-only folder,
     * a lock timeout; anything else the database reports means the file cannot be read (CORRUPT).
     */
    public static StoreException from(Throwable e, Path dataFolder) {
        if (e instanceof StoreException s) {
            return s;
        }
        Problem problem = StorageErrors.classify(e).map(k -> switch (k) {
            case DISK_FULL -> Problem.DISK_FULL;
            case READ_ONLY -> Problem.UNWRITABLE;
            case LOCK_TIMEOUT -> Problem.LOCK_TIMEOUT;
            case DATABASE_CLOSED -> Problem.CORRUPT;
        }).orElse(Problem.CORRUPT);
        Path path = problem == Problem.UNWRITABLE || problem == Problem.DISK_FULL ? dataFolder : Store.databaseFile(dataFolder);
        return new StoreException(problem, path, e);
    }

    /** Whether {@code e} is a failure of the disk or the database (as opposed to a bug). */
    public static boolean isStorage(Throwable e) {
        return e instanceof StoreException || StorageErrors.classify(e).isPresent();
    }

    public Problem problem() {
        return problem;
    }

    public Path path() {
        return path;
    }

    /**
     * Whether restoring one of the data folder's backups is a way out: not when the folder is in use, unwritable or
     * full, and never in shared mode (the problem is the server's, named by its settings file; IT restores the server).
     */
    public boolean restoreHelps() {
        return problem.restoreHelps() && !shared();
    }

    /** Whether the problem is shared mode's server (its settings, reaching it, its schema). */
    public boolean shared() {
        return path != null && path.getFileName() != null && path.getFileName().toString().equals(DatabaseSettings.FILE);
    }

    /** NEWER_SCHEMA: the database's schema version; SERVER_UNREACHABLE: the server (host:port/database). */
    public String detail() {
        return detail;
    }
}
