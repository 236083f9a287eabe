package cn.hazedesk.application.port;

import java.nio.file.Path;

/** A file cannot be read or written as an Excel workbook (.xlsx): missing, not a workbook, damaged, no access. */
public final class WorkbookException extends RuntimeException {
    private final Path file;
    private final String reason;

    public WorkbookException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** The technical reason as the library gave it (not translated). */
    public String reason() {
        return reason;
    }
}
