package cn.hazedesk.domain.listimport;

import java.util.Map;

/**
 * One row of a list sheet as the workbook holds it: its row number as Excel shows it (1-based) and its cells by
 * 0-based column. A cell inside a merged region other than its top-left cell carries the top-left cell's text and
 * the region ({@link Cell#merge}); what that means (the same value on every line, or a number counted once) is the
 * check's decision.
 */
public record SheetRow(int rowNumber, Map<Integer, Cell> cells) {
    /** What is unusual about a cell. */
    public enum Flag {
        NONE,
        /** A formula Excel never calculated: the file keeps no value for it. */
        FORMULA_NO_VALUE,
        /** An Excel error value (#REF!, #DIV/0! …); the text is the error. */
        ERROR
    }

    /** A cell's text (numbers as stored, a percent-formatted cell as "30%"), its flag, the merge it continues. */
    public record Cell(String text, Flag flag, MergedRegion merge) {
        public static Cell of(String text) {
            return new Cell(text, Flag.NONE, null);
        }

        public boolean blank() {
            if (flag != Flag.NONE) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                    return false;
                }
            }
            return true;
        }
    }

    public SheetRow {
        cells = Map.copyOf(cells);
    }

    /** True when no cell holds anything but white space. */
    public boolean blank() {
        for (Cell c : cells.values()) {
            if (!c.blank()) {
                return false;
            }
        }
        return true;
    }
}
