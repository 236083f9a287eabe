package cn.hazedesk.application.port;

import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.listimport.MergedRegion;
import cn.hazedesk.domain.listimport.SheetLayout;
import cn.hazedesk.domain.listimport.SheetRow;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The list as an Excel workbook (.xlsx): one row per production line, the enterprise's columns repeated. */
public interface ListWorkbook {
    /** Receives what {@link #read} finds, sheet by sheet. */
    interface RowSink {
        /**
         * A sheet's first rows (row 1-based → column 0-based → text) and all its merged regions; the sink answers
         * with the sheet's layout. When it holds no list ({@link SheetLayout#list()} false) the sheet's rows are not
         * read; otherwise every row below the header block follows, in order, through {@link #row}.
         */
        SheetLayout sheet(String sheetName, Map<Integer, Map<Integer, String>> topRows, List<MergedRegion> merges);

        void row(SheetRow row);
    }

    /**
     * Streams the list out of every sheet of the workbook. Cells are read as Excel stores them: numbers to Excel's
     * 15 significant digits whatever their display, a percent-formatted cell as "30%", a formula by its cached value
     * (a formula without one, and an error value, are flagged on the cell).
     *
     * @throws WorkbookException when the file cannot be read as a workbook (with what kind of file it is instead)
     * @throws cn.hazedesk.application.CancelledException when {@code cancel} says so
     */
    void read(Path file, RowSink sink, ProgressListener progress, CancelToken cancel);

    /** Writes the enterprises in the list's layout (replacing the file). */
    void write(Path file, List<Enterprise> enterprises, ProgressListener progress);

    /** Writes an empty list with every header, and a sheet 说明 holding {@code notes}, one per row. */
    void writeTemplate(Path file, List<String> notes);
}
