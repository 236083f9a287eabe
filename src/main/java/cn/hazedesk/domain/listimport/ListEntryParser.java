package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.EnterpriseValidator;
import cn.hazedesk.domain.enterprise.Industry;
import cn.hazedesk.domain.enterprise.IndustryCatalog;
import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.ListProblem;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.ValueParser;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.uscc.Uscc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static cn.hazedesk.domain.listimport.ListCells.get;
import static cn.hazedesk.domain.listimport.ListCells.number;
import static cn.hazedesk.domain.listimport.ListCells.optional;
import static cn.hazedesk.domain.listimport.ListCells.scaled;
import static cn.hazedesk.domain.listimport.ListCells.text;
import static cn.hazedesk.domain.listimport.ListCells.wholeNumber;

/**
 * The one place where the text of list fields becomes an enterprise and its lines: the Excel import, the editor
 * and the bundled sample all read through here, so every rule (required values, numbers as people write them,
 * lengths, rounding, grade and control words, measures read from their text) is the same wherever a list is typed.
 * What cannot be read is a {@link ListProblem} naming the field (and line); it is never a zero or a blank. The
 * rules on a whole enterprise (USCC check character, known district and industry, ranges, unique line names) are
 * {@link EnterpriseValidator}'s, applied after parsing by both paths.
 * <p>Values keep the precision the list stores: tonnes to 6 decimals, shares to 4, coordinates to 6 (more digits
 * are rounded half-up and counted in the {@link Tally}). Cells are read by {@link ListCells}, a level's measure
 * cells by {@link LevelMeasureCells}.
 */
public final class ListEntryParser {
    public static final int TONNES_SCALE = 6;
    public static final int FRACTION_SCALE = 4;
    public static final int COORDINATE_SCALE = 6;

    private final RegionCatalog regions;
    private final IndustryCatalog industries;
    private final ListVocabulary words;
    private final LevelMeasureCells measures;
    private final ListLimits limits;
    private final EnterpriseValidator validator;
    private final Map<String, String> districtCodes = new HashMap<>();
    private final Map<String, String> industryNames = new HashMap<>();

    public ListEntryParser(RegionCatalog regions, IndustryCatalog industries, ListVocabulary words,
                           MeasureTextRules measureRules, ListLimits limits) {
        this.regions = regions;
        this.industries = industries;
        this.words = words;
        this.measures = new LevelMeasureCells(measureRules, words);
        this.limits = limits;
        this.validator = new EnterpriseValidator(regions, industries);
        for (Region d : regions.districts()) {
            districtCodes.put(ListVocabulary.norm(d.name()), d.code());
            districtCodes.put(d.code(), d.code());
        }
        for (Industry i : industries.industries()) {
            industryNames.put(ListVocabulary.norm(i.name()), i.name());
        }
    }

    /**
     * How a column's numbers are written: {@code factors} turn an emission column's unit into tonnes per year;
     * {@code percentColumns} are share columns whose header says % (a plain 30 there is 30 %).
     */
    public record Options(Map<ListField, BigDecimal> factors, Set<ListField> percentColumns) {
        public static final Options PLAIN = new Options(Map.of(), Set.of());

        public Options {
            factors = Map.copyOf(factors);
            percentColumns = Set.copyOf(percentColumns);
        }

        BigDecimal factor(ListField f) {
            return factors.getOrDefault(f, BigDecimal.ONE);
        }
    }

    /** What the parser did beyond reading values as written, counted for the check's notes. */
    public static final class Tally {
        /** Emission cells written as "no emission" (/, 无, —) and read as 0. */
        public int zeros;
        /** Measures whose share (and type, transport rule) were read from the text alone. */
        public int derivedMeasures;
        /** Lines with at least one such measure. */
        public int derivedLines;
        /** Shares written as a plain number above 1 and read as a percent (30 → 30 %). */
        public int percentsRead;
        /** Values with more decimals than the list keeps, rounded. */
        public int rounded;
        /** Measures whose transport rule was read from the text. */
        public int transportRules;

        public void add(Tally o) {
            zeros += o.zeros;
            derivedMeasures += o.derivedMeasures;
            derivedLines += o.derivedLines;
            percentsRead += o.percentsRead;
            rounded += o.rounded;
            transportRules += o.transportRules;
        }
    }

