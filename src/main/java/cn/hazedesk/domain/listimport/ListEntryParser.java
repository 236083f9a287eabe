package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.EnterpriseValidator;
import cn.hazedesk.domain.enterprise.Industry;
import cn.hazedesk.domain.enterprise.IndustryCatalog;
import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.ListProblem;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.TransportRule;
import cn.hazedesk.domain.enterprise.ValueParser;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.uscc.Uscc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place where the text of list fields becomes an enterprise and its lines: the Excel import, the editor
 * and the bundled sample all read through here, so every rule (required values, numbers as people write them,
 * lengths, rounding, grade and control words, measures read from their text) is the same wherever a list is typed.
 * What cannot be read is a {@link ListProblem} naming the field (and line); it is never a zero or a blank. The
 * rules on a whole enterprise (USCC check character, known district and industry, ranges, unique line names) are
 * {@link EnterpriseValidator}'s, applied after parsing by both paths.
 * <p>Values keep the precision the list stores: tonnes to 6 decimals, shares to 4, coordinates to 6 (more digits
 * are rounded half-up and counted in the {@link Tally}).
 */
public final class ListEntryParser {
    public static final int TONNES_SCALE = 6;
    public static final int FRACTION_SCALE = 4;
    public static final int COORDINATE_SCALE = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Map<ListField, Integer> MAX_LENGTH = maxLengths();

    private final RegionCatalog regions;
    private final IndustryCatalog industries;
    private final ListVocabulary words;
    private final MeasureTextRules measureRules;
    private final ListLimits limits;
    private final EnterpriseValidator validator;
    private final Map<String, String> districtCodes = new HashMap<>();
    private final Map<String, String> industryNames = new HashMap<>();

