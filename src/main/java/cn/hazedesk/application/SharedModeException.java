package cn.hazedesk.application;

/**
 * Asked of shared mode (the data on a PostgreSQL server) what only a data folder's own database file has: a backup
 * of the file, a restore, a copy of it. The server is backed up by the bureau's IT staff with pg_dump (README,
 * "Shared mode (PostgreSQL)"); the user is told so in a sentence.
 */
public final class SharedModeException extends RuntimeException {
    public SharedModeException(String what) {
        super(what + " does not apply in shared mode: the PostgreSQL server is backed up by IT (pg_dump)");
    }
}
