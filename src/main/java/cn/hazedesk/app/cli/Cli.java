package cn.hazedesk.app.cli;

import cn.hazedesk.app.StartupOptions;
import cn.hazedesk.i18n.Messages;

import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headless command-line entry point: no display, no window. This package is the only place allowed to
 * write to System.out/err (checked by an architecture test).
 */
public final class Cli {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Cli.class);
    public static final int OK = 0;
    /** Something the user must look at first (e.g. orders that need --confirm); nothing was written. */
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;
    /** Something failed that no check foresaw (a bug): one sentence on stderr, the details in the log. */
    public static final int INTERNAL = 3;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli() {
        this(Clock.systemDefaultZone());
    }

    /** {@code clock} dates backups and records (tests fix it). */
    public Cli(Clock clock) {
        for (Command c : List.of(new UsccCommand(), new AqiCommand(), new RecommendCommand(), new ListCommand(clock),
                new ReductionCommand(clock), new OrdersCommand(clock), new PermitsCommand(clock), new AuditCommand(clock),
                new UserCommands.Admin(clock), new UserCommands.User(clock), new BackupCommand(clock),
                new RestoreCommand(clock), new SharedCommand(clock))) {
            commands.put(c.name(), c);
        }
    }

    public boolean knows(String command) {
        return commands.containsKey(command) || command.equals("help");
    }

    /** Runs the command named in {@code options}, or prints help; returns the exit code. */
    public int run(StartupOptions options, PrintStream out, PrintStream err) {
        Messages m = Messages.forLocale(Messages.localeFor(options.lang().orElse(null)));
        if (options.help() || options.command().map("help"::equals).orElse(false)) {
            printHelp(m, out);
            return OK;
        }
        String name = options.command().orElseThrow();
        Command command = commands.get(name);
        if (command == null) {
            err.println(m.get("cli.error.unknownCommand", name));
            printHelp(m, err);
            return USAGE;
        }
        try {
            return command.run(options.commandArgs(), new CliContext(options, m, out, err));
        } catch (StartupOptions.UsageException e) {
            err.println(m.get(e.key(), e.argument()));
            err.println(m.get("cli.usage.prefix") + " " + m.get(command.usageKey()));
            return USAGE;
        } catch (cn.hazedesk.application.AccessDenied e) {
            // the signed-in user may not: refused in words, nothing written
            err.println(new cn.hazedesk.i18n.OutcomeText(m).refusal(e.refusal()));
            return USAGE;
        } catch (RuntimeException e) {
            // never a stack trace on the console: one sentence, the details in the log
            LOG.error("Command {} failed", name, e);
            java.nio.file.Path logs = cn.hazedesk.infra.db.DataFolders.resolveForThisMachine(options.dataDir()).resolve("logs");
            err.println(m.get("cli.error.unexpected", firstLine(e), logs.toString()));
            return INTERNAL;
        }
    }

    /** An exception's message as one short line (an SQL error's message spans many). */
    static String firstLine(Throwable e) {
        String text = String.valueOf(e.getMessage()).strip();
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl).strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    public void printHelp(Messages m, PrintStream out) {
        out.println(m.get("cli.help.title"));
        out.println();
        out.println(m.get("cli.help.usage"));
        out.println();
        out.println(m.get("cli.help.commands"));
        for (Command c : commands.values()) {
            out.println("  " + m.get(c.usageKey()));
            out.println("      " + m.get("cli.describe." + c.name()));
        }
        out.println("  help");
        out.println("      " + m.get("cli.describe.help"));
        out.println();
        out.println(m.get("cli.help.options"));
        out.println("  --data-dir DIR   " + m.get("cli.option.dataDir"));
        out.println("  --lang zh|en     " + m.get("cli.option.lang"));
        out.println("  --help, -h       " + m.get("cli.option.help"));
        out.println("  --version        " + m.get("cli.option.version"));
        out.println("  --user NAME      " + m.get("cli.option.user"));
        out.println("  --password-file FILE  " + m.get("cli.option.passwordFile"));
        out.println("  --db jdbc:postgresql://HOST:PORT/DB  " + m.get("cli.option.db"));
        out.println("  --db-user NAME   " + m.get("cli.option.dbUser"));
        out.println("  --db-password-file FILE  " + m.get("cli.option.dbPasswordFile"));
    }

    public static void printUsageError(StartupOptions.UsageException e, String lang) {
        Messages m = Messages.forLocale(Messages.localeFor(lang));
        PrintStream err = Console.err();
        err.println(m.get(e.key(), e.argument()));
        new Cli().printHelp(m, err);
    }
}
