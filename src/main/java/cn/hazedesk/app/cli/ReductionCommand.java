package cn.hazedesk.app.cli;

import cn.hazedesk.app.StartupOptions;
import cn.hazedesk.application.ResponseOrderService;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.reduction.AdequacyReport;
import cn.hazedesk.domain.reduction.ReductionMath;
import cn.hazedesk.domain.reduction.RegionResult;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * {@code reduction [--level yellow|orange|red]}: the list's reduction per district, then for the city, one line
 * per level and pollutant: {@code <region> <level> <pollutant> <t/d, 3 decimals> <percent of baseline, 1
 * decimal>% <OK|UNDER|UNKNOWN>}, with the grades in effect now. OK and UNDER are said only against the city's
 * inventory; a region without an inventory row is measured against the list's own total and prints UNKNOWN. Then
 * three lines counting (and naming) the enterprises to look at before orders go out, at the levels asked for:
 * {@code check key-industry-without-measure <n> [names]}, {@code check unverified-default <n> [names]},
 * {@code check protected-below-b <n> [names]}. Without --level, all three levels. Exit 0; 2 for a bad
 * argument or a data folder that cannot be opened.
 */
final class ReductionCommand implements Command {
    private final Clock clock;

    ReductionCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "reduction";
    }

    @Override
    public int run(List<String> args, CliContext ctx) throws StartupOptions.UsageException {
        List<WarningLevel> levels = List.of(WarningLevel.values());
        boolean levelGiven = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--level") || a.startsWith("--level=")) {
                if (levelGiven) {
                    throw new StartupOptions.UsageException("cli.error.reductionOption", a);
                }
                String v = a.contains("=") ? a.substring(a.indexOf('=') + 1)
                        : (i + 1 < args.size() ? args.get(++i) : "");
                levels = List.of(parseLevel(v));
                levelGiven = true;
            } else {
                throw new StartupOptions.UsageException("cli.error.reductionOption", a);
            }
        }
        List<WarningLevel> chosen = levels;
        return ctx.withStore(clock, app -> {
            AdequacyReport report = app.reduction().report(chosen);
            for (RegionResult r : report.results()) {
                ctx.out().println(line(r));
            }
            ResponseOrderService.ListCheck check = app.responseOrders().listCheck(chosen);
            String separator = ctx.messages().get("document.template.separator");
            ctx.out().println(check("key-industry-without-measure", check.keyIndustryWithoutMeasure(), separator));
            ctx.out().println(check("unverified-default", check.unverifiedDefaults(), separator));
            ctx.out().println(check("protected-below-b", check.protectedBelowB(), separator));
            return Cli.OK;
        });
    }

    static String line(RegionResult r) {
        return r.region().name() + " " + r.level().name().toLowerCase(Locale.ROOT) + " " + r.pollutant().name() + " "
                + ReductionMath.displayTonnes(r.dailyCut()).toPlainString() + " "
                + ReductionMath.displayPercent(r.percent()).toPlainString() + "% " + switch (r.verdict()) {
                    case MET -> "OK";
                    case SHORT -> "UNDER";
                    case UNKNOWN -> "UNKNOWN";
                };
    }

    /** {@code check <what> <count>[ <name>、<name>...]}: the enterprises of the list's check at the levels asked for. */
    static String check(String what, List<String> names, String separator) {
        return "check " + what + " " + names.size() + (names.isEmpty() ? "" : " " + String.join(separator, names));
    }

    private static WarningLevel parseLevel(String v) throws StartupOptions.UsageException {
        return switch (v) {
            case "yellow" -> WarningLevel.YELLOW;
            case "orange" -> WarningLevel.ORANGE;
            case "red" -> WarningLevel.RED;
            default -> throw new StartupOptions.UsageException("cli.error.reductionLevel", v);
        };
    }
}
