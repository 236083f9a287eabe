package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.ListProblem;
import cn.hazedesk.domain.enterprise.ValueParser;
import cn.hazedesk.domain.enterprise.WarningLevel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading one cell of a list row as text, a number or a whole number: text is cleaned and checked against the
 * length the list stores, numbers are read as people write them and kept to the list's precision (more digits are
 * rounded half-up and counted). What cannot be read is a {@link ListProblem} naming the field and line.
 */
final class ListCells {
    private static final Map<ListField, Integer> MAX_LENGTH = maxLengths();

    private ListCells() {
    }

    static String get(Map<ListField, String> cells, ListField f) {
        String v = cells.get(f);
        return v == null ? "" : v;
    }

    static String text(Map<ListField, String> cells, ListField f, String lineName, List<ListProblem> found) {
        String t = ListText.text(get(cells, f));
        Integer max = MAX_LENGTH.get(f);
        if (max != null && t.length() > max) {
            found.add(ListProblem.of(f, lineName, ListProblem.Kind.TOO_LONG, String.valueOf(max)));
        }
        return t;
    }

    static String optional(Map<ListField, String> cells, ListField f, String lineName, List<ListProblem> found) {
        String t = text(cells, f, lineName, found);
        return t.isEmpty() ? null : t;
    }

    static BigDecimal number(Map<ListField, String> cells, ListField f, String lineName, int scale,
                             BigDecimal factor, ListEntryParser.Tally tally, List<ListProblem> found) {
        return number(ValueParser.clean(get(cells, f)), f, lineName, scale, factor, tally, found);
    }

    static BigDecimal number(String t, ListField f, String lineName, int scale, BigDecimal factor,
                             ListEntryParser.Tally tally, List<ListProblem> found) {
        if (t.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> v = ValueParser.decimal(t);
        if (v.isEmpty()) {
            found.add(ListProblem.of(f, lineName, ListProblem.Kind.NOT_A_NUMBER, t));
            return null;
        }
        return scaled(v.get().multiply(factor), scale, tally);
    }

    static Integer wholeNumber(Map<ListField, String> cells, ListField f, List<ListProblem> found) {
        String t = ValueParser.clean(get(cells, f));
        if (t.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> v = ValueParser.decimal(t);
        if (v.isEmpty()) {
            found.add(ListProblem.of(f, null, ListProblem.Kind.NOT_A_NUMBER, t));
            return null;
        }
        try {
            return v.get().stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            found.add(ListProblem.of(f, null, ListProblem.Kind.NOT_A_WHOLE_NUMBER, t));
            return null;
        }
    }

    static BigDecimal scaled(BigDecimal v, int scale, ListEntryParser.Tally tally) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() > scale) {
            tally.rounded++;
            return s.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** What the list can keep of each text column (the stored lengths). */
    private static Map<ListField, Integer> maxLengths() {
        Map<ListField, Integer> m = new EnumMap<>(ListField.class);
        m.put(ListField.NAME, 200);
        m.put(ListField.ADDRESS, 300);
        m.put(ListField.CONTACT, 50);
        m.put(ListField.PHONE, 50);
        m.put(ListField.PERMIT_NUMBER, 100);
        m.put(ListField.PERMIT_MANAGEMENT, 20);
        m.put(ListField.TRUCK_STANDARD, 20);
        m.put(ListField.LINE_NAME, 200);
        m.put(ListField.PROCESS, 200);
        m.put(ListField.CAPACITY, 200);
        for (WarningLevel level : WarningLevel.values()) {
            m.put(ListField.textField(level), 1000);
        }
        return m;
    }

    /** The most characters a text field keeps (for the editor's hints); null for fields without a limit. */
    static Integer maxLength(ListField f) {
        return MAX_LENGTH.get(f);
    }
}
