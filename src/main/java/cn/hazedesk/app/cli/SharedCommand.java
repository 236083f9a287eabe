package cn.hazedesk.app.cli;

import cn.hazedesk.app.StartupOptions;
import cn.hazedesk.app.StartupProblems;
import cn.hazedesk.infra.db.DataFolders;
import cn.hazedesk.infra.db.DatabaseSettings;
import cn.hazedesk.infra.db.SharedCopy;
import cn.hazedesk.infra.db.StoreException;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * {@code shared copy --db URL --db-user NAME [--db-password-file FILE]}: moves a data folder to shared mode by copying
 * its H2 database into an empty PostgreSQL database (see {@link SharedCopy}); prints the rows copied per table and the
 * audit chain's check on the server. The data folder is left as it was (it does not switch to the server by itself:
 * each seat's database.properties or --db does that). Exit 0 when copied and verified, 1 when refused (the target is
 * not empty, the folder has no database of its own, the copy did not verify: nothing committed), 2 for bad arguments
 * or a folder or server that cannot be used.
 */
final class SharedCommand implements Command {
    private final Clock clock;

    SharedCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "shared";
    }

    @Override
    public int run(List<String> args, CliContext ctx) throws StartupOptions.UsageException {
        if (args.size() != 1 || !args.get(0).equals("copy")) {
            throw new StartupOptions.UsageException("cli.error.sharedArguments", String.join(" ", args));
        }
        DatabaseSettings target = ctx.options().database()
                .orElseThrow(() -> new StartupOptions.UsageException("cli.error.sharedTarget", "--db"));
        Path folder = DataFolders.resolveForThisMachine(ctx.options().dataDir());
        ctx.logToFolder(folder);
        try {
            SharedCopy.Result r = SharedCopy.copy(folder, target, clock);
            for (Map.Entry<String, Integer> e : r.rows().entrySet()) {
                ctx.out().println(e.getKey() + "\t" + e.getValue());
            }
            ctx.out().println(AuditCommand.describe(r.audit(), ctx));
            ctx.out().println(ctx.messages().get("cli.shared.copied", folder.toString(), target.describe(),
                    String.valueOf(r.total()), String.valueOf(r.rows().size()), r.schemaVersion()));
            return Cli.OK;
        } catch (SharedCopy.Refused e) {
            ctx.err().println(ctx.messages().get(e.key(), e.argument()));
            return 1;
        } catch (StoreException e) {
            ctx.err().println(StartupProblems.describe(e, ctx.messages()));
            return Cli.USAGE;
        }
    }
}
