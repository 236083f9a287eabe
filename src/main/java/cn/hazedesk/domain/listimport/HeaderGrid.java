package cn.hazedesk.domain.listimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The first rows of a sheet with merged cells spread over every cell they cover, as {@link HeaderBlock} searches
 * them for a header block: a cell's value (its own or its merge's), the cells a row writes itself, a column's texts
 * top to bottom, and whether rows can be a header at all.
 */
final class HeaderGrid {
    private final Map<Integer, Map<Integer, String>> raw;
    private final List<MergedRegion> merges;

    HeaderGrid(Map<Integer, Map<Integer, String>> raw, List<MergedRegion> merges) {
        this.raw = raw;
        List<MergedRegion> top = new ArrayList<>();
        for (MergedRegion m : merges) {
            if (m.firstRow() <= SheetLayout.HEADER_SEARCH_ROWS + HeaderBlock.MAX_HEIGHT + 2) {
                top.add(m);
            }
        }
        this.merges = top;
    }

    Set<Integer> rowNumbers() {
        Set<Integer> rows = new TreeSet<>(raw.keySet());
        for (MergedRegion m : merges) {
            for (int r = m.firstRow(); r <= m.lastRow() && r <= SheetLayout.HEADER_SEARCH_ROWS; r++) {
                rows.add(r);
            }
        }
        return rows;
    }

    String value(int row, int col) {
        String own = raw.getOrDefault(row, Map.of()).get(col);
        if (own != null && !own.isBlank()) {
            return own.strip();
        }
        for (MergedRegion m : merges) {
            if (m.continues(row, col)) {
                String top = raw.getOrDefault(m.firstRow(), Map.of()).get(m.firstColumn());
                return top == null || top.isBlank() ? null : top.strip();
            }
        }
        return null;
    }

    /** The cells written in this row itself (not continued from a merge above or to the left). */
    Map<Integer, String> ownCells(int row) {
        Map<Integer, String> out = new HashMap<>();
        raw.getOrDefault(row, Map.of()).forEach((c, v) -> {
            if (v != null && !v.isBlank()) {
                out.put(c, v.strip());
            }
        });
        return out;
    }

    Set<Integer> columnsIn(int fromRow, int toRow) {
        Set<Integer> cols = new TreeSet<>();
        for (int r = fromRow; r <= toRow; r++) {
            cols.addAll(raw.getOrDefault(r, Map.of()).keySet());
            for (MergedRegion m : merges) {
                if (r >= m.firstRow() && r <= m.lastRow()) {
                    for (int c = m.firstColumn(); c <= m.lastColumn(); c++) {
                        cols.add(c);
                    }
                }
            }
        }
        return cols;
    }

    /** The distinct texts of a column in the block, top to bottom (a merged cell counts once). */
    List<String> parts(int col, int fromRow, int toRow) {
        List<String> parts = new ArrayList<>();
        for (int r = fromRow; r <= toRow; r++) {
            String v = value(r, col);
            if (v != null && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(v))) {
                parts.add(v);
            }
        }
        return parts;
    }

    /** Rows s..s+h-1 can be a header block: none blank, none a title (one text across the row). */
    boolean headerLike(int s, int h) {
        for (int r = s; r < s + h; r++) {
            Set<String> distinct = new LinkedHashSet<>();
            for (int c : columnsIn(r, r)) {
                String v = value(r, c);
                if (v != null) {
                    distinct.add(v);
                }
            }
            if (distinct.size() < 2) {
                return false;
            }
        }
        return true;
    }
}
