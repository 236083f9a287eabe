package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.WarningLevel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a list workbook uses, as data (data/list-vocabulary.csv): the names of each column, the level, aspect
 * and pollutant words that compose a column's meaning from a header block, units, totals rows, the marks that mean
 * "no emission", and the words of values ({@link #values()}: grades, control and measure types, yes/no, and the words
 * HazeDesk writes). Every lookup first {@link #norm normalises} the text.
 */
public final class ListVocabulary {
    /** What a vocabulary entry names. */
    public enum Kind {
        FIELD, LEVEL, ASPECT, POLLUTANT, EMISSION, IGNORE, UNIT, TOTAL, ZERO, GRADE, CONTROL,
        /** Words that make a header part or units cell look like a unit (吨, /天, 小时 …), known or not. */
        UNIT_HINT,
        /** A totals row whose label holds one of these totals the rows since the last such row (小计). */
        SUBTOTAL,
        /** The line name given to every row of a sheet without a line column (the first name is written). */
        WHOLE_PLANT,
        /** The name of a sheet HazeDesk writes (key: a {@link Sheet}; one name each). */
        SHEET,
        /** Yes and no in a cell (涉及大宗物料运输): the first name of each is the one written. */
        YES, NO,
        /** The header written for a column (key: a list field; one name each). */
        HEADER,
        /** A measure type in a 措施类型 cell (key: a {@link MeasureType}): the first name of each is the one written. */
        MEASURE_TYPE
    }

    /** The sheets of a workbook HazeDesk writes: the list, and the notes of an empty template. */
    public enum Sheet { LIST, NOTES }

    /** The aspect of a measure column. */
    public enum Aspect { TYPE, FRACTION, TEXT }

    /** One line of the vocabulary file: the kind, its key (a field, level, unit factor …) and its names. */
    public record Entry(Kind kind, String key, List<String> names) {
        public Entry {
            names = List.copyOf(names);
        }
    }

    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]*)\\)");

    private final Map<String, ListField> fields = new HashMap<>();
    private final List<Word<WarningLevel>> levels = new ArrayList<>();
    private final List<Word<Aspect>> aspects = new ArrayList<>();
    private final List<Word<Enterprise.Pollutant>> pollutants = new ArrayList<>();
    private final List<String> emissionWords = new ArrayList<>();
    private final List<String> ignoreWords = new ArrayList<>();
    private final Map<String, BigDecimal> units = new HashMap<>();
    private final List<String> totals = new ArrayList<>();
    private final List<String> zeros = new ArrayList<>();
    private final List<String> unitHints = new ArrayList<>();
    private final List<String> subtotals = new ArrayList<>();
    /** The unit words of factor 1 (tonnes per year), longest first: dropped from the end of an emission cell. */
    private final List<String> tonneWords = new ArrayList<>();
    private String wholePlant = "";
    private final Map<Sheet, String> sheets = new EnumMap<>(Sheet.class);
    /** The words of values: grades, control and measure types, yes and no, and the headers written. */
    private final ValueWords values;

    private record Word<T>(String word, T value) {
    }

    /**
     * @throws IllegalArgumentException for a key that names no field, level, aspect, pollutant, grade or control
     *                                  type, a unit key that is not a positive number, or no whole-plant line name, sheet name, yes or no word
     */
    public ListVocabulary(List<Entry> entries) {
        for (Entry e : entries) {
            for (String raw : e.names()) {
                String n = norm(raw);
                if (n.isEmpty()) {
                    continue;
                }
                switch (e.kind()) {
                    case FIELD -> fields.putIfAbsent(n, ListField.valueOf(e.key()));
                    case LEVEL -> levels.add(new Word<>(n, WarningLevel.valueOf(e.key())));
                    case ASPECT -> aspects.add(new Word<>(n, Aspect.valueOf(e.key())));
                    case POLLUTANT -> pollutants.add(new Word<>(n, Enterprise.Pollutant.valueOf(e.key())));
                    case EMISSION -> emissionWords.add(n);
                    case IGNORE -> ignoreWords.add(n);
                    case UNIT -> units.put(n, positive(e.key()));
                    case TOTAL -> totals.add(n);
                    case ZERO -> zeros.add(n);
                    case GRADE, CONTROL, MEASURE_TYPE, HEADER, YES, NO -> {
                        // the words of values: ValueWords
                    }
                    case UNIT_HINT -> unitHints.add(n);
                    case SUBTOTAL -> subtotals.add(n);
                    case SHEET -> sheets.putIfAbsent(Sheet.valueOf(e.key()), raw.trim());
                    case WHOLE_PLANT -> {
                        if (wholePlant.isEmpty()) {
                            wholePlant = raw.trim(); // written into the line name as it stands
                        }
                    }
                }
            }
        }
        if (wholePlant.isEmpty()) {
            throw new IllegalArgumentException("no whole_plant line name");
        }
        for (Sheet sheet : Sheet.values()) {
            if (!sheets.containsKey(sheet)) {
                throw new IllegalArgumentException("no sheet name for " + sheet);
            }
        }
        values = new ValueWords(entries);
        for (Map.Entry<String, BigDecimal> u : units.entrySet()) {
            if (u.getValue().compareTo(BigDecimal.ONE) == 0) {
                tonneWords.add(u.getKey());
            }
        }
        tonneWords.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        // the longest word first, so that 黄色预警 is found before 黄色 and 减排措施类型 before 措施
        Comparator<Word<?>> longestFirst = Comparator.comparingInt((Word<?> w) -> w.word().length()).reversed();
        levels.sort(longestFirst);
        aspects.sort(longestFirst);
        pollutants.sort(longestFirst);
    }

    /** The words of grades, control and measure types and yes/no, to read a cell with and to write values with. */
    public ValueWords values() {
        return values;
    }

    private static BigDecimal positive(String key) {
        BigDecimal v = new BigDecimal(key);
        if (v.signum() <= 0) {
            throw new IllegalArgumentException("unit factor must be positive: " + key);
        }
        return v;
    }

    /** Text as the vocabulary compares it (see {@link VocabularyText#norm}). */
    public static String norm(String raw) {
        return VocabularyText.norm(raw);
    }

    /** The column a header part names on its own: the whole part, or the part without its bracketed notes. */
    public Optional<ListField> field(String part) {
        String n = norm(part);
        ListField f = fields.get(n);
        if (f == null) {
            String bare = BRACKETED.matcher(n).replaceAll("");
            f = fields.get(bare);
        }
        return Optional.ofNullable(f);
    }

    public Optional<WarningLevel> level(String part) {
        return find(levels, norm(part));
    }

    public Optional<Aspect> aspect(String part) {
        return find(aspects, norm(part));
    }

    public Optional<Enterprise.Pollutant> pollutant(String part) {
        return find(pollutants, norm(part));
    }

    /** Every level named in the part (a header naming two levels is ambiguous). */
    public List<WarningLevel> allLevels(String part) {
        return findAll(levels, norm(part));
    }

    public List<Enterprise.Pollutant> allPollutants(String part) {
        return findAll(pollutants, norm(part));
    }

    public boolean emissionWord(String part) {
        return VocabularyText.containsAny(emissionWords, norm(part));
    }

    public boolean ignoreWord(String part) {
        return VocabularyText.containsAny(ignoreWords, norm(part));
    }

    /** A unit the list may use for emissions, as its factor to tonnes per year. */
    public Optional<BigDecimal> unitFactor(String unit) {
        return Optional.ofNullable(units.get(norm(unit)));
    }

    /**
     * The units a header part writes: the bracketed notes that look like a unit (吨, kg/a, t/d …), or the whole part
     * when it is a unit. Notes that are no unit (盖章, 粉) are not returned.
     */
    public List<String> unitsIn(String part) {
        String n = norm(part);
        List<String> out = new ArrayList<>();
        if (units.containsKey(n) || (n.length() <= 8 && unitHint(n) && !n.contains("("))) {
            out.add(n);
            return out;
        }
        Matcher m = BRACKETED.matcher(n);
        while (m.find()) {
            String u = m.group(1);
            if (units.containsKey(u) || unitHint(u)) {
                out.add(u);
            }
        }
        return out;
    }

    private boolean unitHint(String n) {
        for (String h : unitHints) {
            if (n.contains(h)) {
                return true;
            }
        }
        return false;
    }

    /** True when the whole text (a units row's cell) is a unit, known or not. */
    public boolean isUnit(String text) {
        String n = norm(text);
        if (n.startsWith("(") && n.endsWith(")")) {
            n = n.substring(1, n.length() - 1);
        }
        return !n.isEmpty() && (units.containsKey(n) || n.equals("%") || (n.length() <= 8 && unitHint(n)));
    }

    /** A totals row's label: 合计, 总计, 小计 … */
    public boolean total(String text) {
        String n = norm(text);
        return !n.isEmpty() && totals.contains(n);
    }

    /** A totals row's label that totals only the rows since the last such row: 小计 … */
    public boolean subtotal(String text) {
        return VocabularyText.containsAny(subtotals, norm(text));
    }

    /** The name of a sheet HazeDesk writes: 应急减排清单, 说明. */
    public String sheetName(Sheet sheet) {
        return sheets.get(sheet);
    }

    /** The line name of a sheet without a line column: 全厂. */
    public String wholePlant() {
        return wholePlant;
    }

    /**
     * An emission cell in a tonnes column without the unit written after the number ("12.5吨", "12.5 t/a"); the
     * text unchanged when it ends in no tonnes word or is only one.
     */
    public String withoutTonnes(String cell) {
        String lower = cell.toLowerCase(Locale.ROOT);
        for (String unit : tonneWords) {
            if (lower.endsWith(unit) && cell.length() > unit.length()) {
                return cell.substring(0, cell.length() - unit.length()).trim();
            }
        }
        return cell;
    }

    /** An emission written as "no emission": /, 无, — … */
    public boolean zero(String text) {
        String n = norm(text);
        return !n.isEmpty() && zeros.contains(n);
    }

    private static <T> Optional<T> find(List<Word<T>> words, String n) {
        for (Word<T> w : words) {
            if (VocabularyText.containsWord(n, w.word())) {
                return Optional.of(w.value());
            }
        }
        return Optional.empty();
    }

    private static <T> List<T> findAll(List<Word<T>> words, String n) {
        List<T> out = new ArrayList<>();
        for (Word<T> w : words) {
            if (!out.contains(w.value()) && VocabularyText.containsWord(n, w.word())) {
                out.add(w.value());
            }
        }
        return out;
    }


    /** The levels in order of the list's measure columns (every level must have its measures). */
    public static Map<WarningLevel, List<ListField>> measureColumns() {
        Map<WarningLevel, List<ListField>> m = new EnumMap<>(WarningLevel.class);
        for (WarningLevel l : WarningLevel.values()) {
            m.put(l, List.of(ListField.textField(l), ListField.fractionField(l), ListField.typeField(l)));
        }
        return m;
    }
}
