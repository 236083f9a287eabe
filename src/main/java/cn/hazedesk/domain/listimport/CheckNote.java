package cn.hazedesk.domain.listimport;

import java.util.List;

/**
 * Something the check did or saw that is not a problem but must not go unsaid: a column it does not read, a row
 * it skipped, a value it read in a documented way (a share from a measure's text, "/" as no emission). Worded by
 * the presentation from {@code kind} and {@code args}; {@code sheet} and {@code row} place it (row 0: the whole
 * sheet or workbook).
 */
public record CheckNote(Kind kind, String sheet, int row, List<String> args) {
    public enum Kind {
        /** args: column letter, header, reason (SheetLayout.IgnoreReason name), detail */
        IGNORED_COLUMN,
        /** A sheet without a list header. args: — */
        IGNORED_SHEET,
        /** A row that is no enterprise (a title, a note, a section heading). args: its text */
        SKIPPED_ROW,
        /** The header (or its numbering row) repeated inside the data, as printed lists do: skipped. args: — */
        REPEATED_HEADER,
        /** A totals row, not imported. args: its label */
        TOTAL_ROW,
        /** A totals row whose emission differs from the sum of the rows it totals. args: header, total, sum */
        TOTAL_MISMATCH,
        /** No district column: the sheet's name gives it. args: district name */
        DISTRICT_FROM_SHEET,
        /** No district column: a section row gives it to the rows below. args: district name */
        DISTRICT_FROM_SECTION,
        /** No line column: each row is one line named as args[0]. args: the name given */
        LINE_NAME_ADDED,
        /** An emission merged down over several rows, counted once on its first row. args: range, header */
        MERGED_NUMBER,
        /** args: how many emission cells said "no emission" (/, 无, —) and were read as 0 */
        ZEROS_READ,
        /** args: measures read from their text alone, on how many lines */
        MEASURES_DERIVED,
        /** args: measures whose transport rule was read from their text */
        TRANSPORT_READ,
        /** args: shares written as plain numbers above 1 and read as percents */
        PERCENTS_READ,
        /** args: values rounded to the list's precision */
        ROUNDED,
        /** An emission column without a unit, read as tonnes per year. args: header */
        UNIT_ASSUMED,
        /** An emission column in another unit, converted to tonnes. args: header, factor */
        UNIT_CONVERTED,
        /** args: lines with no measure written at some level (the grade's default measure applies), level count */
        NO_MEASURE
    }

    public CheckNote {
        args = List.copyOf(args);
    }

    public static CheckNote of(Kind kind, String sheet, int row, Object... args) {
        return new CheckNote(kind, sheet, row, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
