package cn.hazedesk.infra.db;

import cn.hazedesk.application.StorageFailure;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/** Recognises, in an exception and its causes, the disk and database failures a user can act on. */
public final class StorageErrors {
    /** H2's error codes (org.h2.api.ErrorCode) that matter here. */
    static final int LOCK_TIMEOUT = 50200;
    static final int DATABASE_IS_CLOSED = 90098;
    static final int DATABASE_CALLED_AT_SHUTDOWN = 90121;

    private StorageErrors() {
    }

    public static Optional<StorageFailure.Kind> classify(Throwable error) {
        StorageFailure.Kind found = null;
        for (Throwable t : chain(error)) {
            if (t instanceof StorageFailure f) {
                return Optional.of(f.kind());
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("not enough space") || message.contains("disk full")
                    || message.contains("disk quota") || message.contains("file too large")) {
                return Optional.of(StorageFailure.Kind.DISK_FULL); // the root reason wins over "closed"
            }
            if (t instanceof AccessDeniedException || t instanceof ReadOnlyFileSystemException
                    || message.contains("read-only file system") || message.contains("permission denied")
                    || message.contains("access is denied")) {
                return Optional.of(StorageFailure.Kind.READ_ONLY);
            }
            if (t instanceof SQLException s) {
                if (s.getErrorCode() == LOCK_TIMEOUT && found == null) {
                    found = StorageFailure.Kind.LOCK_TIMEOUT;
                } else if (s.getErrorCode() == DATABASE_IS_CLOSED || s.getErrorCode() == DATABASE_CALLED_AT_SHUTDOWN) {
                    found = StorageFailure.Kind.DATABASE_CLOSED;
                }
            } else if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException") && message.contains("closed")) {
                found = StorageFailure.Kind.DATABASE_CLOSED;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Whether {@code error} (or a cause) says the database server could not be reached or the connection broke:
     * SQLState class 08 (connection exception: refused, reset, closed; also the pool's "Login timeout" when no
     * connection came in time), 57P01 to 57P03 (the server shut down, crashed, or is starting up and refuses
     * connections), or the socket's own failure. Only shared mode asks: H2's file has no connection to lose.
     */
    public static boolean isConnectionLoss(Throwable error) {
        for (Throwable t : chain(error)) {
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (t instanceof java.net.SocketException || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.net.UnknownHostException || t instanceof java.io.EOFException) {
                return true;
            }
        }
        return false;
    }

    /** The exception, its causes, and the exceptions a JDBC batch chains to its failure (getNextException). */
    static java.util.List<Throwable> chain(Throwable error) {
        java.util.List<Throwable> out = new java.util.ArrayList<>();
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>();
        todo.add(error);
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty() && out.size() < 50) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            out.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof SQLException s && s.getNextException() != null) {
                todo.add(s.getNextException());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                todo.add(suppressed);
            }
        }
        return out;
    }

    /** {@code error} as a StorageFailure when it is one of those failures, else unchanged. */
    public static RuntimeException translate(RuntimeException error, Path path) {
        if (error instanceof StorageFailure) {
            return error;
        }
        return classify(error).<RuntimeException>map(k -> new StorageFailure(k, path, error)).orElse(error);
    }

    /** An I/O failure as a StorageFailure when it is one of those failures. */
    public static Optional<StorageFailure> of(IOException error, Path path) {
        return classify(error).map(k -> new StorageFailure(k, path, error));
    }
}
