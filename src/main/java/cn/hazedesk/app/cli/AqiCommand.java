package cn.hazedesk.app.cli;

import cn.hazedesk.app.StartupOptions;
import cn.hazedesk.domain.aqi.AqiCalculator;
import cn.hazedesk.domain.aqi.AqiInputException;
import cn.hazedesk.domain.aqi.AqiResult;
import cn.hazedesk.domain.aqi.AqiStandard;
import cn.hazedesk.domain.aqi.Iaqi;
import cn.hazedesk.domain.aqi.Pollutant;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code aqi [--standard 2026|2012] PM2_5=.. PM10=.. SO2=.. NO2=.. CO=.. O3_8H=..}: daily AQI with its category
 * and primary pollutants, then one IAQI line per input in the order given.
 */
final class AqiCommand implements Command {
    @Override
    public String name() {
        return "aqi";
    }

    @Override
    public int run(List<String> args, CliContext ctx) throws StartupOptions.UsageException {
        AqiStandard standard = AqiStandard.defaultStandard();
        Map<Pollutant, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--standard") || a.startsWith("--standard=")) {
                String year = a.contains("=") ? a.substring(a.indexOf('=') + 1)
                        : (i + 1 < args.size() ? args.get(++i) : "");
                standard = AqiStandard.byYear(year)
                        .orElseThrow(() -> new StartupOptions.UsageException("cli.error.aqiStandard", year));
                continue;
            }
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new StartupOptions.UsageException("cli.error.aqiArgument", a);
            }
            Pollutant p = Pollutant.parse(a.substring(0, eq))
                    .orElseThrow(() -> new StartupOptions.UsageException("cli.error.aqiPollutant", a));
            if (values.containsKey(p)) {
                throw new StartupOptions.UsageException("cli.error.aqiDuplicate", a);
            }
            BigDecimal c;
            try {
                c = new BigDecimal(a.substring(eq + 1).trim());
            } catch (NumberFormatException e) {
                throw new StartupOptions.UsageException("cli.error.aqiNumber", a);
            }
            if (c.signum() < 0) {
                throw new StartupOptions.UsageException("cli.error.aqiNegative", a);
            }
            values.put(p, c);
        }
        if (values.isEmpty()) {
            throw new StartupOptions.UsageException("cli.error.aqiNothing", "aqi");
        }
        AqiResult r;
        try {
            r = AqiCalculator.compute(standard, values);
        } catch (AqiInputException e) {
            throw new StartupOptions.UsageException("cli.error.aqiO3Above800", e.pollutant().name());
        }
        String primary = r.primaryPollutants().isEmpty() ? "-"
                : r.primaryPollutants().stream().map(Pollutant::name).collect(Collectors.joining(","));
        ctx.out().println("AQI " + r.aqi() + " " + ctx.messages().get("aqi.category." + r.category().name()) + " primary " + primary);
        for (Iaqi i : r.subIndices()) {
            ctx.out().println("IAQI " + i.pollutant().name() + " " + i.value());
            if (i.capped()) {
                ctx.err().println(ctx.messages().get("cli.aqi.capped", i.pollutant().name(), i.concentration().toPlainString()));
            }
        }
        return 0;
    }
}
