package cn.hazedesk.app;

import cn.hazedesk.app.cli.Cli;
import cn.hazedesk.app.cli.Console;

/**
 * The main class. With a command (or --help / --version) it runs headless and exits; otherwise it starts the
 * desktop app. A plain class, because a main class that extends Application fails on the classpath.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        StartupOptions options;
        try {
            options = StartupOptions.parse(args);
        } catch (StartupOptions.UsageException e) {
            Cli.printUsageError(e, guessLang(args));
            System.exit(Cli.USAGE);
            return;
        }
        if (options.version()) {
            Console.out().println("HazeDesk " + AppVersion.get());
            System.exit(Cli.OK);
        }
        if (options.help() || options.command().isPresent()) {
            System.exit(new Cli().run(options, Console.out(), Console.err()));
        }
        GuiLauncher.launch(args, options, java.time.Clock.systemDefaultZone());
    }

    private static String guessLang(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--lang")) {
                return args[i + 1];
            }
        }
        return null;
    }
}
