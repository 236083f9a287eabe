package cn.hazedesk.app.cli;

import cn.hazedesk.app.StartupOptions;
import cn.hazedesk.app.StartupProblems;
import cn.hazedesk.application.BackupInfo;
import cn.hazedesk.application.BackupUnusableException;
import cn.hazedesk.application.RestoreOutcome;
import cn.hazedesk.i18n.StorageText;
import cn.hazedesk.infra.db.DataFolderRestore;
import cn.hazedesk.infra.db.DataFolders;
import cn.hazedesk.infra.db.StoreException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code restore FILE}: puts a backup in place of the database without opening the database first, so it also
 * works when the database is damaged. The backup is opened and counted first; the current database is kept.
 */
final class RestoreCommand implements Command {
    private final Clock clock;

    RestoreCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public int run(List<String> args, CliContext ctx) throws StartupOptions.UsageException {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            throw new StartupOptions.UsageException("cli.error.restoreArguments", String.join(" ", args));
        }
        Path backup = Path.of(args.get(0)).toAbsolutePath();
        Path folder = DataFolders.resolveForThisMachine(ctx.options().dataDir());
        ctx.logToFolder(folder);
        StorageText text = new StorageText(ctx.messages(), clock.getZone());
        if (!Files.isRegularFile(backup)) {
            ctx.err().println(ctx.messages().get("cli.restore.unusable", backup.toString(),
                    ctx.messages().get("backup.status.unreadable"), ctx.messages().get("cli.restore.noFile")));
            return Cli.USAGE;
        }
        try {
            RestoreOutcome done = DataFolderRestore.restore(folder, backup, clock);
            BackupInfo b = done.restored();
            ctx.out().println(ctx.messages().get("cli.restore.done", b.file().toString(), String.valueOf(b.enterprises()),
                    String.valueOf(b.lines()), b.schemaVersion(), BackupCommand.code(b, ctx)));
            done.previous().ifPresent(p -> ctx.out().println(ctx.messages().get("cli.restore.previous", p.file().toString())));
            done.setAside().ifPresent(p -> ctx.out().println(ctx.messages().get("cli.restore.setAside", p.toString())));
            return Cli.OK;
        } catch (BackupUnusableException e) {
            ctx.err().println(ctx.messages().get("cli.restore.unusable", backup.toString(), text.status(e.backup()),
                    e.backup().problem()));
            return Cli.USAGE;
        } catch (StoreException e) {
            ctx.err().println(StartupProblems.describe(e, ctx.messages()));
            return Cli.USAGE;
        }
    }
}
