package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.EnterpriseValidator;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.ListProblem;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.region.Region;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the rows of a list workbook into enterprises, one row per production line, and finds every problem with its
 * sheet, row and column. Sheets come one after the other ({@link #startSheet}), their rows one at a time (the
 * workbook is streamed); {@link #finish()} gives the result.
 * <ul>
 *   <li>each row is read by {@link ListEntryParser} (the editor's parser) after its columns are mapped by the sheet's
 *   {@link SheetLayout}; a field in two columns takes the first non-empty cell (two different values are a problem);</li>
 *   <li>merged cells: a cell merged down over several rows gives its value to each of them (the enterprise's name,
 *   a measure for all its lines), except an emission, which is counted once on the first row (and said);</li>
 *   <li>rows that are no enterprise are skipped and said: a row of one text (a section heading such as 一、大武口区,
 *   which gives the district when the sheet has no district column, or a note), a totals row (合计, 小计: its emissions
 *   are compared with the rows it totals);</li>
 *   <li>rows are grouped into enterprises by the normalised USCC, across sheets; the first row gives the enterprise's
 *   own columns, a later row with another name is a USCC_NAME_CONFLICT, a repeated line name a DUPLICATE_LINE;</li>
 *   <li>the typed rules are the editor's ({@link EnterpriseValidator}), applied row by row so that each problem lands on
 *   the row it comes from.</li>
 * </ul>
 * What each row is comes from {@link RowShapes}; totals rows are compared by {@link RowTotals}.
 */
public final class ListSheetCheck {
    private final ListEntryParser parser;
    private final EnterpriseValidator validator;
    private final ListVocabulary words;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<SheetLayout> layouts = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<CheckNote> notes = new ArrayList<>();
    private final ListEntryParser.Tally tally = new ListEntryParser.Tally();
    private int rows;
    private int linesWithoutMeasure;
    private int levelsWithoutMeasure;

    // the sheet being read
    private SheetLayout layout;
    private List<RowProblem> sheetProblems;
    private ListEntryParser.Options options;
    /** What each row of the sheet is, and the sheet's columns of each field. */
    private RowShapes shapes;
    private String sectionDistrict;
    private boolean districtMissing;
    private final Set<MergedRegion> mergedNumbersSaid = new HashSet<>();
    private final RowTotals totals;

    public ListSheetCheck(ListEntryParser parser) {
        this.parser = parser;
        this.validator = parser.validator();
        this.words = parser.vocabulary();
        this.totals = new RowTotals(words);
    }

    private static final class Group {
        final String firstRow;
        final Enterprise first;
        final List<ProductionLine> lines = new ArrayList<>();
        final Map<String, String> lineRows = new HashMap<>();

        Group(String firstRow, Enterprise first) {
            this.firstRow = firstRow;
            this.first = first;
        }
    }

    /** A sheet that holds no list: said, not read. */
    public void skipSheet(String sheetName) {
        notes.add(CheckNote.of(CheckNote.Kind.IGNORED_SHEET, sheetName, 0));
    }

    /** The next sheet's rows follow. */
    public void startSheet(SheetLayout sheet) {
        finishSheet();
        layout = sheet;
        layouts.add(sheet);
        sheetProblems = new ArrayList<>();
        sectionDistrict = null;
        districtMissing = false;
        totals.clear();
        shapes = new RowShapes(sheet, words);
        for (SheetLayout.IgnoredColumn c : sheet.ignored()) {
            notes.add(CheckNote.of(CheckNote.Kind.IGNORED_COLUMN, sheet.sheetName(), sheet.headerFirstRow(),
                    Columns.letters(c.index()), c.header(), c.reason().name(), c.detail()));
        }
        for (ListField f : sheet.missing()) {
            ListProblem.Kind kind = f.level() != null ? ListProblem.Kind.MISSING_MEASURE_COLUMNS : ListProblem.Kind.MISSING_COLUMN;
            sheetProblems.add(RowProblem.at(sheet.headerFirstRow(), sheet, ListProblem.of(f, null, kind), words.values()));
        }
        Map<ListField, BigDecimal> factors = new EnumMap<>(ListField.class);
        Set<ListField> percent = EnumSet.noneOf(ListField.class);
        for (SheetLayout.Column c : sheet.columns().values()) {
            if (c.factor().compareTo(BigDecimal.ONE) != 0) {
                factors.put(c.field(), c.factor());
                notes.add(CheckNote.of(CheckNote.Kind.UNIT_CONVERTED, sheet.sheetName(), sheet.headerFirstRow(),
                        c.header(), c.factor().toPlainString()));
            }
            if (c.unitAssumed()) {
                notes.add(CheckNote.of(CheckNote.Kind.UNIT_ASSUMED, sheet.sheetName(), sheet.headerFirstRow(), c.header()));
            }
            if (c.percent()) {
                percent.add(c.field());
            }
        }
        options = new ListEntryParser.Options(factors, percent);
        if (!sheet.has(ListField.DISTRICT) && sheet.districtCode() != null) {
            notes.add(CheckNote.of(CheckNote.Kind.DISTRICT_FROM_SHEET, sheet.sheetName(), 0, districtName(sheet.districtCode())));
        }
        if (sheet.found() && !sheet.has(ListField.LINE_NAME)) {
            notes.add(CheckNote.of(CheckNote.Kind.LINE_NAME_ADDED, sheet.sheetName(), 0, words.wholePlant()));
        }
    }

    /** Takes the next row below the header block of the current sheet; blank rows are skipped. */
    public void accept(SheetRow row) {
        if (layout == null || !layout.found() || row.rowNumber() <= layout.headerLastRow() || row.blank()) {
            return;
        }
        Map<Integer, SheetRow.Cell> cells = row.cells();
        if (RowShapes.onlyContinued(cells)) {
            return; // a row that holds nothing of its own, only cells merged down from above
        }
        String usccText = shapes.ownUscc(cells);
        if (shapes.repeatedHeader(cells) || RowShapes.numbering(cells)) {
            // lists laid out for printing repeat their header (or its numbering row) on every page
            notes.add(CheckNote.of(CheckNote.Kind.REPEATED_HEADER, layout.sheetName(), row.rowNumber()));
            return;
        }
        if (usccText.isEmpty()) {
            Set<String> distinct = new java.util.LinkedHashSet<>();
            for (SheetRow.Cell c : cells.values()) {
                if (!c.blank()) {
                    distinct.add(ListText.text(c.text()));
                }
            }
            if (distinct.size() == 1) {
                textRow(row.rowNumber(), distinct.iterator().next());
                return;
            }
            Optional<String> label = shapes.totalLabel(cells);
            if (label.isPresent()) {
                totals.check(row, label.get(), layout, shapes, options, notes);
                return;
            }
        }
        dataRow(row);
    }

    private void textRow(int rowNumber, String text) {
        if (words.total(text)) {
            notes.add(CheckNote.of(CheckNote.Kind.TOTAL_ROW, layout.sheetName(), rowNumber, text));
            return;
        }
        String district = HeaderBlock.districtInName(text, parser.regions());
        if (district != null && !layout.has(ListField.DISTRICT) && text.length() <= 30) {
            sectionDistrict = district;
            notes.add(CheckNote.of(CheckNote.Kind.DISTRICT_FROM_SECTION, layout.sheetName(), rowNumber, districtName(district)));
            return;
        }
        notes.add(CheckNote.of(CheckNote.Kind.SKIPPED_ROW, layout.sheetName(), rowNumber, abbreviate(text)));
    }

    private void dataRow(SheetRow row) {
        rows++;
        int r = row.rowNumber();
        List<RowProblem> found = new ArrayList<>();
        Map<ListField, String> values = new EnumMap<>(ListField.class);
        Set<ListField> flagged = EnumSet.noneOf(ListField.class);
        for (Map.Entry<ListField, List<SheetLayout.Column>> fc : shapes.fieldColumns().entrySet()) {
            ListField f = fc.getKey();
            List<SheetLayout.Column> cols = fc.getValue();
            String chosen = null;
            SheetLayout.Column chosenColumn = null;
            for (SheetLayout.Column c : cols) {
                SheetRow.Cell cell = row.cells().get(c.index());
                if (cell == null || cell.blank()) {
                    continue;
                }
                String v = cellValue(cell, f, c, r, found, flagged);
                if (v == null || v.isBlank()) {
                    continue;
                }
                if (chosen == null) {
                    chosen = v;
                    chosenColumn = c;
                } else if (!ListText.text(chosen).equals(ListText.text(v))) {
                    found.add(RowProblem.at(r, layout, c.index(), c.header(), ListProblem.of(f, null,
                            ListProblem.Kind.CONFLICTING_COLUMNS, chosenColumn.header(), ListText.text(chosen))));
                }
            }
            if (chosen != null) {
                values.put(f, chosen);
            }
        }
        if (!shapes.fieldColumns().containsKey(ListField.DISTRICT)) {
            String d = sectionDistrict != null ? sectionDistrict : layout.districtCode();
            if (d != null) {
                values.put(ListField.DISTRICT, d);
            } else {
                districtMissing = true;
                flagged.add(ListField.DISTRICT);
            }
        }
        if (!shapes.fieldColumns().containsKey(ListField.LINE_NAME)) {
            values.put(ListField.LINE_NAME, words.wholePlant());
        }
        ListEntryParser.Parsed parsed = parser.parseRow(values, options, tally);
        Enterprise e = parsed.enterprise();
        List<ListProblem> problems = new ArrayList<>(parsed.problems());
        String key = e.uscc().isEmpty() ? "\u0000" + layout.sheetName() + "!" + r : e.uscc();
        Group g = groups.get(key);
        boolean first = g == null;
        for (ListProblem p : validator.validate(e)) {
            // the enterprise's own columns count on its first row; a later row only adds its line
            if (first || p.field().lineField() || p.kind() == ListProblem.Kind.REQUIRED) {
                problems.add(p);
            }
        }
        String here = rowRef(r);
        if (first) {
            g = new Group(here, e);
            groups.put(key, g);
        } else if (!e.name().isEmpty() && !g.first.name().isEmpty() && !e.name().equals(g.first.name())) {
            problems.add(ListProblem.of(ListField.USCC, null, ListProblem.Kind.USCC_NAME_CONFLICT,
                    g.first.name(), g.firstRow));
        }
        ProductionLine line = e.lines().get(0);
        String earlier = line.name().isEmpty() ? null : g.lineRows.putIfAbsent(line.name(), here);
        if (earlier != null) {
            problems.add(ListProblem.of(ListField.LINE_NAME, line.name(), ListProblem.Kind.DUPLICATE_LINE,
                    line.name(), earlier));
        } else {
            g.lines.add(line);
        }
        int missingLevels = 0;
        for (WarningLevel level : WarningLevel.values()) {
            if (line.measure(level).isEmpty()) {
                missingLevels++;
            }
        }
        if (missingLevels > 0) {
            linesWithoutMeasure++;
            levelsWithoutMeasure += missingLevels;
        }
        for (ListField f : List.of(ListField.SO2, ListField.NOX, ListField.PM, ListField.VOCS)) {
            BigDecimal v = line.tonnes(f == ListField.SO2 ? Enterprise.Pollutant.SO2 : f == ListField.NOX
                    ? Enterprise.Pollutant.NOX : f == ListField.PM ? Enterprise.Pollutant.PM : Enterprise.Pollutant.VOCS);
            totals.add(f, v);
        }
        for (ListProblem p : problems) {
            if (flagged.contains(p.field()) && (p.kind() == ListProblem.Kind.REQUIRED
                    || p.kind() == ListProblem.Kind.NOT_A_NUMBER || p.kind() == ListProblem.Kind.UNKNOWN_DISTRICT)) {
                continue; // the cell's own problem (formula, error, no district) is said instead
            }
            found.add(RowProblem.at(r, layout, p, words.values()));
        }
        sheetProblems.addAll(found);
    }

    /**
     * The text a cell gives its field, or null after saying why it gives none: an uncalculated formula or an error
     * value is a problem; an emission merged down is counted on the region's first row only, and one merged across
     * columns cannot be placed.
     */
    private String cellValue(SheetRow.Cell cell, ListField f, SheetLayout.Column c, int r, List<RowProblem> found,
                             Set<ListField> flagged) {
        if (cell.flag() == SheetRow.Flag.FORMULA_NO_VALUE) {
            found.add(RowProblem.at(r, layout, c.index(), c.header(), ListProblem.of(f, null, ListProblem.Kind.FORMULA_NO_VALUE)));
            flagged.add(f);
            return null;
        }
        if (cell.flag() == SheetRow.Flag.ERROR) {
            found.add(RowProblem.at(r, layout, c.index(), c.header(), ListProblem.of(f, null, ListProblem.Kind.CELL_ERROR, cell.text())));
            flagged.add(f);
            return null;
        }
        MergedRegion m = cell.merge();
        if (m != null && HeaderBlock.emission(f) && !words.zero(cell.text())) {
            if (m.firstRow() != r && m.firstColumn() == c.index()) {
                if (mergedNumbersSaid.add(m)) {
                    notes.add(CheckNote.of(CheckNote.Kind.MERGED_NUMBER, layout.sheetName(), m.firstRow(), m.a1(), c.header()));
                }
                return "0";
            }
            if (m.firstColumn() != c.index()) {
                if (m.firstRow() == r) {
                    found.add(RowProblem.at(r, layout, c.index(), c.header(),
                            ListProblem.of(f, null, ListProblem.Kind.MERGED_ACROSS_COLUMNS, m.a1())));
                }
                flagged.add(f);
                return null;
            }
        }
        return cell.text();
    }

    private String rowRef(int row) {
        return layouts.size() > 1 ? layout.sheetName() + "!" + row : String.valueOf(row);
    }

    private void finishSheet() {
        if (layout == null) {
            return;
        }
        if (districtMissing) {
            sheetProblems.add(RowProblem.at(layout.headerFirstRow(), layout,
                    ListProblem.of(ListField.DISTRICT, null, ListProblem.Kind.NO_DISTRICT), words.values()));
        }
        sheetProblems.sort(RowProblem.IN_SHEET_ORDER);
        problems.addAll(sheetProblems);
        layout = null;
    }

    public CheckedList finish() {
        finishSheet();
        List<Enterprise> enterprises = new ArrayList<>(groups.size());
        for (Group g : groups.values()) {
            enterprises.add(g.first.withLines(g.lines));
        }
        List<CheckNote> all = new ArrayList<>(notes);
        if (tally.zeros > 0) {
            all.add(CheckNote.of(CheckNote.Kind.ZEROS_READ, "", 0, tally.zeros));
        }
        if (tally.derivedMeasures > 0) {
            all.add(CheckNote.of(CheckNote.Kind.MEASURES_DERIVED, "", 0, tally.derivedMeasures, tally.derivedLines));
        }
        if (tally.transportRules > 0) {
            all.add(CheckNote.of(CheckNote.Kind.TRANSPORT_READ, "", 0, tally.transportRules));
        }
        if (tally.percentsRead > 0) {
            all.add(CheckNote.of(CheckNote.Kind.PERCENTS_READ, "", 0, tally.percentsRead));
        }
        if (tally.rounded > 0) {
            all.add(CheckNote.of(CheckNote.Kind.ROUNDED, "", 0, tally.rounded));
        }
        if (linesWithoutMeasure > 0) {
            all.add(CheckNote.of(CheckNote.Kind.NO_MEASURE, "", 0, linesWithoutMeasure, levelsWithoutMeasure));
        }
        return new CheckedList(layouts, rows, enterprises, problems, all);
    }

    private String districtName(String code) {
        return parser.regions().byCode(code).map(Region::name).orElse(code);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

}
