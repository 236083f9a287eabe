package cn.hazedesk.infra.excel;

import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.uscc.Uscc;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes real .xlsx files for tests, the way people fill them in: text, numbers, percent-formatted cells. */
public final class TestWorkbooks {
    private TestWorkbooks() {
    }

    /** A number shown with a percent format (the cell holds the fraction). */
    public record Percent(double fraction) {
    }

    public static Percent pct(double fraction) {
        return new Percent(fraction);
    }

    /** A valid USCC for 大武口区 with the given serial (synthetic, check character computed). */
    public static String uscc(int serial) {
        String first17 = "91640202MA7" + String.format("%06d", serial);
        return first17 + Uscc.checkCharacter(first17);
    }

    /** One sheet: rows written from row 1 down (null rows stay empty), cells from column A. */
    public static Path write(Path file, List<List<Object>> rows) {
        return write(file, "清单", rows);
    }

    public static Path write(Path file, String sheetName, List<List<Object>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            Sheet sheet = wb.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                List<Object> values = rows.get(r);
                if (values == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof Percent p) {
                        cell.setCellValue(p.fraction());
                        cell.setCellStyle(percent);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A list sheet: a header row of the given columns, then one row per map (column → value). */
    public static Path list(Path file, List<ListField> columns, List<Map<ListField, Object>> lines) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(columns.stream().map(cn.hazedesk.testing.ListWordsForTests.WORDS.values()::header).toList()));
        for (Map<ListField, Object> line : lines) {
            List<Object> row = new ArrayList<>();
            for (ListField f : columns) {
                row.add(line.get(f));
            }
            rows.add(row);
        }
        return write(file, rows);
    }

    /**
     * The usual columns of a small list: the required ones, grade, the four emissions, the yellow share and measure,
     * and the orange and red measures (a list needs a measure column for every level).
     */
    public static final List<ListField> COLUMNS = List.of(ListField.NAME, ListField.USCC, ListField.DISTRICT,
            ListField.INDUSTRY, ListField.GRADE, ListField.LINE_NAME, ListField.SO2, ListField.NOX, ListField.PM,
            ListField.VOCS, ListField.YELLOW_FRACTION, ListField.YELLOW_TEXT, ListField.ORANGE_TEXT, ListField.RED_TEXT);

    /** What {@link #line} writes into the columns it is not given values for: no PM or VOCs emitted. */
    private static final List<ListField> SHORT_FORM = List.of(ListField.NAME, ListField.USCC, ListField.DISTRICT,
            ListField.INDUSTRY, ListField.GRADE, ListField.LINE_NAME, ListField.SO2, ListField.NOX,
            ListField.YELLOW_FRACTION, ListField.YELLOW_TEXT, ListField.ORANGE_TEXT, ListField.RED_TEXT);

    /**
     * A line row for {@link #COLUMNS}-style lists: values in the order name, uscc, district, industry, grade, line,
     * so2, nox, yellow fraction, yellow text (then orange and red text); PM and VOCs are written as 0.
     */
    public static Map<ListField, Object> line(Object... values) {
        Map<ListField, Object> m = new LinkedHashMap<>();
        List<Object> v = Arrays.asList(values);
        for (int i = 0; i < v.size() && i < SHORT_FORM.size(); i++) {
            m.put(SHORT_FORM.get(i), v.get(i));
        }
        m.put(ListField.PM, 0);
        m.put(ListField.VOCS, 0);
        return m;
    }

    /** The texts of a sheet's cells as DataFormatter shows them, row by row (for checking exports). */
    public static List<List<String>> cells(Path file, String sheetName) {
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = wb.getSheet(sheetName);
            org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
            List<List<String>> out = new ArrayList<>();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell == null ? "" : f.formatCellValue(cell));
                }
                out.add(values);
            }
            return out;
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
