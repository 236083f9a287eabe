package cn.hazedesk.app.cli;

import cn.hazedesk.app.StartupOptions;
import cn.hazedesk.application.port.PermitRegisterSource;
import cn.hazedesk.application.port.WorkbookException;
import cn.hazedesk.domain.access.Action;
import cn.hazedesk.domain.permit.PermitCrossCheck;
import cn.hazedesk.domain.permit.PermitProblem;
import cn.hazedesk.domain.permit.PermitRegister;
import cn.hazedesk.i18n.PermitText;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code permits import FILE} (.xlsx or .csv) and {@code permits check}: the pollutant discharge permit register and the
 * list's cross-check against it. import checks every row (a problem: {@code 第 n 行，字段：原因} on stderr, nothing
 * imported, exit 1), replaces the stored register, then prints the check; check prints one line per finding
 * (registered but not on the list, permit number or code not matching) and the counts: exit 0 when nothing is found,
 * 1 with findings, 2 when no register was imported, the file cannot be read or the data folder cannot be opened.
 * import changes data: it needs {@code --user} and the password of a city-wide user whose role may import the list
 * (refused with exit 2 before the file is read otherwise); check is read-only and runs without.
 */
final class PermitsCommand implements Command {
    private final Clock clock;

    PermitsCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "permits";
    }

    @Override
    public int run(List<String> args, CliContext ctx) throws StartupOptions.UsageException {
        if (args.isEmpty() || !List.of("import", "check").contains(args.get(0))) {
            throw new StartupOptions.UsageException("cli.error.permitsArguments", args.isEmpty() ? "" : args.get(0));
        }
        boolean importing = args.get(0).equals("import");
        if (importing ? args.size() != 2 : args.size() != 1) {
            throw new StartupOptions.UsageException("cli.error.permitsArguments", String.join(" ", args));
        }
        PermitText text = new PermitText(ctx.messages());
        return ctx.withStore(clock, app -> {
            if (importing) {
                // Replacing the stored register changes data: a list maintainer of the whole city signs in. The
                // register is the list's check list, kept by who keeps the list (LIST_IMPORT, 清单维护员); it covers
                // every district, so a district maintainer may not replace it.
                var actor = Credentials.signInCityWide(app, ctx, Action.LIST_IMPORT, "cli.permits.what");
                if (actor.isEmpty()) {
                    return Cli.USAGE;
                }
                Path file = Path.of(args.get(1)).toAbsolutePath();
                PermitRegister.Checked checked;
                try {
                    checked = app.permits().importRegister(file, actor.get());
                } catch (WorkbookException e) {
                    ctx.err().println(ctx.messages().get("cli.permits.unreadable", file.toString(), e.reason()));
                    return Cli.USAGE;
                } catch (PermitRegisterSource.HeaderMissing e) {
                    ctx.err().println(ctx.messages().get("cli.permits.header", file.toString(), e.seen()));
                    return Cli.USAGE;
                }
                if (!checked.clean()) {
                    for (PermitProblem p : checked.problems()) {
                        ctx.err().println(text.problem(p));
                    }
                    ctx.err().println(ctx.messages().get("cli.permits.notImported", checked.rows(), checked.problems().size()));
                    return Cli.PROBLEMS;
                }
                ctx.out().println(ctx.messages().get("cli.permits.imported", checked.entries().size(), file.toString()));
            } else if (app.permits().imported().isEmpty()) {
                ctx.err().println(ctx.messages().get("cli.permits.none"));
                return Cli.USAGE;
            }
            PermitCrossCheck.Report r = app.permits().report();
            text.report(r).forEach(ctx.out()::println);
            return r.clean() ? Cli.OK : Cli.PROBLEMS;
        });
    }
}
