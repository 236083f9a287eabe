package cn.hazedesk.app.cli;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.app.StartupOptions;
import cn.hazedesk.app.StartupProblems;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.infra.db.DataFolders;
import cn.hazedesk.infra.db.StoreException;

import java.io.PrintStream;
import java.time.Clock;
import java.util.function.ToIntFunction;

/** What a command may use: the options it was started with, its texts, and its two output streams. */
record CliContext(StartupOptions options, Messages messages, PrintStream out, PrintStream err) {

    /**
     * Runs {@code work} on the data folder the options name (opened, migrated, closed after); a folder in use,
     * unwritable or damaged is reported in a sentence on stderr with exit code 2.
     */
    int withStore(Clock clock, ToIntFunction<AppContext> work) {
        try (AppContext app = AppContext.open(DataFolders.resolveForThisMachine(options.dataDir()), clock)) {
            return work.applyAsInt(app);
        } catch (StoreException e) {
            err.println(StartupProblems.describe(e, messages));
            return Cli.USAGE;
        }
    }
}
