package cn.hazedesk.application;

import java.nio.file.Path;

/**
 * The disk or the database refused to go on: the disk is full, the folder cannot be written, the database did not
 * answer in time, or it closed itself after a failed write to protect the file. What was being written is not
 * committed (whole-list writes switch versions only at the end), so the stored data is as it was before; the user
 * is told why in a sentence ({@code i18n.StorageText}), not shown a stack trace.
 */
public class StorageFailure extends RuntimeException {
    public enum Kind {
        /** No space left on the disk, or a file grew beyond what the system allows. */
        DISK_FULL,
        /** The folder or file is read-only, or this user may not write there. */
        READ_ONLY,
        /** The database waited too long for a lock. */
        LOCK_TIMEOUT,
        /** The database closed itself after a failed write; it is whole again at the next start. */
        DATABASE_CLOSED
    }

    private final Kind kind;
    private final Path path;

    public StorageFailure(Kind kind, Path path, Throwable cause) {
        super(kind + (path == null ? "" : ": " + path) + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.kind = kind;
        this.path = path;
    }

    public Kind kind() {
        return kind;
    }

    /** The file or folder concerned, when known. */
    public Path path() {
        return path;
    }
}
