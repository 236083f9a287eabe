package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.ListProblem;

import java.util.Comparator;

/**
 * A problem of an imported spreadsheet, placed where the user finds it: the row number as Excel shows it
 * (1-based), the column's header as the sheet writes it, and the problem itself (worded by the presentation).
 */
public record RowProblem(int row, int column, String header, ListProblem problem) {
    /** Top to bottom, left to right. */
    public static final Comparator<RowProblem> IN_SHEET_ORDER =
            Comparator.comparingInt(RowProblem::row).thenComparingInt(RowProblem::column);

    public ListField field() {
        return problem.field();
    }

    public ListProblem.Kind kind() {
        return problem.kind();
    }

    static RowProblem at(int row, SheetLayout layout, ListProblem problem) {
        return new RowProblem(row, layout.column(problem.field()), layout.header(problem.field()), problem);
    }
}
