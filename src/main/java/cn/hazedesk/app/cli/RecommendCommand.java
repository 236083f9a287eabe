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
import cn.hazedesk.infra.data.ForecastCsv;
import cn.hazedesk.infra.data.RegionsCsv;
import cn.hazedesk.infra.db.DataFolders;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code recommend [--profile 2024|2018] FORECAST.csv}: the level the warning criteria give for each district and
 * the city, from a CSV with the header {@code district,date,aqi[,dust]} (a value per day) or
 * {@code district,time,hours,aqi[,dust]} (a value per period: {@code time} its start, e.g. 2026-12-10T12:00,
 * {@code hours} 1, 12 or 24 ... as the meteorological bureau gives it), read by {@link ForecastCsv} in any encoding
 * Excel saves; any continuous 24 h counts (docs/warning-criteria.md). A malformed file is reported with its line
 * and exit code 2.
 */
final class RecommendCommand implements Command {
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
            byArea = ForecastCsv.read(file, regions);
        } catch (cn.hazedesk.application.port.ForecastFiles.BadLine e) {
            ctx.err().println(ctx.messages().get("cli.recommend.badLine", String.valueOf(e.line()),
                    ctx.messages().get(e.key(), e.value())));
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
}
