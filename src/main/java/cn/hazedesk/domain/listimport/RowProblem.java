package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.ListProblem;

import java.util.Comparator;

/**
 * A problem of an imported spreadsheet, placed where the user finds it: the sheet, the row number as Excel shows it
 * (1-based), the column (0-based) and its header as the sheet writes it, and the problem itself (worded by the
 * presentation).
 */
public record RowProblem(String sheet, int row, int column, String header, ListProblem problem) {
    /** Sheet by sheet in the order read, then top to bottom, left to right (sheet order is kept by the check). */
    public static final Comparator<RowProblem> IN_SHEET_ORDER =
            Comparator.comparingInt(RowProblem::row).thenComparingInt(RowProblem::column);

    public ListField field() {
        return problem.field();
    }

    public ListProblem.Kind kind() {
        return problem.kind();
    }

    static RowProblem at(int row, SheetLayout layout, ListProblem problem, cn.hazedesk.domain.enterprise.ListWords words) {
        return new RowProblem(layout.sheetName(), row, layout.column(problem.field()),
                layout.header(problem.field(), words), problem);
    }

    static RowProblem at(int row, SheetLayout layout, int column, String header, ListProblem problem) {
        return new RowProblem(layout.sheetName(), row, column, header, problem);
    }
}
