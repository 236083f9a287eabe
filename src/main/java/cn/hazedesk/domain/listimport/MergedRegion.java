package cn.hazedesk.domain.listimport;

/**
 * A merged cell range of a sheet: rows 1-based as Excel shows them, columns 0-based. Its value is the text of its
 * top-left cell.
 */
public record MergedRegion(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    public MergedRegion {
        if (lastRow < firstRow || lastColumn < firstColumn || firstRow < 1 || firstColumn < 0) {
            throw new IllegalArgumentException("bad merged region " + firstRow + ":" + lastRow + "," + firstColumn + ":" + lastColumn);
        }
    }

    public boolean covers(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    /** True when the cell is inside the region but not its top-left cell (its value is the top-left one's). */
    public boolean continues(int row, int column) {
        return covers(row, column) && (row != firstRow || column != firstColumn);
    }

    /** An A1 range such as "A3:A5" (for messages). */
    public String a1() {
        return Columns.letters(firstColumn) + firstRow + ":" + Columns.letters(lastColumn) + lastRow;
    }
}
