package cn.hazedesk.app.cli;

import cn.hazedesk.app.StartupOptions;
import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.ImportPlan;
import cn.hazedesk.application.ImportResult;
import cn.hazedesk.application.ListExportService;
import cn.hazedesk.application.ListFileCheck;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.application.port.WorkbookException;
import cn.hazedesk.domain.listimport.CheckedList;
import cn.hazedesk.domain.listimport.ImportMode;
import cn.hazedesk.domain.listimport.ImportPreview;
import cn.hazedesk.domain.listimport.RowProblem;
import cn.hazedesk.i18n.ListProblemText;
import cn.hazedesk.i18n.ListTemplateNotes;
import cn.hazedesk.infra.data.IndustriesCsv;
import cn.hazedesk.infra.data.RegionsCsv;
import cn.hazedesk.infra.excel.PoiListWorkbook;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code list validate|import|export|template FILE.xlsx [--replace]}: the list's Excel import and export without
 * a window. validate and import print one line per problem, {@code row <n>, <header>: <reason>}, then
 * {@code <rows> rows, <problems> problems}; exit 0 when clean, 1 with problems, 2 when the file is no workbook or
 * the data folder cannot be opened. import prints what it did, in the preview's counts.
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
        Path file = null;
        for (String a : args.subList(1, args.size())) {
            if (a.equals("--replace") && sub.equals("import")) {
                replace = true;
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
                case "import" -> importList(file, replace ? ImportMode.REPLACE : ImportMode.MERGE, ctx);
                case "export" -> export(file, ctx);
                default -> template(file, ctx);
            };
        } catch (WorkbookException e) {
            String key = sub.equals("validate") || sub.equals("import") ? "cli.list.unreadable" : "cli.list.unwritable";
            ctx.err().println(ctx.messages().get(key, e.file().toString(), e.reason()));
            return Cli.USAGE;
        }
    }

    private int validate(Path file, CliContext ctx) {
        var regions = RegionsCsv.load();
        ListFileCheck check = new ListFileCheck(new PoiListWorkbook(regions), regions, IndustriesCsv.load());
        CheckedList checked = check.check(file, ProgressListener.NONE, CancelToken.NONE);
        printProblems(checked, new ListProblemText(ctx.messages(), regions), ctx);
        return checked.clean() ? Cli.OK : PROBLEMS;
    }

    private int importList(Path file, ImportMode mode, CliContext ctx) {
        return ctx.withStore(clock, app -> {
            ImportPlan plan = app.listImport().read(file, ProgressListener.NONE, CancelToken.NONE);
            printProblems(plan.checked(), new ListProblemText(ctx.messages(), app.regions()), ctx);
            if (!plan.clean()) {
                ctx.err().println(ctx.messages().get("cli.list.refused"));
                return PROBLEMS;
            }
            ImportResult result = app.listImport().commit(plan, mode, app.actor(), ProgressListener.NONE, CancelToken.NONE);
            ImportPreview p = result.applied();
            ctx.out().println("mode " + mode.name().toLowerCase(java.util.Locale.ROOT));
            ctx.out().println("enterprises " + counts(p.enterprises()));
            ctx.out().println("lines " + counts(p.lines()));
            ctx.err().println(ctx.messages().get("cli.list.backup", result.backup().toString()));
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
        new PoiListWorkbook(regions).writeTemplate(file,
                ListTemplateNotes.notes(ctx.messages(), regions, IndustriesCsv.load()));
        ctx.out().println("template written to " + file);
        return Cli.OK;
    }


    private static void printProblems(CheckedList checked, ListProblemText text, CliContext ctx) {
        for (RowProblem p : checked.problems()) {
            ctx.out().println("row " + p.row() + ", " + p.header() + ": " + text.reason(p.problem()));
        }
        ctx.out().println(checked.rows() + " rows, " + checked.problems().size() + " problems");
    }

    private static String counts(ImportPreview.Counts c) {
        return c.added() + " new, " + c.changed() + " changed, " + c.unchanged() + " unchanged, " + c.removed()
                + " removed, " + c.kept() + " kept";
    }
}
