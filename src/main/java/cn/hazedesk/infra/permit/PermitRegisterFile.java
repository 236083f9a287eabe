package cn.hazedesk.infra.permit;

import cn.hazedesk.application.port.PermitRegisterSource;
import cn.hazedesk.application.port.WorkbookException;
import cn.hazedesk.domain.common.TextNormalizer;
import cn.hazedesk.domain.permit.PermitRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a permit register exported from the permit system: an .xlsx (the first sheet with a header row) or a .csv
 * (UTF-8). The header row is the first of the first 20 rows that names the permit number and the
 * 统一社会信用代码; columns in any order, with the usual names: 许可证编号 / 排污许可证编号 / 许可证号 / 登记编号,
 * 单位名称 / 企业名称 / 排污单位名称, 统一社会信用代码 / 社会信用代码, 管理类别 / 管理类型. Blank rows are skipped.
 */
public final class PermitRegisterFile implements PermitRegisterSource {
    private static final int HEADER_SEARCH = 20;
    /** The names of each column (data/file-headers.csv, file permit). */
    private static final Map<String, List<String>> ALIASES = cn.hazedesk.infra.data.FileHeaders.of("permit");

    @Override
    public List<PermitRow> read(Path file) {
        List<List<String>> rows = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? csv(file) : xlsx(file);
        int header = -1;
        int[] col = null;
        for (int i = 0; i < Math.min(HEADER_SEARCH, rows.size()) && header < 0; i++) {
            int[] c = columns(rows.get(i));
            if (c[0] >= 0 && c[2] >= 0) {
                header = i;
                col = c;
            }
        }
        if (header < 0) {
            String seen = rows.stream().filter(r -> r.stream().anyMatch(x -> !x.isBlank())).findFirst()
                    .map(r -> String.join(",", r)).orElse("");
            throw new HeaderMissing(file, seen);
        }
        List<PermitRow> out = new ArrayList<>();
        for (int i = header + 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.stream().allMatch(String::isBlank)) {
                continue;
            }
            out.add(new PermitRow(i + 1, cell(r, col[0]), cell(r, col[1]), cell(r, col[2]), cell(r, col[3])));
        }
        return out;
    }

    /** Column indexes of permit, name, uscc, type in a row (−1 when absent). */
    private static int[] columns(List<String> row) {
        int[] c = {-1, -1, -1, -1};
        String[] keys = {"permit", "name", "uscc", "type"};
        for (int i = 0; i < row.size(); i++) {
            String h = TextNormalizer.toHalfWidth(row.get(i)).replaceAll("\\s+", "");
            for (int k = 0; k < keys.length; k++) {
                if (c[k] < 0 && ALIASES.get(keys[k]).contains(h)) {
                    c[k] = i;
                }
            }
        }
        return c;
    }

    private static String cell(List<String> r, int i) {
        return i < 0 || i >= r.size() ? "" : r.get(i).strip();
    }

    private static List<List<String>> xlsx(Path file) {
        DataFormatter f = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            List<List<String>> out = new ArrayList<>();
            for (int i = 0; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : f.formatCellValue(cell));
                    }
                }
                out.add(cells);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw new WorkbookException(file, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static List<List<String>> csv(Path file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, format)) {
            List<List<String>> out = new ArrayList<>();
            for (CSVRecord rec : p) {
                List<String> cells = new ArrayList<>();
                rec.forEach(v -> cells.add(v.replace("\uFEFF", "")));
                out.add(cells);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw new WorkbookException(file, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
