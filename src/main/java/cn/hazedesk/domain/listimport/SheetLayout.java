package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.enterprise.ListField;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where the list sits in a sheet: the header row (1-based, as Excel shows it) and, for each recognised column,
 * its header text as written and its column index (0-based). Unknown columns are ignored; when a column
 * appears twice the first one counts. {@code missingRequired} lists required columns the header row lacks.
 */
public record SheetLayout(String sheetName, int headerRow, Map<ListField, String> headers,
                          Map<ListField, Integer> columns, List<ListField> missingRequired) {
    /** How many rows from the top of a sheet are searched for the header row. */
    public static final int HEADER_SEARCH_ROWS = 30;

    public SheetLayout {
        headers = Collections.unmodifiableMap(copy(headers));
        columns = Collections.unmodifiableMap(copy(columns));
        missingRequired = List.copyOf(missingRequired);
    }

    private static <V> EnumMap<ListField, V> copy(Map<ListField, V> m) {
        EnumMap<ListField, V> c = new EnumMap<>(ListField.class);
        c.putAll(m);
        return c;
    }

    /** Reads a candidate header row: cell texts by 0-based column index. */
    public static SheetLayout fromHeaderRow(String sheetName, int rowNumber, Map<Integer, String> cells) {
        Map<ListField, String> headers = new EnumMap<>(ListField.class);
        Map<ListField, Integer> columns = new EnumMap<>(ListField.class);
        cells.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(c ->
                ListField.byHeader(c.getValue()).ifPresent(f -> {
                    if (!columns.containsKey(f)) {
                        columns.put(f, c.getKey());
                        headers.put(f, ListText.text(c.getValue()));
                    }
                }));
        List<ListField> missing = new ArrayList<>();
        for (ListField f : ListField.values()) {
            if (f.required() && !columns.containsKey(f)) {
                missing.add(f);
            }
        }
        return new SheetLayout(sheetName, rowNumber, headers, columns, missing);
    }

    /** The better header candidate of two: more required columns, then more recognised columns, then the upper. */
    public static SheetLayout better(SheetLayout a, SheetLayout b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a.missingRequired.size() != b.missingRequired.size()) {
            return a.missingRequired.size() < b.missingRequired.size() ? a : b;
        }
        return b.columns.size() > a.columns.size() ? b : a;
    }

    /** A header row was found: it names every required column. */
    public boolean found() {
        return missingRequired.isEmpty();
    }

    /** The header as the sheet writes it; the standard header for a column the sheet does not have. */
    public String header(ListField field) {
        String h = headers.get(field);
        return h == null ? field.header() : h;
    }

    /** The column index, or a position after every real column (for ordering) when the sheet lacks it. */
    public int column(ListField field) {
        Integer c = columns.get(field);
        return c == null ? 100_000 + field.ordinal() : c;
    }
}
