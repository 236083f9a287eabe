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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the rows of a list spreadsheet into enterprises, one row per production line, and finds every problem
 * with its row and column. Rows come in one at a time (the sheet is streamed); {@link #finish()} gives the result.
 * <ul>
 *   <li>each cell is read: full-width digits and letters and stray spaces normalised, numbers and fractions
 *   (30%, 0.3) parsed, the district by name (大武口区) or code, grade, control type and measure type by name;</li>
 *   <li>rows are grouped into enterprises by the normalised USCC; the first row gives the enterprise's own
 *   columns, a later row with another enterprise name is a USCC_NAME_CONFLICT, a repeated line name a
 *   DUPLICATE_LINE;</li>
 *   <li>the typed rules are the editor's ({@link EnterpriseValidator}), applied row by row so that each problem
 *   lands on the row it comes from.</li>
 * </ul>
 * Values are kept at the precision the list stores: tonnes and fractions to 4 decimals, coordinates to 6.
 */
public final class ListSheetCheck {
    private static final int TONNES_SCALE = 4;
    private static final int FRACTION_SCALE = 4;
    private static final int COORDINATE_SCALE = 6;
    private static final Map<ListField, Integer> MAX_LENGTH = maxLengths();

    private final RegionCatalog regions;
    private final IndustryCatalog industries;
    private final EnterpriseValidator validator;
    private final SheetLayout layout;
    private final Map<String, String> districtCodes = new HashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private int rows;

    public ListSheetCheck(RegionCatalog regions, IndustryCatalog industries, SheetLayout layout) {
        this.regions = regions;
        this.industries = industries;
        this.validator = new EnterpriseValidator(regions, industries);
        this.layout = layout;
        for (Region d : regions.districts()) {
            districtCodes.put(d.name(), d.code());
        }
        for (ListField f : layout.missingRequired()) {
            problems.add(RowProblem.at(layout.headerRow(), layout, ListProblem.of(f, null, ListProblem.Kind.MISSING_COLUMN)));
        }
    }

    private static final class Group {
        final int firstRow;
        final Enterprise first;
        final List<ProductionLine> lines = new ArrayList<>();
        final Map<String, Integer> lineRows = new HashMap<>();

        Group(int firstRow, Enterprise first) {
            this.firstRow = firstRow;
            this.first = first;
        }
    }

    /** Takes the next data row; blank rows are skipped. */
    public void accept(SheetRow row) {
        if (!layout.found() || row.blank()) {
            return;
        }
        rows++;
        List<ListProblem> found = new ArrayList<>();
        Enterprise e = parse(row, found);
        String key = e.uscc().isEmpty() ? "\u0000row" + row.rowNumber() : e.uscc();
        Group g = groups.get(key);
        boolean first = g == null;
        for (ListProblem p : validator.validate(e)) {
            // the enterprise's own columns count on its first row; a later row only adds its line
            if (first || p.field().lineField() || p.kind() == ListProblem.Kind.REQUIRED) {
                found.add(p);
            }
        }
        if (first) {
            g = new Group(row.rowNumber(), e);
            groups.put(key, g);
        } else if (!e.name().isEmpty() && !g.first.name().isEmpty() && !e.name().equals(g.first.name())) {
            found.add(ListProblem.of(ListField.USCC, null, ListProblem.Kind.USCC_NAME_CONFLICT,
                    g.first.name(), String.valueOf(g.firstRow)));
        }
        ProductionLine line = e.lines().get(0);
        Integer earlier = line.name().isEmpty() ? null : g.lineRows.putIfAbsent(line.name(), row.rowNumber());
        if (earlier != null) {
            found.add(ListProblem.of(ListField.LINE_NAME, line.name(), ListProblem.Kind.DUPLICATE_LINE,
                    line.name(), String.valueOf(earlier)));
        } else {
            g.lines.add(line);
        }
        for (ListProblem p : found) {
            problems.add(RowProblem.at(row.rowNumber(), layout, p));
        }
    }

    public CheckedList finish() {
        List<Enterprise> enterprises = new ArrayList<>(groups.size());
        for (Group g : groups.values()) {
            enterprises.add(g.first.withLines(g.lines));
        }
        List<RowProblem> sorted = new ArrayList<>(problems);
        sorted.sort(RowProblem.IN_SHEET_ORDER);
        return new CheckedList(layout, rows, enterprises, sorted);
    }

    private Enterprise parse(SheetRow r, List<ListProblem> found) {
        String lineName = text(r, ListField.LINE_NAME, null, found);
        String name = text(r, ListField.NAME, null, found);
        String uscc = Uscc.normalize(r.get(ListField.USCC));
        String district = district(r.get(ListField.DISTRICT));
        String industry = ValueParser.clean(r.get(ListField.INDUSTRY));

        String gradeText = r.get(ListField.GRADE);
        PerformanceGrade grade = PerformanceGrade.parse(gradeText).orElseGet(() -> {
            found.add(ListProblem.of(ListField.GRADE, null, ListProblem.Kind.UNKNOWN_GRADE, ListText.text(gradeText)));
            return PerformanceGrade.UNRATED;
        });
        String controlText = ListText.text(r.get(ListField.CONTROL_TYPE));
        ControlType control;
        if (controlText.isEmpty()) {
            control = industries.byName(industry).map(Industry::key).orElse(false) ? ControlType.KEY_INDUSTRY : ControlType.GENERAL;
        } else {
            control = ControlType.byChineseName(controlText).orElseGet(() -> {
                found.add(ListProblem.of(ListField.CONTROL_TYPE, null, ListProblem.Kind.UNKNOWN_CONTROL_TYPE, controlText));
                return ControlType.GENERAL;
            });
        }
        BigDecimal longitude = number(r, ListField.LONGITUDE, null, COORDINATE_SCALE, found);
        BigDecimal latitude = number(r, ListField.LATITUDE, null, COORDINATE_SCALE, found);

        String bulkText = ValueParser.clean(r.get(ListField.BULK_TRANSPORT));
        boolean bulk = false;
        if (!bulkText.isEmpty()) {
            Optional<Boolean> yes = ValueParser.yesNo(bulkText);
            if (yes.isPresent()) {
                bulk = yes.get();
            } else {
                found.add(ListProblem.of(ListField.BULK_TRANSPORT, null, ListProblem.Kind.NOT_YES_NO, bulkText));
            }
        }
        Integer trucks = wholeNumber(r, ListField.TRUCKS, found);

        List<LevelMeasure> measures = new ArrayList<>(3);
        for (WarningLevel level : WarningLevel.values()) {
            measure(r, level, lineName, found).ifPresent(measures::add);
        }
        ProductionLine line = new ProductionLine(lineName,
                optional(r, ListField.PROCESS, lineName, found), optional(r, ListField.CAPACITY, lineName, found),
                tonnes(r, ListField.SO2, lineName, found), tonnes(r, ListField.NOX, lineName, found),
                tonnes(r, ListField.PM, lineName, found), tonnes(r, ListField.VOCS, lineName, found), measures);
        return new Enterprise(uscc, name, district, industry, grade, control,
                optional(r, ListField.ADDRESS, null, found), longitude, latitude,
                optional(r, ListField.CONTACT, null, found), optional(r, ListField.PHONE, null, found),
                optional(r, ListField.PERMIT_NUMBER, null, found), optional(r, ListField.PERMIT_MANAGEMENT, null, found),
                bulk, trucks, optional(r, ListField.TRUCK_STANDARD, null, found), List.of(line));
    }

    /** The district's code: from its name (大武口区) or its six-digit code; anything else stays as written. */
    private String district(String raw) {
        String t = ValueParser.clean(raw);
        String code = districtCodes.get(t);
        if (code != null) {
            return code;
        }
        return regions.byCode(t).map(Region::code).orElse(t);
    }

    private Optional<LevelMeasure> measure(SheetRow r, WarningLevel level, String lineName, List<ListProblem> found) {
        ListField typeField = ListField.typeField(level);
        ListField fractionField = ListField.fractionField(level);
        String typeText = ListText.text(r.get(typeField));
        String fractionText = ValueParser.clean(r.get(fractionField));
        String text = text(r, ListField.textField(level), lineName, found);
        if (typeText.isEmpty() && fractionText.isEmpty() && text.isEmpty()) {
            return Optional.empty();
        }
        MeasureType type;
        if (typeText.isEmpty()) {
            type = MeasureType.guessFromText(text);
        } else {
            type = MeasureType.byChineseName(typeText).orElseGet(() -> {
                found.add(ListProblem.of(typeField, lineName, ListProblem.Kind.UNKNOWN_MEASURE_TYPE, typeText));
                return MeasureType.OTHER;
            });
        }
        BigDecimal fraction = null;
        if (!fractionText.isEmpty()) {
            Optional<BigDecimal> f = ValueParser.fraction(fractionText);
            if (f.isPresent()) {
                fraction = scaled(f.get(), FRACTION_SCALE);
            } else {
                found.add(ListProblem.of(fractionField, lineName, ListProblem.Kind.NOT_A_NUMBER, fractionText));
            }
        }
        return Optional.of(new LevelMeasure(level, type, fraction, text));
    }

    private static String text(SheetRow r, ListField f, String lineName, List<ListProblem> found) {
        String t = ListText.text(r.get(f));
        Integer max = MAX_LENGTH.get(f);
        if (max != null && t.length() > max) {
            found.add(ListProblem.of(f, lineName, ListProblem.Kind.TOO_LONG, String.valueOf(max)));
        }
        return t;
    }

    private static String optional(SheetRow r, ListField f, String lineName, List<ListProblem> found) {
        String t = text(r, f, lineName, found);
        return t.isEmpty() ? null : t;
    }

    private static BigDecimal tonnes(SheetRow r, ListField f, String lineName, List<ListProblem> found) {
        BigDecimal v = number(r, f, lineName, TONNES_SCALE, found);
        return v == null ? BigDecimal.ZERO : v; // a blank emission is stored as 0
    }

    private static BigDecimal number(SheetRow r, ListField f, String lineName, int scale, List<ListProblem> found) {
        String t = ValueParser.clean(r.get(f));
        if (t.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> v = ValueParser.decimal(t);
        if (v.isEmpty()) {
            found.add(ListProblem.of(f, lineName, ListProblem.Kind.NOT_A_NUMBER, t));
            return null;
        }
        return scaled(v.get(), scale);
    }

    private static Integer wholeNumber(SheetRow r, ListField f, List<ListProblem> found) {
        String t = ValueParser.clean(r.get(f));
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

    private static BigDecimal scaled(BigDecimal v, int scale) {
        return v.scale() > scale ? v.setScale(scale, RoundingMode.HALF_UP) : v;
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
}
