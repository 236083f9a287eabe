package cn.hazedesk.application.port;

import java.nio.file.Path;

/**
 * A file cannot be read or written as an Excel workbook (.xlsx). {@link #kind} says what the user can do about it
 * (worded by the presentation: one sentence, never the library's text); {@link #reason} keeps the technical
 * detail for the log.
 */
public final class WorkbookException extends RuntimeException {
    /** What is wrong with the file. */
    public enum Kind {
        /** There is no such file. */
        NOT_FOUND,
        /** The path is a folder or a device. */
        NOT_A_FILE,
        /** The file has no content at all. */
        EMPTY,
        /** An Excel 97-2003 workbook (.xls): save it as .xlsx. */
        OLD_EXCEL,
        /** A workbook protected by a password (encrypted): remove the password. */
        ENCRYPTED,
        /** A text file (CSV, TXT) and not a workbook. */
        TEXT,
        /** Cut short or damaged: the zip package or its XML cannot be read. */
        DAMAGED,
        /** Some other file (a PDF, an image, a Word document …). */
        NOT_A_WORKBOOK,
        /** The file cannot be read or written (no permission, disk full, locked by another program). */
        IO
    }

    private final Path file;
    private final Kind kind;
    private final String reason;

    public WorkbookException(Path file, Kind kind, String reason, Throwable cause) {
        super(file + ": " + kind + ": " + reason, cause);
        this.file = file;
        this.kind = kind;
        this.reason = reason;
    }

    /** A file that cannot be written (exports). */
    public WorkbookException(Path file, String reason, Throwable cause) {
        this(file, Kind.IO, reason, cause);
    }

    public Path file() {
        return file;
    }

    public Kind kind() {
        return kind;
    }

    /** The technical reason as the library gave it (not translated; for the log). */
    public String reason() {
        return reason;
    }
}
