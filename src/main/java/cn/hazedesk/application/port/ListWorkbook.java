package cn.hazedesk.application.port;

import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.listimport.SheetLayout;
import cn.hazedesk.domain.listimport.SheetRow;

import java.nio.file.Path;
import java.util.List;

/** The list as an Excel workbook (.xlsx): one row per production line, the enterprise's columns repeated. */
public interface ListWorkbook {
    /** Receives what {@link #read} finds: first the layout, then each data row below the header row, in order. */
    interface RowSink {
        void header(SheetLayout layout);

        void row(SheetRow row);
    }

    /**
     * Streams the list out of the workbook: the first sheet whose first {@link SheetLayout#HEADER_SEARCH_ROWS} rows
     * hold a header row naming every required column is read. When no sheet has one, the layout of the best
     * candidate (with its missing columns) is passed to the sink and no row follows.
     *
     * @throws WorkbookException when the file cannot be read as a workbook
     * @throws cn.hazedesk.application.CancelledException when {@code cancel} says so
     */
    SheetLayout read(Path file, RowSink sink, ProgressListener progress, CancelToken cancel);

    /** Writes the enterprises in the list's layout (replacing the file). */
    void write(Path file, List<Enterprise> enterprises, ProgressListener progress);

    /** Writes an empty list with every header, and a sheet 说明 holding {@code notes}, one per row. */
    void writeTemplate(Path file, List<String> notes);
}
