package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.enterprise.Enterprise;

import java.util.List;

/**
 * A workbook read and checked: the layout of each list sheet read, how many data rows they hold (blank, totals and
 * text rows not counted), the enterprises they describe (in the order they first appear), every problem (sheet by
 * sheet, top to bottom) and every note (columns not read, rows skipped, values read in a documented way). It may be
 * imported only when it has no problem.
 */
public record CheckedList(List<SheetLayout> layouts, int rows, List<Enterprise> enterprises, List<RowProblem> problems,
                          List<CheckNote> notes) {
    public CheckedList {
        layouts = List.copyOf(layouts);
        enterprises = List.copyOf(enterprises);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    public int lines() {
        return enterprises.stream().mapToInt(e -> e.lines().size()).sum();
    }

    /** More than one sheet was read (problems then name their sheet). */
    public boolean severalSheets() {
        return layouts.stream().filter(SheetLayout::list).count() > 1;
    }
}
