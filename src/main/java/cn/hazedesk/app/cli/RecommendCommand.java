package cn.hazedesk.app.cli;

import cn.hazedesk.app.StartupOptions;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.warning.CriteriaEvaluator;
import cn.hazedesk.domain.warning.CriteriaProfile;
import cn.hazedesk.domain.warning.ForecastPeriod;
import cn.hazedesk.domain.warning.Recommendation;
import cn.hazedesk.domain.warning.RecommendedLevel;
import cn.hazedesk.i18n.WarningText;
import cn.hazedesk.infra.data.CriteriaCsv;
import cn.hazedesk.infra.data.RegionsCsv;
import cn.hazedesk.infra.db.DataFolders;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code recommend [--profile 2024|2018] FORECAST.csv}: the level the warning criteria give for each district and
 * the city, from a CSV with the header {@code district,date,aqi[,dust]} (a value per day) or
 * {@code district,time,hours,aqi[,dust]} (a value per period: {@code time} its start, e.g. 2026-12-10T12:00,
 * {@code hours} 1, 12 or 24 ... as the meteorological bureau gives it), with the reason in words: any continuous 24 h
 * counts (DOMAIN §1.2). A malformed file is reported with its line and exit code 2.
 */
final class RecommendCommand implements Command {
    /** A line of the forecast file that cannot be read: the line number and the message key with its value. */
    private static final class BadLine extends Exception {
        final long line;
        final String key;
        final String value;

        BadLine(long line, String key, String value) {
            super(key);
            this.line = line;
            this.key = key;
            this.value = value;
        }
    }

    @Override
    public String name() {
        return "recommend";
    }

    @Override
    public int run(List<String> args, CliContext ctx) throws StartupOptions.UsageException {
        String profileName = CriteriaCsv.DEFAULT_PROFILE;
        Path file = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--profile") || a.startsWith("--profile=")) {
                profileName = a.contains("=") ? a.substring(a.indexOf('=') + 1) : (i + 1 < args.size() ? args.get(++i) : "");
            } else if (a.startsWith("-") || file != null) {
                throw new StartupOptions.UsageException("cli.error.recommendArgument", a);
            } else {
                file = Path.of(a);
            }
        }
        if (file == null) {
            throw new StartupOptions.UsageException("cli.error.recommendFile", "recommend");
        }
        String chosen = profileName;
        // the site's own criteria (<data>/rules/warning-criteria.csv) when it has them; nothing is created
        Path siteRules = DataFolders.resolveForThisMachine(ctx.options().dataDir()).resolve("rules");
        CriteriaProfile profile = CriteriaCsv.profile(chosen, siteRules)
                .orElseThrow(() -> new StartupOptions.UsageException("cli.error.recommendProfile", chosen));
        RegionCatalog regions = RegionsCsv.load();
        Map<String, List<ForecastPeriod>> byArea;
        try {
            byArea = read(file, regions);
        } catch (BadLine e) {
            ctx.err().println(ctx.messages().get("cli.recommend.badLine", String.valueOf(e.line),
                    ctx.messages().get(e.key, e.value)));
            return Cli.USAGE;
        } catch (IOException e) {
            ctx.err().println(ctx.messages().get("cli.recommend.unreadable", file.toString(), String.valueOf(e.getMessage())));
            return Cli.USAGE;
        }
        WarningText text = new WarningText(ctx.messages());
        RecommendedLevel highest = RecommendedLevel.NONE;
        String highestDistrict = null;
        for (Region d : regions.districts()) {
            List<ForecastPeriod> days = byArea.getOrDefault(d.name(), List.of());
            Recommendation r = CriteriaEvaluator.recommendPeriods(profile, days);
            ctx.out().println(d.name() + " " + r.level().name() + " " + text.reason(r, !days.isEmpty()));
            if (highestDistrict == null || r.level().compareTo(highest) > 0) {
                highest = r.level();
                highestDistrict = d.name();
            }
        }
        Region city = regions.city();
        List<ForecastPeriod> cityDays = byArea.getOrDefault(city.name(), List.of());
        if (!cityDays.isEmpty()) {
            Recommendation r = CriteriaEvaluator.recommendPeriods(profile, cityDays);
            ctx.out().println(city.name() + " " + r.level().name() + " " + text.reason(r, true));
        } else {
            ctx.out().println(city.name() + " " + highest.name() + " " + text.cityFromDistricts(highestDistrict));
        }
        return Cli.OK;
    }

    private static Map<String, List<ForecastPeriod>> read(Path file, RegionCatalog regions) throws IOException, BadLine {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        Map<String, List<ForecastPeriod>> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, format)) {
            List<String> header = p.getHeaderNames();
            boolean byPeriod = header.contains("time");
            for (String required : byPeriod ? List.of("district", "time", "hours", "aqi") : List.of("district", "date", "aqi")) {
                if (!header.contains(required)) {
                    throw new BadLine(1, "cli.recommend.header", String.join(",", header));
                }
            }
            boolean hasDust = header.contains("dust");
            for (CSVRecord rec : p) {
                long line = rec.getParser().getCurrentLineNumber();
                String area = rec.get("district").trim();
                if (regions.districtByName(area).isEmpty() && !regions.city().name().equals(area)) {
                    throw new BadLine(line, "cli.recommend.district", area);
                }
                java.time.LocalDateTime start;
                int hours = 24;
                if (byPeriod) {
                    try {
                        start = java.time.LocalDateTime.parse(rec.get("time").trim().replace(' ', 'T'));
                    } catch (DateTimeParseException e) {
                        throw new BadLine(line, "cli.recommend.time", rec.get("time"));
                    }
                    try {
                        hours = Integer.parseInt(rec.get("hours").trim());
                    } catch (NumberFormatException e) {
                        throw new BadLine(line, "cli.recommend.hours", rec.get("hours"));
                    }
                } else {
                    try {
                        start = LocalDate.parse(rec.get("date").trim()).atStartOfDay();
                    } catch (DateTimeParseException e) {
                        throw new BadLine(line, "cli.recommend.date", rec.get("date"));
                    }
                }
                int aqi;
                try {
                    aqi = Integer.parseInt(rec.get("aqi").trim());
                } catch (NumberFormatException e) {
                    throw new BadLine(line, "cli.recommend.aqi", rec.get("aqi"));
                }
                if (aqi < 0) {
                    throw new BadLine(line, "cli.recommend.aqi", rec.get("aqi"));
                }
                boolean dust = false;
                if (hasDust && rec.isSet("dust")) {
                    String v = rec.get("dust").trim().toLowerCase(java.util.Locale.ROOT);
                    if (v.equals("true")) {
                        dust = true;
                    } else if (!v.equals("false") && !v.isEmpty()) {
                        throw new BadLine(line, "cli.recommend.dust", rec.get("dust"));
                    }
                }
                ForecastPeriod period;
                try {
                    period = new ForecastPeriod(start, hours, aqi, dust);
                } catch (IllegalArgumentException e) {
                    throw new BadLine(line, "cli.recommend.hours", rec.get(byPeriod ? "hours" : "date"));
                }
                for (int h = 0; h < hours; h++) {
                    if (!seen.add(area + "|" + start.plusHours(h))) {
                        throw new BadLine(line, "cli.recommend.duplicate", area + " " + start.toLocalDate());
                    }
                }
                out.computeIfAbsent(area, k -> new ArrayList<>()).add(period);
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BadLine(1, "cli.recommend.header", String.valueOf(e.getMessage()));
        }
        return out;
    }
}
