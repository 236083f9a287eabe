package cn.hazedesk.app.cli;

import cn.hazedesk.app.StartupOptions;
import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.ImportPlan;
import cn.hazedesk.application.ImportResult;
import cn.hazedesk.application.ListExportService;
import cn.hazedesk.application.ListFileCheck;
import cn.hazedesk.application.ListImportService;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.application.port.WorkbookException;
import cn.hazedesk.domain.listimport.CheckNote;
import cn.hazedesk.domain.listimport.CheckedList;
import cn.hazedesk.domain.listimport.ImportMode;
import cn.hazedesk.domain.listimport.ImportPreview;
import cn.hazedesk.domain.listimport.ReplaceGuard;
import cn.hazedesk.domain.listimport.RowProblem;
import cn.hazedesk.i18n.ListProblemText;
import cn.hazedesk.i18n.ListTemplateNotes;
import cn.hazedesk.infra.data.IndustriesCsv;
import cn.hazedesk.infra.data.ListReadingCsv;
import cn.hazedesk.infra.data.RegionsCsv;
import cn.hazedesk.infra.excel.PoiListWorkbook;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code list validate|import|export|template FILE.xlsx [--replace [--force]]}: the list's Excel import and export
 * without a window. validate and import print one line per problem, {@code row <n>, <header>: <reason>}, one line
 * per note of the check ({@code note: …}: columns not read, rows skipped, values read by a documented rule), then
 * {@code <rows> rows, <problems> problems, <n> enterprises, <m> lines}; exit 0 when clean, 1 with problems (or a
 * replacement that needs --force), 2 when the file is no workbook (one sentence saying what it is) or the data
 * folder cannot be opened. import prints what it did, in the preview's counts.
 */
final class ListCommand implements Command {
    static final int PROBLEMS = 1;
    private final Clock clock;

    ListCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "list";
    }

    @Override
    public int run(List<String> args, CliContext ctx) throws StartupOptions.UsageException {
        if (args.isEmpty()) {
            throw new StartupOptions.UsageException("cli.error.listArguments", "list");
        }
        String sub = args.get(0);
        if (!List.of("validate", "import", "export", "template").contains(sub)) {
            throw new StartupOptions.UsageException("cli.error.listSubcommand", sub);
        }
        boolean replace = false;
        boolean force = false;
        Path file = null;
        for (String a : args.subList(1, args.size())) {
            if (a.equals("--replace") && sub.equals("import")) {
                replace = true;
            } else if (a.equals("--force") && sub.equals("import")) {
                force = true;
            } else if (a.startsWith("-") || file != null) {
                throw new StartupOptions.UsageException("cli.error.listOption", a);
            } else {
                file = Path.of(a).toAbsolutePath();
            }
        }
        if (file == null) {
            throw new StartupOptions.UsageException("cli.error.listArguments", sub);
        }
        try {
            return switch (sub) {
                case "validate" -> validate(file, ctx);
                case "import" -> importList(file, replace ? ImportMode.REPLACE : ImportMode.MERGE, force, ctx);
                case "export" -> export(file, ctx);
                default -> template(file, ctx);
            };
        } catch (WorkbookException e) {
            if (sub.equals("validate") || sub.equals("import")) {
                ctx.err().println(new ListProblemText(ctx.messages(), RegionsCsv.load()).unreadable(e));
            } else {
                ctx.err().println(ctx.messages().get("cli.list.unwritable", e.file().toString(), e.reason()));
            }
            return Cli.USAGE;
        }
    }

    private int validate(Path file, CliContext ctx) {
        var regions = RegionsCsv.load();
        // the site's own reading rules when --data-dir names a data folder with rules/ (nothing is created)
        Path siteRules = ctx.options().dataDir().map(d -> d.resolve("rules")).orElse(null);
        var parser = ListReadingCsv.parser(regions, IndustriesCsv.load(), siteRules);
        ListFileCheck check = new ListFileCheck(new PoiListWorkbook(regions, parser.vocabulary()), parser);
        CheckedList checked = check.check(file, ProgressListener.NONE, CancelToken.NONE);
        printProblems(checked, new ListProblemText(ctx.messages(), regions), ctx);
        return checked.clean() ? Cli.OK : PROBLEMS;
    }

    private int importList(Path file, ImportMode mode, boolean force, CliContext ctx) {
        return ctx.withStore(clock, app -> {
            var actor = Credentials.signIn(app, ctx, mode == ImportMode.REPLACE
                    ? cn.hazedesk.domain.access.Action.LIST_REPLACE : cn.hazedesk.domain.access.Action.LIST_IMPORT);
            if (actor.isEmpty()) {
                return Cli.USAGE;
            }
            ImportPlan plan = app.listImport().read(file, ProgressListener.NONE, CancelToken.NONE);
            printProblems(plan.checked(), new ListProblemText(ctx.messages(), app.regions()), ctx);
            if (!plan.clean()) {
                ctx.err().println(ctx.messages().get("cli.list.refused"));
                return PROBLEMS;
            }
            ImportResult result;
            try {
                result = app.listImport().commit(plan, mode, actor.get(), force, ProgressListener.NONE, CancelToken.NONE);
            } catch (ListImportService.ReplaceNeedsConfirmation e) {
                ReplaceGuard.Reason r = e.reason();
                ctx.err().println(ctx.messages().get("import.guard." + r.kind().name(), r.removed(), r.stored(), r.imported())
                        + " " + ctx.messages().get("cli.list.force"));
                return PROBLEMS;
            }
            ImportPreview p = result.applied();
            ctx.out().println("mode " + mode.name().toLowerCase(java.util.Locale.ROOT));
            ctx.out().println("enterprises " + counts(p.enterprises()));
            ctx.out().println("lines " + counts(p.lines()));
            ctx.err().println(result.backup() == null ? ctx.messages().get("cli.list.backupServer")
                    : ctx.messages().get("cli.list.backup", result.backup().toString()));
            return Cli.OK;
        });
    }

    private int export(Path file, CliContext ctx) {
        return ctx.withStore(clock, app -> {
            ListExportService.Exported done = app.listExport().exportAll(file, ProgressListener.NONE);
            ctx.out().println(done.enterprises() + " enterprises, " + done.lines() + " lines written to " + file);
            return Cli.OK;
        });
    }

    private int template(Path file, CliContext ctx) {
        var regions = RegionsCsv.load();
        Path siteRules = ctx.options().dataDir().map(d -> d.resolve("rules")).orElse(null);
        var words = ListReadingCsv.vocabulary(siteRules);
        new PoiListWorkbook(regions, words).writeTemplate(file,
                ListTemplateNotes.notes(ctx.messages(), regions, IndustriesCsv.load(), words.values()));
        ctx.out().println("template written to " + file);
        return Cli.OK;
    }


    /**
     * One line per problem ({@code row <n>, <header>: <reason>}, with {@code sheet <name> } before it when several
     * sheets were read), one line per note ({@code note: <sentence>}), then the counts.
     */
    private static void printProblems(CheckedList checked, ListProblemText text, CliContext ctx) {
        boolean sheets = checked.severalSheets();
        for (RowProblem p : checked.problems()) {
            ctx.out().println((sheets ? "sheet " + p.sheet() + " " : "") + "row " + p.row() + ", " + p.header() + ": "
                    + text.reason(p.problem()));
        }
        for (CheckNote n : checked.notes()) {
            ctx.out().println("note: " + text.note(n, sheets));
        }
        ctx.out().println(checked.rows() + " rows, " + checked.problems().size() + " problems, "
                + checked.enterprises().size() + " enterprises, " + checked.lines() + " lines");
    }

    private static String counts(ImportPreview.Counts c) {
        return c.added() + " new, " + c.changed() + " changed, " + c.unchanged() + " unchanged, " + c.removed()
                + " removed, " + c.kept() + " kept";
    }
}
