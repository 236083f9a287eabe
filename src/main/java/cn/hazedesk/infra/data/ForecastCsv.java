package cn.hazedesk.infra.data;

import cn.hazedesk.application.port.ForecastFiles.BadLine;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.warning.ForecastPeriod;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A forecast file: CSV with the header {@code district,date,aqi} (a value per day) or {@code district,time,hours,aqi}
 * (a value per period: its start and length in hours, as the meteorological bureau gives it), optionally
 * {@code ,dust}, in any encoding Excel saves ({@link TextFiles}), with Excel's habits taken as written: the headers may
 * be Chinese (区县, 日期, 时间, 小时数, AQI, 沙尘), dates 2026/12/10 as well as 2026-12-10, times with a space or a T,
 * dust TRUE/FALSE in capitals, 是/否. A line that cannot be read is a {@link BadLine} naming the line and what is wrong;
 * nothing is guessed.
 */
public final class ForecastCsv {
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT);
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("uuuu.M.d", Locale.ROOT);
    /** Each accepted column name (data/file-headers.csv, file forecast) to its key: 区县 → district … */
    private static final Map<String, String> HEADERS = headers();
    private static final List<String> DUST_YES = words("dust.yes", "true", "1", "yes", "y");
    private static final List<String> DUST_NO = words("dust.no", "false", "0", "no", "n", "");

    private ForecastCsv() {
    }

    private static Map<String, String> headers() {
        Map<String, String> out = new java.util.HashMap<>();
        FileHeaders.of("forecast").forEach((key, names) -> {
            if (!key.contains(".")) {
                names.forEach(n -> out.put(n, key));
            }
        });
        return Map.copyOf(out);
    }

    private static List<String> words(String key, String... fixed) {
        List<String> out = new ArrayList<>(List.of(fixed));
        FileHeaders.of("forecast").getOrDefault(key, List.of()).forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return List.copyOf(out);
    }

    /** The periods of each area (district or city) by its name, in the order the file gives them. */
    public static Map<String, List<ForecastPeriod>> read(Path file, RegionCatalog regions) throws IOException, BadLine {
        return parse(TextFiles.read(file), regions);
    }

    static Map<String, List<ForecastPeriod>> parse(String text, RegionCatalog regions) throws IOException, BadLine {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        Map<String, List<ForecastPeriod>> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser p = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> column = null;
            for (CSVRecord rec : p) {
                long line = rec.getParser().getCurrentLineNumber();
                if (column == null) {
                    column = header(rec);
                    continue;
                }
                String area = get(rec, column, "district");
                if (regions.districtByName(area).isEmpty() && !regions.city().name().equals(area)) {
                    throw new BadLine(line, "cli.recommend.district", area);
                }
                boolean byPeriod = column.containsKey("time");
                java.time.LocalDateTime start;
                int hours = 24;
                if (byPeriod) {
                    String timeText = get(rec, column, "time");
                    start = time(timeText).orElseThrow(() -> new BadLine(line, "cli.recommend.time", timeText));
                    String hoursText = get(rec, column, "hours");
                    try {
                        hours = Integer.parseInt(hoursText);
                    } catch (NumberFormatException e) {
                        throw new BadLine(line, "cli.recommend.hours", hoursText);
                    }
                } else {
                    String dateText = get(rec, column, "date");
                    start = date(dateText).orElseThrow(() -> new BadLine(line, "cli.recommend.date", dateText)).atStartOfDay();
                }
                String aqiText = get(rec, column, "aqi");
                int aqi;
                try {
                    aqi = Integer.parseInt(aqiText);
                } catch (NumberFormatException e) {
                    throw new BadLine(line, "cli.recommend.aqi", aqiText);
                }
                if (!cn.hazedesk.domain.aqi.AqiCalculator.possible(aqi)) {
                    throw new BadLine(line, "cli.recommend.aqi", aqiText);
                }
                boolean dust = false;
                if (column.containsKey("dust")) {
                    String v = get(rec, column, "dust").toLowerCase(Locale.ROOT);
                    if (DUST_YES.contains(v)) {
                        dust = true;
                    } else if (!DUST_NO.contains(v)) {
                        throw new BadLine(line, "cli.recommend.dust", get(rec, column, "dust"));
                    }
                }
                ForecastPeriod period;
                try {
                    period = new ForecastPeriod(start, hours, aqi, dust);
                } catch (IllegalArgumentException e) {
                    throw new BadLine(line, "cli.recommend.hours", byPeriod ? get(rec, column, "hours") : get(rec, column, "date"));
                }
                for (int h = 0; h < hours; h++) {
                    if (!seen.add(area + "|" + start.plusHours(h))) {
                        throw new BadLine(line, "cli.recommend.duplicate", area + " " + start.toLocalDate());
                    }
                }
                out.computeIfAbsent(area, k -> new ArrayList<>()).add(period);
            }
            if (column == null) {
                throw new BadLine(1, "cli.recommend.header", "");
            }
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new BadLine(1, "cli.recommend.header", String.valueOf(e.getMessage()));
        }
        return out;
    }

    private static Map<String, Integer> header(CSVRecord rec) throws BadLine {
        Map<String, Integer> column = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < rec.size(); i++) {
            String h = rec.get(i).replace("\uFEFF", "").trim();
            names.add(h);
            String key = HEADERS.getOrDefault(h, h.toLowerCase(Locale.ROOT));
            column.putIfAbsent(key, i);
        }
        boolean byPeriod = column.containsKey("time");
        for (String required : byPeriod ? List.of("district", "time", "hours", "aqi") : List.of("district", "date", "aqi")) {
            if (!column.containsKey(required)) {
                throw new BadLine(1, "cli.recommend.header", String.join(",", names));
            }
        }
        return column;
    }

    private static String get(CSVRecord rec, Map<String, Integer> column, String key) {
        int i = column.get(key);
        return i < rec.size() ? rec.get(i).trim() : "";
    }

    private static java.util.Optional<java.time.LocalDateTime> time(String s) {
        String t = s.trim().replace(' ', 'T').replace('/', '-');
        // 2026-12-10T12:00, and 2026/12/9 12:00 as Excel writes it
        try {
            return java.util.Optional.of(java.time.LocalDateTime.parse(t));
        } catch (DateTimeParseException e) {
            try {
                return java.util.Optional.of(java.time.LocalDateTime.parse(t,
                        DateTimeFormatter.ofPattern("uuuu-M-d'T'H:mm[:ss]", Locale.ROOT)));
            } catch (DateTimeParseException e2) {
                return java.util.Optional.empty();
            }
        }
    }

    private static java.util.Optional<LocalDate> date(String s) {
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, SLASHED, DOTTED)) {
            try {
                return java.util.Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return java.util.Optional.empty();
    }
}