    public ListEntryParser(RegionCatalog regions, IndustryCatalog industries, ListVocabulary words,
                           MeasureTextRules measureRules, ListLimits limits) {
        this.regions = regions;
        this.industries = industries;
        this.words = words;
        this.measureRules = measureRules;
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
        Optional<ListVocabulary.GradeWords> gw = words.grade(gradeText);
        if (gw.isPresent()) {
            grade = gw.get().grade();
            controlFromGrade = gw.get().control();
        } else {
            found.add(ListProblem.of(ListField.GRADE, null, ListProblem.Kind.UNKNOWN_GRADE, gradeText));
        }
        String controlText = ListText.text(get(cells, ListField.CONTROL_TYPE));
        ControlType control;
        if (controlText.isEmpty()) {
            control = controlFromGrade != null ? controlFromGrade
                    : industries.byName(industry).map(Industry::key).orElse(false) ? ControlType.KEY_INDUSTRY : ControlType.GENERAL;
        } else {
            Optional<ControlType> c = words.control(controlText);
            if (c.isEmpty()) {
                found.add(ListProblem.of(ListField.CONTROL_TYPE, null, ListProblem.Kind.UNKNOWN_CONTROL_TYPE, controlText));
                control = ControlType.GENERAL;
            } else {
                control = c.get();
                if (controlFromGrade != null && controlFromGrade != control) {
                    found.add(ListProblem.of(ListField.CONTROL_TYPE, null, ListProblem.Kind.CONTROL_TYPE_CONFLICT,
                            controlFromGrade.chineseName(), control.chineseName()));
                }
            }
        }
        Tally ignore = new Tally();
        BigDecimal longitude = number(cells, ListField.LONGITUDE, null, COORDINATE_SCALE, BigDecimal.ONE, ignore, found);
        BigDecimal latitude = number(cells, ListField.LATITUDE, null, COORDINATE_SCALE, BigDecimal.ONE, ignore, found);

        String bulkText = ValueParser.clean(get(cells, ListField.BULK_TRANSPORT));
        boolean bulk = false;
        if (!bulkText.isEmpty()) {
            Optional<Boolean> yes = ValueParser.yesNo(bulkText);
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
            measure(cells, level, lineName, design, options, tally, found).ifPresent(measures::add);
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
        Optional<BigDecimal> read = ValueParser.decimal(stripUnit(t, factor));
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

    /** "12.5吨" or "12.5 t" in a tonnes column: the unit the column already says is dropped. */
    private static String stripUnit(String t, BigDecimal factor) {
        if (factor.compareTo(BigDecimal.ONE) == 0) {
            for (String unit : List.of("吨/年", "t/a", "吨", "t", "T")) {
                if (t.endsWith(unit) && t.length() > unit.length()) {
                    return t.substring(0, t.length() - unit.length()).trim();
                }
            }
        }
        return t;
    }

    private Optional<LevelMeasure> measure(Map<ListField, String> cells, WarningLevel level, String lineName,
                                           BigDecimal design, Options options, Tally tally, List<ListProblem> found) {
        ListField typeField = ListField.typeField(level);
        ListField fractionField = ListField.fractionField(level);
        ListField textField = ListField.textField(level);
        String typeText = ListText.text(get(cells, typeField));
        String fractionText = ValueParser.clean(get(cells, fractionField));
        String text = text(cells, textField, lineName, found);
        if (typeText.isEmpty() && fractionText.isEmpty() && text.isEmpty()) {
            return Optional.empty();
        }
        MeasureType explicitType = null;
        if (!typeText.isEmpty()) {
            explicitType = MeasureType.byChineseName(typeText).or(() -> byEnumName(typeText)).orElse(null);
            if (explicitType == null) {
                found.add(ListProblem.of(typeField, lineName, ListProblem.Kind.UNKNOWN_MEASURE_TYPE, typeText));
            }
        }
        BigDecimal fraction = null;
        if (!fractionText.isEmpty()) {
            fraction = fraction(fractionText, fractionField, lineName, options.percentColumns().contains(fractionField),
                    tally, found);
            if (fraction == null) {
                // unreadable share: already a problem; the text is not read in its place
                return Optional.of(new LevelMeasure(level, explicitType == null ? MeasureType.OTHER : explicitType,
                        null, text, TransportRule.NONE));
            }
        }
        MeasureTextRules.Reading reading = text.isEmpty()
                ? new MeasureTextRules.Reading(MeasureTextRules.Status.NOT_READ, null, null, TransportRule.NONE, "")
                : measureRules.read(text, design);
        TransportRule transport = reading.transport();
        if (transport != TransportRule.NONE) {
            tally.transportRules++;
        }
        BigDecimal implied = explicitType == null ? null : implied(explicitType);
        MeasureType type = explicitType != null ? explicitType : reading.type();
        BigDecimal share;
        if (fraction != null) {
            share = fraction;
            if (reading.read() && reading.share().compareTo(fraction) != 0 && reading.type() != MeasureType.TRANSPORT) {
                found.add(ListProblem.of(fractionField, lineName, ListProblem.Kind.MEASURE_CONFLICT,
                        fraction.toPlainString(), reading.share().toPlainString(), text));
            } else if (implied != null && implied.compareTo(fraction) != 0) {
                found.add(ListProblem.of(typeField, lineName, ListProblem.Kind.TYPE_SHARE_CONFLICT, typeText,
                        fraction.toPlainString()));
            }
            if (type == null) {
                type = fraction.compareTo(BigDecimal.ONE) == 0 ? MeasureType.STOP
                        : fraction.signum() == 0 ? MeasureType.OTHER : MeasureType.CAP;
            }
        } else if (reading.read() && reading.type() != MeasureType.TRANSPORT) {
            share = reading.share();
            tally.derivedMeasures++;
            if (implied != null && implied.compareTo(share) != 0) {
                found.add(ListProblem.of(typeField, lineName, ListProblem.Kind.TYPE_SHARE_CONFLICT, typeText,
                        share.toPlainString()));
            }
        } else if (implied != null) {
            share = implied;
            if (!text.isEmpty()) {
                tally.derivedMeasures++;
            }
        } else if (reading.read()) {
            // a transport rule alone: no production cut
            share = BigDecimal.ZERO;
            tally.derivedMeasures++;
        } else {
            share = null;
            if (text.isEmpty() && explicitType != null) {
                found.add(ListProblem.of(fractionField, lineName, ListProblem.Kind.MEASURE_NO_SHARE, typeText));
            } else if (typeText.isEmpty() || explicitType != null) {
                found.add(unread(reading, text, typeText, fractionField, lineName));
            }
        }
        return Optional.of(new LevelMeasure(level, type == null ? MeasureType.OTHER : type, share, text, transport));
    }

    private static ListProblem unread(MeasureTextRules.Reading reading, String text, String typeText,
                                      ListField fractionField, String lineName) {
        String shown = text.isEmpty() ? typeText : text;
        return switch (reading.status()) {
            case AMBIGUOUS -> ListProblem.of(fractionField, lineName, ListProblem.Kind.MEASURE_AMBIGUOUS, reading.detail());
            case NO_SHARE -> ListProblem.of(fractionField, lineName, ListProblem.Kind.MEASURE_NO_SHARE, shown);
            case NEEDS_DESIGN_COKING_TIME ->
                    ListProblem.of(fractionField, lineName, ListProblem.Kind.MEASURE_NEEDS_DESIGN_COKING_TIME, shown);
            case OUT_OF_RANGE -> ListProblem.of(fractionField, lineName, ListProblem.Kind.FRACTION_RANGE, reading.detail());
            default -> ListProblem.of(fractionField, lineName, ListProblem.Kind.MEASURE_NOT_READ, shown);
        };
    }

    /** The share a measure type means by itself: 停产 all, 自主减排 and 运输管控 no production cut. */
    private static BigDecimal implied(MeasureType t) {
        return switch (t) {
            case STOP -> BigDecimal.ONE;
            case VOLUNTARY, TRANSPORT -> BigDecimal.ZERO;
            default -> null;
        };
    }

    private static Optional<MeasureType> byEnumName(String s) {
        for (MeasureType t : MeasureType.values()) {
            if (t.name().equalsIgnoreCase(s)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * A share: "30%" → 0.3; in a column whose header says %, a plain 30 → 0.3; otherwise 0.3 → 0.3 and a plain
     * number above 1 (up to 100) → that percent (counted).
     */
    private static BigDecimal fraction(String t, ListField f, String lineName, boolean percentColumn, Tally tally,
                                       List<ListProblem> found) {
        String s = t.replace('％', '%').trim();
        Optional<BigDecimal> v;
        if (s.endsWith("%")) {
            v = ValueParser.fraction(s);
        } else {
            v = ValueParser.decimal(s);
            if (v.isPresent()) {
                BigDecimal x = v.get();
                if (percentColumn) {
                    v = Optional.of(x.divide(HUNDRED));
                } else if (x.compareTo(BigDecimal.ONE) > 0) {
                    if (x.compareTo(HUNDRED) <= 0) {
                        tally.percentsRead++;
                    }
                    v = Optional.of(x.divide(HUNDRED)); // 30 → 30 %; above 100 it is out of range as a percent
                }
            }
        }
        if (v.isEmpty()) {
            found.add(ListProblem.of(f, lineName, ListProblem.Kind.NOT_A_NUMBER, t));
            return null;
        }
        BigDecimal x = v.get();
        if (x.signum() < 0 || x.compareTo(BigDecimal.ONE) > 0) {
            found.add(ListProblem.of(f, lineName, ListProblem.Kind.FRACTION_RANGE, x.stripTrailingZeros().toPlainString()));
            return null;
        }
        return scaled(x, FRACTION_SCALE, tally);
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

    private static String get(Map<ListField, String> cells, ListField f) {
        String v = cells.get(f);
        return v == null ? "" : v;
    }

    private static String text(Map<ListField, String> cells, ListField f, String lineName, List<ListProblem> found) {
        String t = ListText.text(get(cells, f));
        Integer max = MAX_LENGTH.get(f);
        if (max != null && t.length() > max) {
            found.add(ListProblem.of(f, lineName, ListProblem.Kind.TOO_LONG, String.valueOf(max)));
        }
        return t;
    }

    private static String optional(Map<ListField, String> cells, ListField f, String lineName, List<ListProblem> found) {
        String t = text(cells, f, lineName, found);
        return t.isEmpty() ? null : t;
    }

    private static BigDecimal number(Map<ListField, String> cells, ListField f, String lineName, int scale,
                                     BigDecimal factor, Tally tally, List<ListProblem> found) {
        return number(ValueParser.clean(get(cells, f)), f, lineName, scale, factor, tally, found);
    }

    private static BigDecimal number(String t, ListField f, String lineName, int scale, BigDecimal factor, Tally tally,
                                     List<ListProblem> found) {
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

    private static Integer wholeNumber(Map<ListField, String> cells, ListField f, List<ListProblem> found) {
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

    private static BigDecimal scaled(BigDecimal v, int scale, Tally tally) {
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
    public static Integer maxLength(ListField f) {
        return MAX_LENGTH.get(f);
    }
}
