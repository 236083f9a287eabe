package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.enterprise.ListField;

import java.util.Map;

/**
 * One data row of a list spreadsheet: its row number as Excel shows it (1-based) and the text of each
 * recognised column (cells of unknown columns are not kept).
 */
public record SheetRow(int rowNumber, Map<ListField, String> cells) {
    public SheetRow {
        cells = Map.copyOf(cells);
    }

    /** The cell's text, "" when the cell is empty or the column is absent. */
    public String get(ListField field) {
        String v = cells.get(field);
        return v == null ? "" : v;
    }

    /** True when no recognised column holds anything but white space. */
    public boolean blank() {
        for (String v : cells.values()) {
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                    return false;
                }
            }
        }
        return true;
    }
}
