package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.enterprise.ListField;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a row of one sheet is, read against the sheet's columns: a row that only continues cells merged from above,
 * a repeated header or its numbering row, a totals row (合计, 小计), or a data row with its own credit code; and the
 * first filled cell of a field that has several columns.
 */
final class RowShapes {
    private final SheetLayout layout;
    private final ListVocabulary words;
    /** The sheet's columns of each field, computed once per sheet (a 50,000-row sheet asks for them per row). */
    private final EnumMap<ListField, List<SheetLayout.Column>> fieldColumns = new EnumMap<>(ListField.class);

    RowShapes(SheetLayout layout, ListVocabulary words) {
        this.layout = layout;
        this.words = words;
        for (ListField f : ListField.values()) {
            List<SheetLayout.Column> cols = layout.columnsOf(f);
            if (!cols.isEmpty()) {
                fieldColumns.put(f, cols);
            }
        }
    }

    /** The fields the sheet has columns for, each with its columns (in sheet order). */
    Map<ListField, List<SheetLayout.Column>> fieldColumns() {
        return fieldColumns;
    }

    /** True when every non-blank cell continues a merged region from an earlier row. */
    static boolean onlyContinued(Map<Integer, SheetRow.Cell> cells) {
        for (SheetRow.Cell c : cells.values()) {
            if (!c.blank() && (c.merge() == null || c.merge().lastRow() < 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The credit code the row writes in its USCC column: its own cell, or one merged down from the rows above (an
     * enterprise's cells merged over its lines) — not a title or section cell merged across from another column.
     */
    String ownUscc(Map<Integer, SheetRow.Cell> cells) {
        for (SheetLayout.Column c : fieldColumns.getOrDefault(ListField.USCC, List.of())) {
            SheetRow.Cell cell = cells.get(c.index());
            if (cell != null && !cell.blank() && (cell.merge() == null || cell.merge().firstColumn() == c.index())) {
                return cell.text().strip();
            }
        }
        return "";
    }

    /** Two or more cells of the row name their own column, as the header does (企业名称 under 企业名称 …). */
    boolean repeatedHeader(Map<Integer, SheetRow.Cell> cells) {
        int named = 0;
        for (Map.Entry<ListField, List<SheetLayout.Column>> fc : fieldColumns.entrySet()) {
            for (SheetLayout.Column c : fc.getValue()) {
                SheetRow.Cell cell = cells.get(c.index());
                if (cell != null && !cell.blank() && cell.merge() == null
                        && words.field(cell.text()).filter(f -> f == fc.getKey()).isPresent()) {
                    named++;
                }
            }
        }
        return named >= 2;
    }

    /** A row of at least three whole numbers increasing left to right and nothing else: a column numbering row. */
    static boolean numbering(Map<Integer, SheetRow.Cell> cells) {
        List<Integer> cols = new ArrayList<>();
        for (Map.Entry<Integer, SheetRow.Cell> e : cells.entrySet()) {
            if (!e.getValue().blank()) {
                cols.add(e.getKey());
            }
        }
        if (cols.size() < 3) {
            return false;
        }
        java.util.Collections.sort(cols);
        long previous = Long.MIN_VALUE;
        for (int col : cols) {
            String t = ListVocabulary.norm(cells.get(col).text()).replace("(", "").replace(")", "");
            long x;
            try {
                x = Long.parseLong(t);
            } catch (NumberFormatException e) {
                return false;
            }
            if (x <= previous) {
                return false;
            }
            previous = x;
        }
        return true;
    }

    /** 合计 / 小计 in the name column or one of the first columns of a row without a credit code. */
    Optional<String> totalLabel(Map<Integer, SheetRow.Cell> cells) {
        for (SheetLayout.Column c : layout.columnsOf(ListField.NAME)) {
            SheetRow.Cell cell = cells.get(c.index());
            if (cell != null && words.total(cell.text())) {
                return Optional.of(ListText.text(cell.text()));
            }
        }
        for (int col = 0; col < 3; col++) {
            SheetRow.Cell cell = cells.get(col);
            if (cell != null && words.total(cell.text())) {
                return Optional.of(ListText.text(cell.text()));
            }
        }
        return Optional.empty();
    }

    Optional<SheetRow.Cell> first(Map<Integer, SheetRow.Cell> cells, ListField f) {
        for (SheetLayout.Column c : fieldColumns.getOrDefault(f, List.of())) {
            SheetRow.Cell cell = cells.get(c.index());
            if (cell != null && !cell.blank()) {
                return Optional.of(cell);
            }
        }
        return Optional.empty();
    }
}
