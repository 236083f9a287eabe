package cn.hazedesk.infra.excel;

import cn.hazedesk.application.AuditEntry;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.application.port.AuditExport;
import cn.hazedesk.application.port.WorkbookException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Function;

/**
 * The audit records with Apache POI (SXSSF, rows flushed to disk as they are written), into a temporary file that
 * replaces the target when complete. Times are real date cells, so that Excel can sort and filter them.
 */
public final class PoiAuditExport implements AuditExport {
    private static final int PROGRESS_EVERY = 1000;
    /** Excel keeps at most 32,767 characters in a cell. */
    private static final int CELL_MAX = 32_767;
    private static final int[] WIDTHS = {20, 14, 16, 28, 80};

    @Override
    public void write(Path file, String sheetName, List<String> headers, List<AuditEntry> entries,
                      Function<String, String> actionLabel, ProgressListener progress) {
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), ".hazedesk-export-", ".xlsx.tmp");
            try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
                fill(wb, sheetName, headers, entries, actionLabel, progress);
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    wb.write(out);
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (IOException | RuntimeException e) {
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

    private static void fill(SXSSFWorkbook wb, String sheetName, List<String> headers, List<AuditEntry> entries,
                             Function<String, String> actionLabel, ProgressListener progress) {
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle time = wb.createCellStyle();
        time.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));

        Sheet sheet = wb.createSheet(sheetName);
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            head.createCell(c).setCellValue(headers.get(c));
            head.getCell(c).setCellStyle(header);
            sheet.setColumnWidth(c, WIDTHS[Math.min(c, WIDTHS.length - 1)] * 256);
        }
        sheet.createFreezePane(0, 1);
        int total = entries.size();
        int r = 1;
        for (AuditEntry e : entries) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(e.when());
            row.getCell(0).setCellStyle(time);
            row.createCell(1).setCellValue(e.actor());
            row.createCell(2).setCellValue(actionLabel.apply(e.action()));
            row.createCell(3).setCellValue(e.subject());
            row.createCell(4).setCellValue(cut(e.detail()));
            if ((r - 1) % PROGRESS_EVERY == 0) {
                progress.progress(r - 1, total, "audit.progress.writing");
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, Math.max(0, headers.size() - 1)));
        progress.progress(total, total, "audit.progress.writing");
    }

    private static String cut(String s) {
        return s == null ? "" : s.length() <= CELL_MAX ? s : s.substring(0, CELL_MAX);
    }
}
