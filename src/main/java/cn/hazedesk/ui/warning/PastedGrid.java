package cn.hazedesk.ui.warning;

import cn.hazedesk.domain.common.TextNormalizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A range copied from a spreadsheet as the clipboard carries it: rows by line, cells by tab (Excel, WPS, LibreOffice),
 * or by comma when a line has no tab. It may carry a header row of dates (2026/12/5, 2026-12-05, 12月5日, 12/5) and a
 * first column of area names; both are recognised here, the values are only split — what they must be is checked by
 * the consultation grid, which names the row and column of anything it cannot take.
 */
final class PastedGrid {
    private final List<List<String>> rows;

    private PastedGrid(List<List<String>> rows) {
        this.rows = rows;
    }

    /** True when the text is more than one cell (a single value is left to the field's own paste). */
    static boolean isGrid(String text) {
        String t = text == null ? "" : text.strip();
        return t.contains("\t") || t.contains("\n") || t.contains(",");
    }

    static PastedGrid parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int last = lines.length;
        while (last > 0 && lines[last - 1].isBlank()) {
            last--;
        }
        for (int i = 0; i < last; i++) {
            String line = lines[i].replace("\uFEFF", "");
            String[] cells = line.contains("\t") ? line.split("\t", -1) : line.split(",", -1);
            List<String> row = new ArrayList<>();
            for (String c : cells) {
                row.add(TextNormalizer.toHalfWidth(c.strip().replace("\"", "")).strip());
            }
            rows.add(row);
        }
        return new PastedGrid(rows);
    }

    List<List<String>> rows() {
        return rows;
    }

    /**
     * A date as spreadsheets show it: 2026/12/5, 2026-12-05, 2026.12.5, 12/5, 2026/12/5 0:00, and the Chinese forms
     * with year, month and day written out (every run of non-digits is a separator). A date without a year takes the
     * year that puts it nearest to {@code near} (a forecast made on 30 December for 2 January).
     */
    static Optional<LocalDate> date(String cell, LocalDate near) {
        String s = cell.strip().replaceAll("\\D+", "-").replaceAll("^-|-$", "");
        String[] parts = s.isEmpty() ? new String[0] : s.split("-");
        if (parts.length >= 3 && parts[0].length() == 4) {
            return monthDay(parts[0], parts[1], parts[2], near);
        }
        if (parts.length == 2 && parts[0].length() <= 2 && parts[1].length() <= 2 && cell.matches(".*\\D.*")) {
            return monthDay(null, parts[0], parts[1], near);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> monthDay(String year, String month, String day, LocalDate near) {
        try {
            int m = Integer.parseInt(month);
            int d = Integer.parseInt(day);
            if (year != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(year), m, d));
            }
            LocalDate best = null;
            for (int y = near.getYear() - 1; y <= near.getYear() + 1; y++) {
                LocalDate candidate = LocalDate.of(y, m, d);
                if (best == null || Math.abs(candidate.toEpochDay() - near.toEpochDay())
                        < Math.abs(best.toEpochDay() - near.toEpochDay())) {
                    best = candidate;
                }
            }
            return Optional.of(best);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
