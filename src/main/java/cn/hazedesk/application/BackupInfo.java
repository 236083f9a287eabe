package cn.hazedesk.application;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup of the database: when and why it was taken, its size, and what opening it found (the list's
 * counts, or why it cannot be used). {@code reason} is a code: manual, daily, exit, before-import,
 * before-restore, before-v&lt;N&gt; (before a schema migration), or empty for a file named otherwise.
 * {@code auditCode}: the record code (记录校验码) of the audit chain's head inside the backup, read from the backup
 * itself when it was checked and kept in its manifest (docs/access.md); empty for a backup older than the chain or one
 * that does not open. {@code audit verify --against} it shows later whether the live record was rewritten since.
 */
public record BackupInfo(Path file, Instant createdAt, String reason, long size, Status status, String schemaVersion,
                         int enterprises, int lines, String problem, String auditCode) {
    public BackupInfo {
        auditCode = auditCode == null ? "" : auditCode;
    }

    /** A backup whose audit code is not known (not read, or none). */
    public BackupInfo(Path file, Instant createdAt, String reason, long size, Status status, String schemaVersion,
                      int enterprises, int lines, String problem) {
        this(file, createdAt, reason, size, status, schemaVersion, enterprises, lines, problem, "");
    }

    public enum Status {
        /** Opened and counted: it can be restored. */
        USABLE,
        /** Written by a newer HazeDesk (its schema is newer than this program's). */
        NEWER_SCHEMA,
        /** Not a readable HazeDesk database (damaged, incomplete or not a backup). */
        UNREADABLE
    }

    public boolean usable() {
        return status == Status.USABLE;
    }
}
