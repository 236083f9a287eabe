package cn.hazedesk.application;

import cn.hazedesk.application.port.ListWorkbook;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.ListProblem;
import cn.hazedesk.domain.listimport.CheckedList;
import cn.hazedesk.domain.listimport.HeaderBlock;
import cn.hazedesk.domain.listimport.ListEntryParser;
import cn.hazedesk.domain.listimport.ListSheetCheck;
import cn.hazedesk.domain.listimport.MergedRegion;
import cn.hazedesk.domain.listimport.RowProblem;
import cn.hazedesk.domain.listimport.SheetLayout;
import cn.hazedesk.domain.listimport.SheetRow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a list workbook and checks every row of every sheet that holds a list, without the database (the
 * {@code list validate} command, and the first step of an import). A workbook in which no sheet holds a list
 * header is one problem naming its sheets.
 */
public final class ListFileCheck {
    private final ListWorkbook workbook;
    private final ListEntryParser parser;

    public ListFileCheck(ListWorkbook workbook, ListEntryParser parser) {
        this.workbook = workbook;
        this.parser = parser;
    }

    /** The words the list writes its values with (the changes a preview shows are worded with them). */
    public cn.hazedesk.domain.enterprise.ListWords words() {
        return parser.vocabulary().values();
    }

    /**
     * @throws cn.hazedesk.application.port.WorkbookException when the file is no readable workbook
     * @throws CancelledException when cancelled
     */
    public CheckedList check(Path file, ProgressListener progress, CancelToken cancel) {
        ListSheetCheck check = new ListSheetCheck(parser);
        List<String> sheets = new ArrayList<>();
        boolean[] anyList = {false};
        workbook.read(file, new ListWorkbook.RowSink() {
            @Override
            public SheetLayout sheet(String sheetName, Map<Integer, Map<Integer, String>> topRows, List<MergedRegion> merges) {
                sheets.add(sheetName);
                SheetLayout layout = HeaderBlock.find(sheetName, topRows, merges, parser.vocabulary(), parser.regions());
                if (layout.list()) {
                    anyList[0] = true;
                    check.startSheet(layout);
                } else {
                    check.skipSheet(sheetName);
                }
                return layout;
            }

            @Override
            public void row(SheetRow row) {
                check.accept(row);
            }
        }, progress, cancel);
        CheckedList checked = check.finish();
        if (anyList[0]) {
            return checked;
        }
        List<RowProblem> problems = List.of(new RowProblem(sheets.isEmpty() ? "" : sheets.get(0), 1, 0, "",
                ListProblem.of(ListField.NAME, null, ListProblem.Kind.NO_LIST_HEADER, sheets.toArray(String[]::new))));
        return new CheckedList(checked.layouts(), 0, List.of(), problems, checked.notes());
    }
}
