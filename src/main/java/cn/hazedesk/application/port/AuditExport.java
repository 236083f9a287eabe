package cn.hazedesk.application.port;

import cn.hazedesk.application.AuditEntry;
import cn.hazedesk.application.ProgressListener;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Audit records as an Excel workbook (.xlsx): one sheet, a header row, one row per record. */
public interface AuditExport {
    /**
     * Writes (replacing the file) the columns time, operator, action, subject, details, headed by {@code headers}
     * (five texts in that order); the action is shown as {@code actionLabel} says.
     *
     * @throws WorkbookException when the file cannot be written
     */
    void write(Path file, String sheetName, List<String> headers, List<AuditEntry> entries,
               Function<String, String> actionLabel, ProgressListener progress);
}
