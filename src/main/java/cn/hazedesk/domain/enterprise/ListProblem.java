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
        UNKNOWN_GRADE,
        UNKNOWN_CONTROL_TYPE,
        UNKNOWN_MEASURE_TYPE,
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
        TOO_LONG
    }

    public ListProblem {
        args = List.copyOf(args);
    }

    public static ListProblem of(ListField field, String lineName, Kind kind, String... args) {
        return new ListProblem(field, lineName, kind, List.of(args));
    }
}
