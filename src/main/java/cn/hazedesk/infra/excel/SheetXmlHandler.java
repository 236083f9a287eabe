package cn.hazedesk.infra.excel;

import cn.hazedesk.domain.listimport.Columns;
import cn.hazedesk.domain.listimport.MergedRegion;
import cn.hazedesk.domain.listimport.SheetRow;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one worksheet's XML (SAX, so a 50,000-row sheet never sits in memory as a workbook) into rows of cells as
 * Excel stores them: numbers to Excel's 15 significant digits whatever their display format, a percent-formatted
 * number as "30%", a date as displayed, a formula by its cached value. A formula without a cached value and an error
 * value are flagged. Merged regions ({@code <mergeCell>}, written after the rows) are collected.
 * <p>Rows after {@code rowLimit} are skipped without reading their cells (the first pass only needs the top).
 */
final class SheetXmlHandler extends DefaultHandler {
    /** Receives each row's own cells (merges not applied). */
    interface Rows {
        void row(int rowNumber, Map<Integer, SheetRow.Cell> cells);
    }

    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private final SharedStrings strings;
    private final StylesTable styles;
    private final DataFormatter dates = new DataFormatter(Locale.ROOT);
    private final Rows rows;
    private final int rowLimit;
    private final List<MergedRegion> merges = new ArrayList<>();
    /** Per cell style index: how its numbers read (POI builds a new style object on every lookup). */
    private final Map<Integer, NumberStyle> numberStyles = new HashMap<>();

    private enum Kind { PLAIN, PERCENT, DATE }

    private record NumberStyle(Kind kind, int formatIndex, String format) {
    }

    private int rowNumber;
    private int nextRow = 1;
    private boolean skipRow;
    private Map<Integer, SheetRow.Cell> cells;
    private int lastColumn;

    // the cell being read
    private int column;
    private String type;
    private String style;
    private boolean hasFormula;
    private boolean hasValue;
    private boolean inValue;
    private boolean inInline;
    private boolean inPhonetic;
    private boolean inText;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();

    private final boolean stopAfterLimit;

    /**
     * @param rowLimit       rows after this one are not read
     * @param stopAfterLimit stop parsing at the first row after the limit ({@link EnoughRows}); merged regions, which
     *                       the file writes after the rows, are then not collected
     */
    SheetXmlHandler(SharedStrings strings, StylesTable styles, Rows rows, int rowLimit, boolean stopAfterLimit) {
        this.strings = strings;
        this.styles = styles;
        this.rows = rows;
        this.rowLimit = rowLimit;
        this.stopAfterLimit = stopAfterLimit;
    }

    /** Thrown to stop parsing once the rows wanted are read. */
    static final class EnoughRows extends RuntimeException {
        EnoughRows() {
            super(null, null, false, false);
        }
    }

