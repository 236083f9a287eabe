package cn.hazedesk.infra.excel;

import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.CancelledException;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.application.port.ListWorkbook;
import cn.hazedesk.application.port.WorkbookException;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.ListValues;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.listimport.SheetLayout;
import cn.hazedesk.domain.listimport.SheetRow;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The list workbook with Apache POI. Reading streams the sheet XML (XSSFReader + SAX), so a 50,000-row list
 * never sits in memory as a workbook; numbers are taken as stored, not as displayed (a percent-formatted 30% is
 * 0.3, a cell showing 12.35 for 12.3456 gives 12.3456), to Excel's 15 significant digits. Writing uses SXSSF
 * (rows flushed to disk as they are written) into a temporary file that replaces the target when complete.
 */
public final class PoiListWorkbook implements ListWorkbook {
    public static final String LIST_SHEET = "应急减排清单";
    public static final String NOTES_SHEET = "说明";
    private static final int PROGRESS_EVERY = 1000;
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private final RegionCatalog regions;

    public PoiListWorkbook(RegionCatalog regions) {
        this.regions = regions;
    }

    // ---------------------------------------------------------------- reading

    @Override
    public SheetLayout read(Path file, RowSink sink, ProgressListener progress, CancelToken cancel) {
        if (!Files.isRegularFile(file)) {
            throw new WorkbookException(file, Files.exists(file) ? "not a file" : "no such file", null);
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            SheetLayout best = null;
            String firstSheet = null;
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (firstSheet == null) {
                        firstSheet = name;
                    }
                    SheetScan scan = new SheetScan(name, sink, progress, cancel);
                    parse(in, new XSSFSheetXMLHandler(styles, null, strings, scan, new StoredValueFormatter(), false));
                    if (scan.layout != null) {
                        progress.progress(scan.rows, scan.rows, "list.progress.reading");
                        return scan.layout;
                    }
                    best = SheetLayout.better(best, scan.best);
                }
            }
            SheetLayout layout = best != null ? best
                    : SheetLayout.fromHeaderRow(firstSheet == null ? "" : firstSheet, 1, Map.of());
            sink.header(layout);
            return layout;
        } catch (CancelledException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI reports a file that is no OOXML package (an .xls, a CSV, garbage) with various runtime exceptions
            throw new WorkbookException(file, String.valueOf(e.getMessage()), e);
        }
    }

    private static void parse(InputStream in, XSSFSheetXMLHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        try {
            xml.parse(new InputSource(in));
        } catch (StopSheet e) {
            // header not found near the top: this sheet holds no list
        } catch (SAXException e) {
            if (e.getException() instanceof StopSheet) {
                return;
            }
            if (e.getException() instanceof CancelledException c) {
                throw c;
            }
            throw e;
        }
    }

    /** Thrown from the SAX callbacks to stop reading a sheet that has no header row near its top. */
    private static final class StopSheet extends RuntimeException {
        StopSheet() {
            super(null, null, false, false);
        }
    }

    /** One sheet: looks for the header row among the first rows, then hands each data row to the sink. */
    private static final class SheetScan implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheetName;
        private final RowSink sink;
        private final ProgressListener progress;
        private final CancelToken cancel;
        private final Map<Integer, String> headerCells = new HashMap<>();
        private SheetLayout layout;
        private SheetLayout best;
        private ListField[] fieldAt = new ListField[0];
        private EnumMap<ListField, String> cells;
        private int rowNumber;
        private int rows;

        SheetScan(String sheetName, RowSink sink, ProgressListener progress, CancelToken cancel) {
            this.sheetName = sheetName;
            this.sink = sink;
            this.progress = progress;
            this.cancel = cancel;
        }

        @Override
        public void startRow(int rowNum) {
            rowNumber = rowNum + 1;
            if (layout == null) {
                headerCells.clear();
            } else {
                cells = new EnumMap<>(ListField.class);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            if (cellReference == null || formattedValue == null || formattedValue.isEmpty()) {
                return;
            }
            int col = column(cellReference);
            if (layout == null) {
                headerCells.put(col, formattedValue);
            } else if (col < fieldAt.length && fieldAt[col] != null) {
                cells.putIfAbsent(fieldAt[col], formattedValue);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (layout == null) {
                if (headerCells.isEmpty()) {
                    stopIfTooDeep();
                    return;
                }
                SheetLayout candidate = SheetLayout.fromHeaderRow(sheetName, rowNumber, headerCells);
                if (candidate.found()) {
                    layout = candidate;
                    int width = 0;
                    for (int c : candidate.columns().values()) {
                        width = Math.max(width, c + 1);
                    }
                    fieldAt = new ListField[width];
                    candidate.columns().forEach((f, c) -> fieldAt[c] = f);
                    sink.header(candidate);
                    return;
                }
                if (!candidate.columns().isEmpty()) {
                    best = SheetLayout.better(best, candidate);
                }
                stopIfTooDeep();
                return;
            }
            if (cancel.isCancelled()) {
                throw new CancelledException();
            }
            if (!cells.isEmpty()) {
                sink.row(new SheetRow(rowNumber, cells));
                rows++;
                if (rows % PROGRESS_EVERY == 0) {
                    progress.progress(rows, 0, "list.progress.reading");
                }
            }
        }

        private void stopIfTooDeep() {
            if (rowNumber >= SheetLayout.HEADER_SEARCH_ROWS) {
                throw new StopSheet();
            }
        }

        /** "AB12" → 27 (0-based column of an A1 reference). */
        private static int column(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length(); i++) {
                char c = ref.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    col = col * 26 + (c - 'A' + 1);
                } else if (c >= 'a' && c <= 'z') {
                    col = col * 26 + (c - 'a' + 1);
                } else {
                    break;
                }
            }
            return col - 1;
        }
    }

    /**
     * Numbers as stored rather than as displayed: a percent cell showing 30% gives "0.3", a cell formatted to two
     * decimals keeps all of its digits. Dates keep their display form (the list has none).
     */
    private static final class StoredValueFormatter extends DataFormatter {
        StoredValueFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
            }
            return plain(value);
        }
    }

    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal d = new BigDecimal(Double.toString(value)).round(EXCEL_DIGITS).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    // ---------------------------------------------------------------- writing

    @Override
    public void write(Path file, List<Enterprise> enterprises, ProgressListener progress) {
        long total = enterprises.stream().mapToLong(e -> e.lines().size()).sum();
        writeAtomically(file, wb -> {
            Styles s = new Styles(wb);
            Sheet sheet = listSheet(wb, s);
            int r = 1;
            long done = 0;
            for (Enterprise e : enterprises) {
                for (ProductionLine line : e.lines()) {
                    Row row = sheet.createRow(r++);
                    int c = 0;
                    for (ListField f : ListField.values()) {
                        writeCell(row.createCell(c++), f, e, line, s);
                    }
                    if (++done % PROGRESS_EVERY == 0) {
                        progress.progress(done, total, "list.progress.exporting");
                    }
                }
            }
            progress.progress(total, total, "list.progress.exporting");
        });
    }

    @Override
    public void writeTemplate(Path file, List<String> notes) {
        writeAtomically(file, wb -> {
            Styles s = new Styles(wb);
            listSheet(wb, s);
            Sheet sheet = wb.createSheet(NOTES_SHEET);
            sheet.setColumnWidth(0, 120 * 256);
            int r = 0;
            for (String note : notes) {
                Cell cell = sheet.createRow(r++).createCell(0);
                cell.setCellValue(note);
                cell.setCellStyle(r == 1 ? s.header : s.wrap);
            }
        });
    }

    private Sheet listSheet(SXSSFWorkbook wb, Styles s) {
        Sheet sheet = wb.createSheet(LIST_SHEET);
        Row header = sheet.createRow(0);
        int c = 0;
        for (ListField f : ListField.values()) {
            Cell cell = header.createCell(c);
            cell.setCellValue(f.header());
            cell.setCellStyle(s.header);
            sheet.setColumnWidth(c, width(f) * 256);
            c++;
        }
        sheet.createFreezePane(2, 1);
        return sheet;
    }

    private static int width(ListField f) {
        return switch (f) {
            case NAME, ADDRESS -> 30;
            case USCC -> 22;
            case YELLOW_TEXT, ORANGE_TEXT, RED_TEXT -> 36;
            default -> Math.max(10, Math.min(24, f.header().length() * 2 + 2));
        };
    }

    private void writeCell(Cell cell, ListField f, Enterprise e, ProductionLine line, Styles s) {
        switch (f) {
            case DISTRICT -> text(cell, regions.byCode(e.districtCode()).map(Region::name).orElse(e.districtCode()));
            case LONGITUDE -> number(cell, e.longitude());
            case LATITUDE -> number(cell, e.latitude());
            case TRUCKS -> number(cell, e.transportTrucks() == null ? null : BigDecimal.valueOf(e.transportTrucks()));
            case SO2, NOX, PM, VOCS -> number(cell, line.tonnes(pollutant(f)));
            case YELLOW_FRACTION, ORANGE_FRACTION, RED_FRACTION -> {
                BigDecimal fraction = line.measure(level(f)).map(LevelMeasure::fraction).orElse(null);
                if (fraction != null) {
                    cell.setCellValue(fraction.doubleValue());
                    cell.setCellStyle(fraction.movePointRight(2).stripTrailingZeros().scale() <= 0 ? s.percent : s.percentDecimals);
                }
            }
            default -> text(cell, f.lineField() ? ListValues.lineValue(line, f) : ListValues.enterpriseValue(e, f));
        }
    }

    private static Enterprise.Pollutant pollutant(ListField f) {
        return switch (f) {
            case SO2 -> Enterprise.Pollutant.SO2;
            case NOX -> Enterprise.Pollutant.NOX;
            case PM -> Enterprise.Pollutant.PM;
            default -> Enterprise.Pollutant.VOCS;
        };
    }

    private static WarningLevel level(ListField f) {
        return WarningLevel.valueOf(f.name().substring(0, f.name().indexOf('_')));
    }

    private static void text(Cell cell, String value) {
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    private static void number(Cell cell, BigDecimal value) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle percent;
        final CellStyle percentDecimals;
        final CellStyle wrap;

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            percentDecimals = wb.createCellStyle();
            percentDecimals.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
        }
    }

    private interface Content {
        void fill(SXSSFWorkbook wb) throws IOException;
    }

    private static void writeAtomically(Path file, Content content) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".hazedesk-export-", ".xlsx.tmp");
            SXSSFWorkbook wb = new SXSSFWorkbook(500);
            try {
                content.fill(wb);
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    wb.write(out);
                }
            } finally {
                wb.close();
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (IOException | RuntimeException e) {
            if (e instanceof CancelledException c) {
                throw c;
            }
            throw new WorkbookException(file, String.valueOf(e.getMessage()), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a left-over temporary file is harmless
                }
            }
        }
    }

    /** Unused collection kept small: the headers in column order, for tests and the template. */
    public static List<String> headers() {
        List<String> h = new ArrayList<>();
        for (ListField f : ListField.values()) {
            h.add(f.header());
        }
        return h;
    }
}
