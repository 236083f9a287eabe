package cn.hazedesk.infra.data;

import cn.hazedesk.application.port.ForecastFiles;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.warning.ForecastPeriod;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the forecast file as the meteorological bureau sends it: CSV in any encoding Excel saves ({@link ForecastCsv}),
 * or an Excel workbook (.xlsx, .xls) whose first sheet has the same columns. Date cells are taken as the dates they
 * show (2026/12/5 in a date cell is 2026-12-05 whatever the cell's format), numbers as they show.
 */
public final class ForecastFileReader implements ForecastFiles {
    private final RegionCatalog regions;

    public ForecastFileReader(RegionCatalog regions) {
        this.regions = regions;
    }

    @Override
    public Map<String, List<ForecastPeriod>> read(Path file) throws IOException, BadLine {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            return ForecastCsv.parse(sheetAsCsv(file), regions);
        }
        return ForecastCsv.read(file, regions);
    }

    /** The first sheet as CSV text: one line per row, every cell quoted. */
    private static String sheetAsCsv(Path file) throws IOException {
        DataFormatter shown = new DataFormatter(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            org.apache.poi.ss.usermodel.FormulaEvaluator formulas = wb.getCreationHelper().createFormulaEvaluator();
            for (int i = 0; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null) {
                    continue;
                }
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    if (c > 0) {
                        out.append(',');
                    }
                    out.append('"').append(text(row.getCell(c), shown, formulas).replace("\"", "\"\"")).append('"');
                }
                out.append('\n');
            }
        } catch (RuntimeException e) {
            // POI's own refusals of a damaged or foreign file
            throw new IOException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static String text(Cell cell, DataFormatter shown, org.apache.poi.ss.usermodel.FormulaEvaluator formulas) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime t = cell.getLocalDateTimeCellValue();
            return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
        }
        return shown.formatCellValue(cell, formulas).strip();
    }
}
