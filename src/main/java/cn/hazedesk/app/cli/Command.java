package cn.hazedesk.app.cli;

import cn.hazedesk.app.StartupOptions;

import java.util.List;

/** One headless command: {@code java -jar hazedesk.jar <name> ...}. */
interface Command {
    String name();

    /** The key of the one-line usage text, e.g. cli.usage.uscc. */
    default String usageKey() {
        return "cli.usage." + name();
    }

    /** Returns the exit code; throws UsageException for arguments it cannot understand (exit 2). */
    int run(List<String> args, CliContext ctx) throws StartupOptions.UsageException;
}
