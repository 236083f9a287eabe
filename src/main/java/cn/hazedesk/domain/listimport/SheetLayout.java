package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.enterprise.ListField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a list sits in one sheet: its header block (rows {@code headerFirstRow}..{@code headerLastRow}, 1-based,
 * units and numbering rows below the headers included), what each column means, every column that is not read
 * (with its header text and why), and the columns the list needs but the sheet lacks. {@code list} is false for a
 * sheet that holds no list at all (no header block naming an enterprise name among its first rows).
 * {@code districtCode}: the district the sheet's name gives, used when the sheet has no district column.
 */
public record SheetLayout(String sheetName, boolean list, int headerFirstRow, int headerLastRow,
                          Map<Integer, Column> columns, List<IgnoredColumn> ignored, List<ListField> missing,
                          String districtCode) {
    /** How many rows from the top of a sheet are searched for the header block. */
    public static final int HEADER_SEARCH_ROWS = 30;

    /** A column that is read: its 0-based index, its header as the sheet writes it (group/sub-header), its field. */
    public record Column(int index, String header, ListField field, BigDecimal factor, boolean percent,
                         boolean unitAssumed) {
    }

    /** Why a column is not read. */
    public enum IgnoreReason {
        /** Its header names nothing HazeDesk keeps (序号, 主要产品 …). */
        UNKNOWN,
        /** Something HazeDesk does not read: reduction amounts, concentrations, permitted amounts. */
        NOT_READ,
        /** The header names two levels or two pollutants. */
        AMBIGUOUS,
        /** An emission column in a unit HazeDesk does not convert (t/d, kg/h …). detail: the unit */
        UNIT,
        /** A pollutant column without an emission word or a unit: it may be a concentration. */
        NOT_EMISSION
    }

    /** A column of the header block that is not read. */
    public record IgnoredColumn(int index, String header, IgnoreReason reason, String detail) {
    }

    public SheetLayout {
        columns = Collections.unmodifiableMap(new TreeMap<>(columns));
        ignored = List.copyOf(ignored);
        missing = List.copyOf(missing);
    }

    /** A sheet without a list. */
    public static SheetLayout none(String sheetName) {
        return new SheetLayout(sheetName, false, 0, 0, Map.of(), List.of(), List.of(), null);
    }

    /** A header block was found and names every column the list needs. */
    public boolean found() {
        return list && missing.isEmpty();
    }

    /** The first row below the header block. */
    public int firstDataRow() {
        return headerLastRow + 1;
    }

    /** The columns of a field, left to right (a field may appear twice: the first non-empty cell counts). */
    public List<Column> columnsOf(ListField field) {
        List<Column> out = new ArrayList<>(1);
        for (Column c : columns.values()) {
            if (c.field() == field) {
                out.add(c);
            }
        }
        return out;
    }

    public boolean has(ListField field) {
        for (Column c : columns.values()) {
            if (c.field() == field) {
                return true;
            }
        }
        return false;
    }

    /** The header as the sheet writes it; the standard header for a field the sheet does not have. */
    public String header(ListField field, cn.hazedesk.domain.enterprise.ListWords words) {
        List<Column> c = columnsOf(field);
        return c.isEmpty() ? words.header(field) : c.get(0).header();
    }

    /** The column index, or a position after every real column (for ordering) when the sheet lacks it. */
    public int column(ListField field) {
        List<Column> c = columnsOf(field);
        return c.isEmpty() ? 100_000 + field.ordinal() : c.get(0).index();
    }
}
