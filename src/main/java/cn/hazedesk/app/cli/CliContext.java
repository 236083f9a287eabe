package cn.hazedesk.app.cli;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.app.StartupOptions;
import cn.hazedesk.app.StartupProblems;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.i18n.StorageText;
import cn.hazedesk.infra.db.DataFolderRestore;
import cn.hazedesk.infra.db.DataFolders;
import cn.hazedesk.infra.db.StoreException;
import cn.hazedesk.infra.logging.LoggingSetup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.ToIntFunction;

/** What a command may use: the options it was started with, its texts, and its two output streams. */
record CliContext(StartupOptions options, Messages messages, PrintStream out, PrintStream err) {

    /**
     * Runs {@code work} on the data folder the options name (opened, migrated, closed after); a folder in use,
     * unwritable, full or damaged is reported in a sentence on stderr with exit code 2 — for a damaged database with
     * the newest backup that opens and the command that restores it. A full disk or a read-only folder met while
     * working is reported the same way.
     */
    int withStore(Clock clock, ToIntFunction<AppContext> work) {
        Path folder = DataFolders.resolveForThisMachine(options.dataDir());
        logToFolder(folder);
        try (AppContext app = AppContext.open(folder, clock, options.database())) {
            return work.applyAsInt(app);
        } catch (StoreException e) {
            Optional<cn.hazedesk.application.BackupInfo> newest = e.restoreHelps()
                    ? DataFolderRestore.newestUsable(folder, clock) : Optional.empty();
            err.println(StartupProblems.describeWithRemedy(e, newest, messages));
            return Cli.USAGE;
        } catch (RuntimeException e) {
            String storage = new StorageText(messages).describeAny(e, folder);
            if (storage == null) {
                throw e;
            }
            org.slf4j.LoggerFactory.getLogger(CliContext.class).error("Command failed", e);
            err.println(storage);
            return Cli.USAGE;
        }
    }

    /** A command that works on a data folder keeps its log there, like the app (best effort: never fails the command). */
    void logToFolder(Path folder) {
        try {
            LoggingSetup.logToFolderOnly(folder.resolve("logs"));
        } catch (RuntimeException e) {
            // a read-only or full folder: the command itself says so
        }
    }
}
