package cn.hazedesk.app.cli;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.app.StartupOptions;
import cn.hazedesk.app.StartupProblems;
import cn.hazedesk.application.BackupInfo;
import cn.hazedesk.application.BackupUnusableException;
import cn.hazedesk.application.RestoreOutcome;
import cn.hazedesk.domain.access.Action;
import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.i18n.StorageText;
import cn.hazedesk.infra.db.DataFolderRestore;
import cn.hazedesk.infra.db.DataFolders;
import cn.hazedesk.infra.db.Store;
import cn.hazedesk.infra.db.StoreException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code restore FILE}: puts a backup in place of the database without keeping the database open, so it also works
 * when the database is damaged. The backup is opened and counted first; the current database is kept.
 *
 * <p>A restore replaces every piece of data: when the current database opens and has an administrator, it needs
 * {@code --user} and the password of a user whose role may restore ({@code BACKUP_RESTORE}, administrators), and is
 * refused (exit 2, nothing changed) otherwise. When there is no account to check — no database yet, a database that
 * does not open (the case restore is for), or one without an administrator — it goes ahead without a sign-in and
 * says so. A restore that took place is recorded in the restored database's audit trail with the signed-in user as
 * its actor ({@link Actor#SYSTEM}'s name when nobody could sign in).
 */
final class RestoreCommand implements Command {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RestoreCommand.class);
    static final String AUDIT_ACTION = RestoreOutcome.AUDIT_ACTION;
    private final Clock clock;

    RestoreCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "restore";
    }

    /**
     * Who restores: refused, a signed-in user, or nobody when there was no account to check ({@code unsigned}: why
     * not, for the record; {@code noteKey}: the sentence that says so after the restore, or null).
     */
    private record Who(boolean refused, String actor, String unsigned, String noteKey) {
        static final Who REFUSED = new Who(true, null, null, null);

        static Who signed(Actor a) {
            return new Who(false, a.name(), null, null);
        }

        static Who unsigned(String why, String noteKey) {
            return new Who(false, Actor.SYSTEM.name(), why, noteKey);
        }
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
        if (ctx.options().database().isPresent() || Files.exists(folder.resolve(cn.hazedesk.infra.db.DatabaseSettings.FILE))) {
            // shared mode: the data is on the server, which IT restores (pg_restore); the folder's file is not in use
            ctx.err().println(ctx.messages().get("storage.sharedMode"));
            return Cli.USAGE;
        }
        if (!Files.isRegularFile(backup)) {
            ctx.err().println(ctx.messages().get("cli.restore.unusable", backup.toString(),
                    ctx.messages().get("backup.status.unreadable"), ctx.messages().get("cli.restore.noFile")));
            return Cli.USAGE;
        }
        Who who = whoRestores(folder, ctx);
        if (who.refused()) {
            return Cli.USAGE;
        }
        try {
            RestoreOutcome done = DataFolderRestore.restore(folder, backup, clock);
            BackupInfo b = done.restored();
            ctx.out().println(ctx.messages().get("cli.restore.done", b.file().toString(), String.valueOf(b.enterprises()),
                    String.valueOf(b.lines()), b.schemaVersion(), BackupCommand.code(b, ctx)));
            done.previous().ifPresent(p -> ctx.out().println(ctx.messages().get("cli.restore.previous", p.file().toString())));
            done.setAside().ifPresent(p -> ctx.out().println(ctx.messages().get("cli.restore.setAside", p.toString())));
            if (who.noteKey() != null) {
                ctx.err().println(ctx.messages().get(who.noteKey()));
            }
            record(folder, who, done, ctx);
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

    /**
     * Signs in against the current database when it opens and has an administrator; otherwise there is no account to
     * check and nobody signs in. A folder in use, unwritable or on a full disk is refused with its sentence.
     */
    private Who whoRestores(Path folder, CliContext ctx) {
        if (!Files.exists(Store.databaseFile(folder))) {
            return Who.unsigned("no database before", null);
        }
        AppContext app;
        try {
            app = AppContext.open(folder, clock);
        } catch (StoreException e) {
            if (!e.restoreHelps()) {
                ctx.err().println(StartupProblems.describe(e, ctx.messages()));
                return Who.REFUSED;
            }
            return Who.unsigned("the database did not open: " + e.problem(), "cli.restore.unsigned.damaged");
        }
        try (app) {
            if (!app.accounts().hasAdministrator()) {
                return Who.unsigned("no administrator", "cli.restore.unsigned.noAdmin");
            }
            return Credentials.signInCityWide(app, ctx, Action.BACKUP_RESTORE, null).map(Who::signed).orElse(Who.REFUSED);
        }
    }

    /**
     * The restore as a record of the restored database's audit trail: who, the backup, its record code and where the
     * data it replaced went. The restore has taken place either way; a record that cannot be written is said on stderr.
     */
    private void record(Path folder, Who who, RestoreOutcome done, CliContext ctx) {
        cn.hazedesk.domain.audit.AuditDetail detail = done.auditDetail(who.unsigned());
        try (AppContext app = AppContext.open(folder, clock)) {
            app.transactions().inTransaction(() -> {
                app.auditLog().record(clock.instant(), who.actor(), AUDIT_ACTION,
                        done.restored().file().getFileName().toString(), detail);
                return null;
            });
        } catch (StoreException e) {
            ctx.err().println(ctx.messages().get("cli.restore.notRecorded", StartupProblems.describe(e, ctx.messages())));
        } catch (RuntimeException e) {
            LOG.error("The restore of {} could not be recorded", done.restored().file(), e);
            ctx.err().println(ctx.messages().get("cli.restore.notRecorded", Cli.firstLine(e)));
        }
    }
}