    List<MergedRegion> merges() {
        return merges;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "row" -> {
                String r = atts.getValue("r");
                rowNumber = r == null ? nextRow : parseInt(r, nextRow);
                nextRow = rowNumber + 1;
                if (rowNumber > rowLimit && stopAfterLimit) {
                    throw new EnoughRows();
                }
                skipRow = rowNumber > rowLimit;
                cells = skipRow ? null : new HashMap<>();
                lastColumn = -1;
            }
            case "c" -> {
                if (skipRow) {
                    return;
                }
                String ref = atts.getValue("r");
                int col = ref == null ? -1 : Columns.index(ref);
                column = col >= 0 ? col : lastColumn + 1;
                lastColumn = column;
                type = atts.getValue("t");
                style = atts.getValue("s");
                hasFormula = false;
                hasValue = false;
                value.setLength(0);
                inline.setLength(0);
            }
            case "f" -> hasFormula = true;
            case "v" -> {
                if (!skipRow) {
                    inValue = true;
                    hasValue = true;
                }
            }
            case "is" -> inInline = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> inText = inInline && !inPhonetic;
            case "mergeCell" -> merge(atts.getValue("ref"));
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "is" -> {
                inInline = false;
                hasValue = true;
            }
            case "rPh" -> inPhonetic = false;
            case "t" -> inText = false;
            case "c" -> {
                if (!skipRow) {
                    endCell();
                }
            }
            case "row" -> {
                if (!skipRow) {
                    rows.row(rowNumber, cells);
                }
                cells = null;
            }
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        } else if (inText) {
            inline.append(ch, start, length);
        }
    }

    private void endCell() {
        if (!hasValue) {
            if (hasFormula) {
                cells.put(column, new SheetRow.Cell("", SheetRow.Flag.FORMULA_NO_VALUE, null));
            }
            return; // a formatted blank
        }
        String v = value.toString();
        String text;
        SheetRow.Flag flag = SheetRow.Flag.NONE;
        if ("s".equals(type)) {
            text = sharedString(v);
        } else if ("inlineStr".equals(type)) {
            text = inline.toString();
        } else if ("str".equals(type) || "d".equals(type)) {
            text = v;
        } else if ("b".equals(type)) {
            text = v.startsWith("1") ? "TRUE" : "FALSE";
        } else if ("e".equals(type)) {
            text = v;
            flag = SheetRow.Flag.ERROR;
        } else {
            text = number(v.trim());
        }
        cells.put(column, new SheetRow.Cell(text == null ? "" : text, flag, null));
    }

    private String sharedString(String index) {
        try {
            return strings.getItemAt(Integer.parseInt(index.trim())).getString();
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IllegalStateException("bad shared string index " + index, e);
        }
    }

    /** A number as stored: percent formats give "30%", date formats their display, others the plain digits. */
    private String number(String raw) {
        if (raw.isEmpty()) {
            return "";
        }
        double d;
        try {
            d = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        if (style != null && styles != null) {
            NumberStyle ns = numberStyles.computeIfAbsent(parseInt(style, -1), this::numberStyle);
            if (ns.kind() == Kind.PERCENT) {
                return plain(d * 100) + "%";
            }
            if (ns.kind() == Kind.DATE && DateUtil.isValidExcelDate(d)) {
                return dates.formatRawCellContents(d, ns.formatIndex(), ns.format());
            }
        }
        return plain(d);
    }

    private NumberStyle numberStyle(int s) {
        if (s < 0 || s >= styles.getNumCellStyles()) {
            return new NumberStyle(Kind.PLAIN, -1, null);
        }
        XSSFCellStyle cs = styles.getStyleAt(s);
        int formatIndex = cs.getDataFormat();
        String format = cs.getDataFormatString();
        if (format == null) {
            format = BuiltinFormats.getBuiltinFormat(formatIndex);
        }
        if (format == null) {
            return new NumberStyle(Kind.PLAIN, formatIndex, null);
        }
        if (percentFormat(format)) {
            return new NumberStyle(Kind.PERCENT, formatIndex, format);
        }
        if (DateUtil.isADateFormat(formatIndex, format)) {
            return new NumberStyle(Kind.DATE, formatIndex, format);
        }
        return new NumberStyle(Kind.PLAIN, formatIndex, format);
    }

    /** A % outside quotes and brackets: Excel multiplies by 100 for display. */
    static boolean percentFormat(String format) {
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                bracket = true;
            } else if (!quoted && c == ']') {
                bracket = false;
            } else if (!quoted && !bracket && c == '\\') {
                i++;
            } else if (!quoted && !bracket && c == '%') {
                return true;
            }
        }
        return false;
    }

    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal d = new BigDecimal(Double.toString(value)).round(EXCEL_DIGITS).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    private void merge(String ref) {
        if (ref == null) {
            return;
        }
        String[] ends = ref.split(":");
        if (ends.length != 2) {
            return;
        }
        int r1 = Columns.row(ends[0]);
        int r2 = Columns.row(ends[1]);
        int c1 = Columns.index(ends[0]);
        int c2 = Columns.index(ends[1]);
        if (r1 < 1 || r2 < 1 || c1 < 0 || c2 < 0) {
            return;
        }
        merges.add(new MergedRegion(Math.min(r1, r2), Math.max(r1, r2), Math.min(c1, c2), Math.max(c1, c2)));
    }

    private static int parseInt(String s, int otherwise) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
