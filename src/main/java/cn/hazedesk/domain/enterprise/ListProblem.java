package cn.hazedesk.domain.enterprise;

import java.util.List;

/**
 * One thing wrong with list data: which field, on which line (null for the enterprise's own fields), what rule
 * it breaks, and the facts a message needs ({@code args}: e.g. the bad value, the expected check character).
 * The presentation words it in the user's language from {@code kind}.
 */
public record ListProblem(ListField field, String lineName, Kind kind, List<String> args) {
    public enum Kind {
        /** A required value is missing. args: — */
        REQUIRED,
        /** The USCC is invalid. args: the USCC problem kind, then its facts */
        USCC_INVALID,
        /** args: the value */
        UNKNOWN_DISTRICT,
        UNKNOWN_INDUSTRY,
        /** args: the value, then the words of every grade (as the list writes them) */
        UNKNOWN_GRADE,
        /** args: the value, then the words of every control type (as the list writes them) */
        UNKNOWN_CONTROL_TYPE,
        /** args: the value, then the words of every measure type (as the list writes them) */
        UNKNOWN_MEASURE_TYPE,
        /** args: the value */
        NOT_A_NUMBER,
        NOT_YES_NO,
        NOT_A_WHOLE_NUMBER,
        /** args: the value */
        NEGATIVE,
        /** args: the value */
        FRACTION_RANGE,
        /** args: the value, the lowest, the highest */
        LONGITUDE_RANGE,
        LATITUDE_RANGE,
        /** The same USCC under two names. args: the other name */
        USCC_NAME_CONFLICT,
        /** The same line name twice for one enterprise. args: the line name */
        DUPLICATE_LINE,
        /** Another stored enterprise already has this USCC. args: its name */
        USCC_TAKEN,
        /** An enterprise without any production line. args: — */
        NO_LINES,
        /** A spreadsheet lacks a required column (no header row names it). args: — */
        MISSING_COLUMN,
        /** Longer than the list can keep. args: the most characters allowed */
        TOO_LONG,
        /** A spreadsheet lacks every column of a level's measures (text, share and type). args: — */
        MISSING_MEASURE_COLUMNS,
        /** Above the plausible most for one line (data/list-limits.csv). args: the value, the most */
        IMPLAUSIBLE,
        /** A measure text no rule reads, and no share is given. args: the text */
        MEASURE_NOT_READ,
        /** A measure text whose parts say different things, and no share is given. args: the parts */
        MEASURE_AMBIGUOUS,
        /** A measure text naming a measure without its share (限产, 焖炉), and no share is given. args: the text */
        MEASURE_NO_SHARE,
        /** An extended coking time without the line's design coking time. args: the text */
        MEASURE_NEEDS_DESIGN_COKING_TIME,
        /** The share given and the share the text states differ. args: the given share, the text's share, the text */
        MEASURE_CONFLICT,
        /** A formula cell that Excel never calculated (no cached value). args: — */
        FORMULA_NO_VALUE,
        /** A cell holding an Excel error (#REF!, #DIV/0! …). args: the error */
        CELL_ERROR,
        /** Two columns of the same field hold different values. args: the other column's header, its value */
        CONFLICTING_COLUMNS,
        /** A number merged across several columns (which column it belongs to cannot be told). args: the range */
        MERGED_ACROSS_COLUMNS,
        /** The sheet gives no district: no district column, none in its name, no section row above. args: — */
        NO_DISTRICT,
        /** The grade cell names one control type, the control type column another. args: grade cell's, column's */
        CONTROL_TYPE_CONFLICT,
        /** A measure type whose meaning contradicts the share given (停产 with 30%). args: the type, the share */
        TYPE_SHARE_CONFLICT,
        /** No sheet of the workbook has a list header among its first rows. args: the sheets' names */
        NO_LIST_HEADER
    }

    public ListProblem {
        args = List.copyOf(args);
    }

    public static ListProblem of(ListField field, String lineName, Kind kind, String... args) {
        return new ListProblem(field, lineName, kind, List.of(args));
    }
}
