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
import cn.hazedesk.domain.listimport.ListVocabulary;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The list workbook with Apache POI. Reading is {@link XlsxListReader}'s (streamed, every sheet, header blocks and
 * merged cells). Writing uses SXSSF (rows flushed to disk as they are written) into a temporary file that replaces
 * the target when complete.
 */
public final class PoiListWorkbook implements ListWorkbook {
    private static final int PROGRESS_EVERY = 1000;

    private final RegionCatalog regions;
    private final ListVocabulary words;

    /** @param words name the sheets written (data/list-vocabulary.csv, kind sheet) */
    public PoiListWorkbook(RegionCatalog regions, ListVocabulary words) {
        this.regions = regions;
        this.words = words;
    }

    // ---------------------------------------------------------------- reading

    @Override
    public void read(Path file, RowSink sink, ProgressListener progress, CancelToken cancel) {
        new XlsxListReader().read(file, sink, progress, cancel);
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
            Sheet sheet = wb.createSheet(words.sheetName(ListVocabulary.Sheet.NOTES));
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
        Sheet sheet = wb.createSheet(words.sheetName(ListVocabulary.Sheet.LIST));
        Row header = sheet.createRow(0);
        int c = 0;
        for (ListField f : ListField.values()) {
            Cell cell = header.createCell(c);
            cell.setCellValue(words.values().header(f));
            cell.setCellStyle(s.header);
            sheet.setColumnWidth(c, width(f) * 256);
            c++;
        }
        sheet.createFreezePane(2, 1);
        return sheet;
    }

    private int width(ListField f) {
        return switch (f) {
            case NAME, ADDRESS -> 30;
            case USCC -> 22;
            case YELLOW_TEXT, ORANGE_TEXT, RED_TEXT -> 36;
            default -> Math.max(10, Math.min(24, words.values().header(f).length() * 2 + 2));
        };
    }

    private void writeCell(Cell cell, ListField f, Enterprise e, ProductionLine line, Styles s) {
        switch (f) {
            case DISTRICT -> text(cell, regions.byCode(e.districtCode()).map(Region::name).orElse(e.districtCode()));
            case LONGITUDE -> number(cell, e.longitude());
            case LATITUDE -> number(cell, e.latitude());
            case TRUCKS -> number(cell, e.transportTrucks() == null ? null : BigDecimal.valueOf(e.transportTrucks()));
            case DESIGN_COKING_HOURS -> number(cell, line.designCokingHours());
            case SO2, NOX, PM, VOCS -> number(cell, line.tonnes(pollutant(f)));
            case YELLOW_FRACTION, ORANGE_FRACTION, RED_FRACTION -> {
                BigDecimal fraction = line.measure(level(f)).map(LevelMeasure::fraction).orElse(null);
                if (fraction != null) {
                    cell.setCellValue(fraction.doubleValue());
                    cell.setCellStyle(fraction.movePointRight(2).stripTrailingZeros().scale() <= 0 ? s.percent : s.percentDecimals);
                }
            }
            default -> text(cell, f.lineField() ? ListValues.lineValue(line, f, words.values())
                    : ListValues.enterpriseValue(e, f, words.values()));
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

    /** The headers this writer puts in the list sheet's first row, in column order. */
    public List<String> headers() {
        List<String> h = new ArrayList<>();
        for (ListField f : ListField.values()) {
            h.add(words.values().header(f));
        }
        return h;
    }
}
