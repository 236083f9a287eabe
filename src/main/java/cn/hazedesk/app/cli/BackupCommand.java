package cn.hazedesk.app.cli;

import cn.hazedesk.app.StartupOptions;
import cn.hazedesk.application.BackupInfo;
import cn.hazedesk.i18n.StorageText;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code backup [FILE]}: a backup of the database, into the backups folder (a backup by hand) or into FILE;
 * {@code backup list}: every backup with its time, reason, size, list counts, status and the record code of the audit
 * chain's head in it (记录校验码, from its manifest), newest first.
 *
 * <p>Neither needs a sign-in: a backup copies the database, it changes no data in it. (It may delete older automatic
 * backups by the retention rule, which every start of the app does as well; backups by hand are never deleted.)
 */
final class BackupCommand implements Command {
    private final Clock clock;

    BackupCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public int run(List<String> args, CliContext ctx) throws StartupOptions.UsageException {
        if (args.size() > 1 || (args.size() == 1 && args.get(0).startsWith("-"))) {
            throw new StartupOptions.UsageException("cli.error.backupArguments", String.join(" ", args));
        }
        StorageText text = new StorageText(ctx.messages(), clock.getZone());
        if (args.size() == 1 && args.get(0).equals("list")) {
            return ctx.withStore(clock, app -> {
                List<BackupInfo> all = app.backups().list();
                if (all.isEmpty()) {
                    ctx.out().println(ctx.messages().get("cli.backup.none"));
                }
                for (BackupInfo b : all) {
                    ctx.out().println(String.join("\t", text.time(b.createdAt()), b.reason().isEmpty() ? "-" : b.reason(),
                            StorageText.size(b.size()), b.enterprises() + " enterprises", b.lines() + " lines",
                            "v" + (b.schemaVersion().isEmpty() ? "?" : b.schemaVersion()), text.status(b),
                            b.auditCode().isEmpty() ? "-" : b.auditCode(), b.file().toString()));
                }
                return Cli.OK;
            });
        }
        return ctx.withStore(clock, app -> {
            BackupInfo b = args.isEmpty() ? app.backups().backupNow()
                    : app.backups().backupTo(Path.of(args.get(0)).toAbsolutePath());
            ctx.out().println(ctx.messages().get("cli.backup.written", b.file().toString(), String.valueOf(b.enterprises()),
                    String.valueOf(b.lines()), b.schemaVersion(), code(b, ctx)));
            return Cli.OK;
        });
    }

    /** The backup's record code as a sentence shows it: the code, or that the backup holds no audit record. */
    static String code(BackupInfo b, CliContext ctx) {
        return b.auditCode().isEmpty() ? ctx.messages().get("backup.code.none") : b.auditCode();
    }
}
