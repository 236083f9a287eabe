package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.enterprise.Enterprise;

import java.util.List;

/**
 * A spreadsheet read and checked: how many data rows it has (blank rows not counted), the enterprises it
 * describes (in the order they first appear) and every problem, top to bottom. It may be imported only when
 * it has no problem.
 */
public record CheckedList(SheetLayout layout, int rows, List<Enterprise> enterprises, List<RowProblem> problems) {
    public CheckedList {
        enterprises = List.copyOf(enterprises);
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    public int lines() {
        return enterprises.stream().mapToInt(e -> e.lines().size()).sum();
    }
}