    /** An enterprise (without lines, or with the line of one row) and what was wrong. */
    public record Parsed(Enterprise enterprise, List<ListProblem> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }
    }

    /** One line and what was wrong (every problem names the line). */
    public record ParsedLine(ProductionLine line, List<ListProblem> problems) {
        public ParsedLine {
            problems = List.copyOf(problems);
        }
    }

    public EnterpriseValidator validator() {
        return validator;
    }

    /** A problem's value followed by the words of every value the cell could have held. */
    static <E> String[] withWords(String value, E[] all, java.util.function.Function<E, String> word) {
        String[] args = new String[all.length + 1];
        args[0] = value;
        for (int i = 0; i < all.length; i++) {
            args[i + 1] = word.apply(all[i]);
        }
        return args;
    }

    public ListVocabulary vocabulary() {
        return words;
    }

    public RegionCatalog regions() {
        return regions;
    }

    /** A spreadsheet row: the enterprise's columns and its one line. */
    public Parsed parseRow(Map<ListField, String> cells, Options options, Tally tally) {
        Parsed e = parseEnterprise(cells);
        ParsedLine l = parseLine(cells, options, tally);
        List<ListProblem> all = new ArrayList<>(e.problems());
        all.addAll(l.problems());
        return new Parsed(e.enterprise().withLines(List.of(l.line())), all);
    }

    /** The enterprise's own fields (it has no lines yet). */
    public Parsed parseEnterprise(Map<ListField, String> cells) {
        List<ListProblem> found = new ArrayList<>();
        String name = text(cells, ListField.NAME, null, found);
        String uscc = Uscc.normalize(get(cells, ListField.USCC));
        String district = district(get(cells, ListField.DISTRICT));
        String industry = industry(get(cells, ListField.INDUSTRY));

        String gradeText = ListText.text(get(cells, ListField.GRADE));
        PerformanceGrade grade = PerformanceGrade.UNRATED;
        ControlType controlFromGrade = null;
        Optional<ValueWords.GradeWords> gw = words.values().grade(gradeText);
        if (gw.isPresent()) {
            grade = gw.get().grade();
            controlFromGrade = gw.get().control();
        } else {
            found.add(ListProblem.of(ListField.GRADE, null, ListProblem.Kind.UNKNOWN_GRADE,
                    withWords(gradeText, PerformanceGrade.values(), words.values()::word)));
        }
        String controlText = ListText.text(get(cells, ListField.CONTROL_TYPE));
        ControlType control;
        if (controlText.isEmpty()) {
            control = controlFromGrade != null ? controlFromGrade
                    : industries.byName(industry).map(Industry::key).orElse(false) ? ControlType.KEY_INDUSTRY : ControlType.GENERAL;
        } else {
            Optional<ControlType> c = words.values().control(controlText);
            if (c.isEmpty()) {
                found.add(ListProblem.of(ListField.CONTROL_TYPE, null, ListProblem.Kind.UNKNOWN_CONTROL_TYPE,
                        withWords(controlText, ControlType.values(), words.values()::word)));
                control = ControlType.GENERAL;
            } else {
                control = c.get();
                if (controlFromGrade != null && controlFromGrade != control) {
                    found.add(ListProblem.of(ListField.CONTROL_TYPE, null, ListProblem.Kind.CONTROL_TYPE_CONFLICT,
                            words.values().word(controlFromGrade), words.values().word(control)));
                }
            }
        }
        Tally ignore = new Tally();
        BigDecimal longitude = number(cells, ListField.LONGITUDE, null, COORDINATE_SCALE, BigDecimal.ONE, ignore, found);
        BigDecimal latitude = number(cells, ListField.LATITUDE, null, COORDINATE_SCALE, BigDecimal.ONE, ignore, found);

        String bulkText = ValueParser.clean(get(cells, ListField.BULK_TRANSPORT));
        boolean bulk = false;
        if (!bulkText.isEmpty()) {
            Optional<Boolean> yes = words.values().yesNo(bulkText);
            if (yes.isPresent()) {
                bulk = yes.get();
            } else {
                found.add(ListProblem.of(ListField.BULK_TRANSPORT, null, ListProblem.Kind.NOT_YES_NO, bulkText));
            }
        }
        Integer trucks = wholeNumber(cells, ListField.TRUCKS, found);
        Enterprise e = new Enterprise(uscc, name, district, industry, grade, control,
                optional(cells, ListField.ADDRESS, null, found), longitude, latitude,
                optional(cells, ListField.CONTACT, null, found), optional(cells, ListField.PHONE, null, found),
                optional(cells, ListField.PERMIT_NUMBER, null, found), optional(cells, ListField.PERMIT_MANAGEMENT, null, found),
                bulk, trucks, optional(cells, ListField.TRUCK_STANDARD, null, found), List.of());
        return new Parsed(e, found);
    }

    /** One production line's fields: emissions are required (an empty cell is a problem, never a zero). */
    public ParsedLine parseLine(Map<ListField, String> cells, Options options, Tally tally) {
        List<ListProblem> found = new ArrayList<>();
        String lineName = text(cells, ListField.LINE_NAME, null, found);
        BigDecimal design = number(cells, ListField.DESIGN_COKING_HOURS, lineName, 2, BigDecimal.ONE, tally, found);
        if (design != null && (design.signum() <= 0 || design.compareTo(BigDecimal.valueOf(200)) > 0)) {
            found.add(ListProblem.of(ListField.DESIGN_COKING_HOURS, lineName, ListProblem.Kind.IMPLAUSIBLE,
                    design.toPlainString(), "200"));
            design = null;
        }
        BigDecimal[] tonnes = new BigDecimal[4];
        Enterprise.Pollutant[] ps = Enterprise.Pollutant.values();
        for (int i = 0; i < ps.length; i++) {
            tonnes[i] = tonnes(cells, HeaderBlock.emissionField(ps[i]), ps[i], lineName, options, tally, found);
        }
        List<LevelMeasure> measures = new ArrayList<>(3);
        int derivedBefore = tally.derivedMeasures;
        for (WarningLevel level : WarningLevel.values()) {
            this.measures.read(cells, level, lineName, design, options, tally, found).ifPresent(measures::add);
        }
        if (tally.derivedMeasures > derivedBefore) {
            tally.derivedLines++;
        }
        ProductionLine line = new ProductionLine(lineName,
                optional(cells, ListField.PROCESS, lineName, found), optional(cells, ListField.CAPACITY, lineName, found),
                tonnes[0], tonnes[1], tonnes[2], tonnes[3], measures, design);
        return new ParsedLine(line, found);
    }

    private BigDecimal tonnes(Map<ListField, String> cells, ListField f, Enterprise.Pollutant p, String lineName,
                              Options options, Tally tally, List<ListProblem> found) {
        String t = ValueParser.clean(get(cells, f));
        if (t.isEmpty()) {
            found.add(ListProblem.of(f, lineName, ListProblem.Kind.REQUIRED));
            return BigDecimal.ZERO; // refused: the problem stops the row from being stored
        }
        if (words.zero(t)) {
            tally.zeros++;
            return BigDecimal.ZERO;
        }
        BigDecimal factor = options.factor(f);
        Optional<BigDecimal> read = ValueParser.decimal(factor.compareTo(BigDecimal.ONE) == 0 ? words.withoutTonnes(t) : t);
        if (read.isEmpty()) {
            found.add(ListProblem.of(f, lineName, ListProblem.Kind.NOT_A_NUMBER, t));
            return BigDecimal.ZERO;
        }
        BigDecimal v = scaled(read.get().multiply(factor), TONNES_SCALE, tally);
        Optional<BigDecimal> max = limits.max(p);
        if (max.isPresent() && v.compareTo(max.get()) > 0) {
            found.add(ListProblem.of(f, lineName, ListProblem.Kind.IMPLAUSIBLE, v.stripTrailingZeros().toPlainString(),
                    max.get().toPlainString()));
        }
        return v;
    }

    /** The district's code: by name (大武口区, 大武口, 石嘴山市大武口区) or code; anything else stays as written. */
    private String district(String raw) {
        String t = ValueParser.clean(raw);
        if (t.isEmpty()) {
            return "";
        }
        String code = districtCodes.get(ListVocabulary.norm(t));
        if (code != null) {
            return code;
        }
        String inName = HeaderBlock.districtInName(t, regions);
        return inName != null ? inName : t;
    }

    /** The industry's name as the catalogue writes it (brackets and widths as people type them); else as written. */
    private String industry(String raw) {
        String t = ValueParser.clean(raw);
        String known = industryNames.get(ListVocabulary.norm(t));
        return known != null ? known : t;
    }

    /** The most characters a text field keeps (for the editor's hints); null for fields without a limit. */
    public static Integer maxLength(ListField f) {
        return ListCells.maxLength(f);
    }
}
