package cn.hazedesk.application;

import cn.hazedesk.application.port.ListWorkbook;
import cn.hazedesk.domain.enterprise.IndustryCatalog;
import cn.hazedesk.domain.listimport.CheckedList;
import cn.hazedesk.domain.listimport.ListSheetCheck;
import cn.hazedesk.domain.listimport.SheetLayout;
import cn.hazedesk.domain.listimport.SheetRow;
import cn.hazedesk.domain.region.RegionCatalog;

import java.nio.file.Path;

/** Reads a list workbook and checks every row, without the database (the {@code list validate} command). */
public final class ListFileCheck {
    private final ListWorkbook workbook;
    private final RegionCatalog regions;
    private final IndustryCatalog industries;

    public ListFileCheck(ListWorkbook workbook, RegionCatalog regions, IndustryCatalog industries) {
        this.workbook = workbook;
        this.regions = regions;
        this.industries = industries;
    }

    /**
     * @throws cn.hazedesk.application.port.WorkbookException when the file is no readable workbook
     * @throws CancelledException when cancelled
     */
    public CheckedList check(Path file, ProgressListener progress, CancelToken cancel) {
        ListSheetCheck[] check = new ListSheetCheck[1];
        workbook.read(file, new ListWorkbook.RowSink() {
            @Override
            public void header(SheetLayout layout) {
                check[0] = new ListSheetCheck(regions, industries, layout);
            }

            @Override
            public void row(SheetRow row) {
                check[0].accept(row);
            }
        }, progress, cancel);
        return check[0].finish();
    }
}
