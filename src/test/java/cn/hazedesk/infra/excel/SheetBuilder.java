package cn.hazedesk.infra.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds workbooks the way bureaus lay them out, for tests: cells by Excel's own row numbers (1-based) and column
 * letters, merged ranges, percent and decimal formats, formulas (with or without their calculated values).
 */
public final class SheetBuilder implements AutoCloseable {
    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final CellStyle percent;
    private final CellStyle twoDecimals;
    private Sheet sheet;

    /** A value shown with a percent format (the cell holds the fraction). */
    public record Pct(double fraction) {
    }

    /** A number shown with two decimals (the cell keeps all its digits). */
    public record Shown2(double value) {
    }

    /** A formula; {@code calculated} false leaves it without a cached value, as some programs save them. */
    public record Formula(String expression, boolean calculated) {
    }

    public SheetBuilder() {
        percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
        twoDecimals = wb.createCellStyle();
        twoDecimals.setDataFormat(wb.createDataFormat().getFormat("0.00"));
    }

    public SheetBuilder sheet(String name) {
        sheet = wb.createSheet(name);
        return this;
    }

    /** Values from column A of row {@code row} (1-based) to the right; null leaves a cell empty. */
    public SheetBuilder row(int row, Object... values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                set(row, c, values[c]);
            }
        }
        return this;
    }

    /** One cell: {@code ref} like "C5". */
    public SheetBuilder cell(String ref, Object value) {
        var a = new org.apache.poi.ss.util.CellReference(ref);
        set(a.getRow() + 1, a.getCol(), value);
        return this;
    }

    /** Merges a range such as "A2:A3" (the value stays in its top-left cell). */
    public SheetBuilder merge(String range) {
        sheet.addMergedRegionUnsafe(CellRangeAddress.valueOf(range)); // tests write valid ranges; the check is quadratic
        return this;
    }

    private void set(int row, int col, Object v) {
        Row r = sheet.getRow(row - 1);
        if (r == null) {
            r = sheet.createRow(row - 1);
        }
        Cell cell = r.createCell(col);
        if (v instanceof Pct p) {
            cell.setCellValue(p.fraction());
            cell.setCellStyle(percent);
        } else if (v instanceof Shown2 s) {
            cell.setCellValue(s.value());
            cell.setCellStyle(twoDecimals);
        } else if (v instanceof Formula f) {
            cell.setCellFormula(f.expression());
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(v.toString());
        }
    }

    /** Writes the workbook; formulas marked calculated get their cached values first. */
    public Path write(Path file) {
        var evaluator = wb.getCreationHelper().createFormulaEvaluator();
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                        evaluator.evaluateFormulaCell(c);
                    }
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Writes, then removes the cached value of every formula whose expression is in {@code uncalculated}. */
    public Path writeWithoutValues(Path file, java.util.Set<String> uncalculated) {
        Path written = write(file);
        try {
            Path tmp = Files.createTempFile(file.getParent(), "strip", ".xlsx");
            try (var zin = new java.util.zip.ZipInputStream(Files.newInputStream(written));
                 var zout = new java.util.zip.ZipOutputStream(Files.newOutputStream(tmp))) {
                java.util.zip.ZipEntry e;
                while ((e = zin.getNextEntry()) != null) {
                    byte[] data = zin.readAllBytes();
                    if (e.getName().startsWith("xl/worksheets/")) {
                        String xml = new String(data, java.nio.charset.StandardCharsets.UTF_8);
                        for (String f : uncalculated) {
                            xml = xml.replaceAll("<f>" + java.util.regex.Pattern.quote(f) + "</f><v>[^<]*</v>", "<f>" + f + "</f>");
                        }
                        data = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    }
                    zout.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                    zout.write(data);
                    zout.closeEntry();
                }
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }
}
