package cn.hazedesk.app.cli;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.app.StartupOptions;
import cn.hazedesk.application.DocumentService;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.UnknownDistrictException;
import cn.hazedesk.domain.document.OrderEnvelope;
import cn.hazedesk.domain.document.template.TemplateException;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.response.OrderChecks;
import cn.hazedesk.domain.response.ResponseOrder;
import cn.hazedesk.i18n.DocumentText;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code orders --level yellow|orange|red [--district NAME] [--drill] (--pdf OUT.pdf | --folder DIR)}: the response
 * orders (企业重污染天气应急响应告知书) the current list would get at a level, with the grades in effect now, for
 * planning and drills: one PDF with a cover list and one order per page, or one PDF per enterprise into a folder.
 * Prints what it wrote; exit 0. An unknown district, a bad level or argument, an unusable template or an unwritable
 * file: the reason on stderr, exit 2. Orders that need a confirmation ({@link OrderChecks}: a key-industry firm
 * without a measure, an UNVERIFIED default measure, a 保障类 firm below B) are written only with {@code --confirm};
 * without it the firms are named on stderr and nothing is written, exit 1.
 *
 * <p>Where the orders come from is a {@link Source}: a level ({@code --level}) or an episode ({@code --episode
 * NUMBER}: the episode's number or the number of any of its notices; its current, not superseded, orders with the
 * round's number series and times, marked 演练 if it is a drill). An unknown episode: the number named, exit 2.
 */
final class OrdersCommand implements Command {
    private final Clock clock;

    OrdersCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "orders";
    }

    /** Where the orders come from. */
    sealed interface Source permits ByLevel, ByEpisode {
    }

    /** The current list at a level, grades in effect now: no number series, times as in the issue notice. */
    record ByLevel(WarningLevel level) implements Source {
    }

    /** An episode's current orders, found by its number or the number of one of its notices. */
    record ByEpisode(String number) implements Source {
    }

    record Request(Source source, Optional<String> district, boolean drill, Path pdf, Path folder, boolean confirmed) {
    }

    /** The orders chosen, the envelope they share, the level and the scope (district name or null). */
    record Selection(List<ResponseOrder> orders, OrderEnvelope envelope, WarningLevel level, String scope) {
    }

    @Override
    public int run(List<String> args, CliContext ctx) throws StartupOptions.UsageException {
        Request r = parse(args);
        return ctx.withStore(clock, app -> {
            try {
                Selection s = select(app, r);
                OrderChecks checks = app.responseOrders().checks(s.orders());
                if (!checks.clean() && !r.confirmed()) {
                    ctx.err().println(describe(checks, ctx));
                    return Cli.PROBLEMS;
                }
                return write(app, s, r, ctx);
            } catch (UnknownEpisodeException e) {
                ctx.err().println(ctx.messages().get("cli.error.ordersEpisode", e.number));
                return Cli.USAGE;
            } catch (UnknownDistrictException e) {
                ctx.err().println(ctx.messages().get("cli.error.ordersDistrict", e.name(),
                        String.join(ctx.messages().get("document.template.separator"), app.responseOrders().districtNames())));
                return Cli.USAGE;
            } catch (TemplateException e) {
                ctx.err().println(DocumentText.describe(e, ctx.messages()));
                return Cli.USAGE;
            }
        });
    }

    static Request parse(List<String> args) throws StartupOptions.UsageException {
        Source source = null;
        String district = null;
        Path pdf = null;
        Path folder = null;
        boolean drill = false;
        boolean confirmed = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String opt = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            boolean inline = a.contains("=");
            switch (opt) {
                case "--level", "--episode", "--district", "--pdf", "--folder" -> {
                    String v = inline ? a.substring(a.indexOf('=') + 1) : (i + 1 < args.size() ? args.get(++i) : "");
                    if (v.isBlank()) {
                        throw new StartupOptions.UsageException("cli.error.missingValue", opt);
                    }
                    if (opt.equals("--level") || opt.equals("--episode")) {
                        if (source != null) {
                            throw new StartupOptions.UsageException(source instanceof ByLevel == opt.equals("--level")
                                    ? "cli.error.ordersOption" : "cli.error.ordersSources", a);
                        }
                        source = opt.equals("--level") ? new ByLevel(level(v)) : new ByEpisode(v.strip());
                    } else if (opt.equals("--district")) {
                        if (district != null) {
                            throw new StartupOptions.UsageException("cli.error.ordersOption", a);
                        }
                        district = v;
                    } else if (opt.equals("--pdf")) {
                        if (pdf != null) {
                            throw new StartupOptions.UsageException("cli.error.ordersOption", a);
                        }
                        pdf = Path.of(v);
                    } else {
                        if (folder != null) {
                            throw new StartupOptions.UsageException("cli.error.ordersOption", a);
                        }
                        folder = Path.of(v);
                    }
                }
                case "--drill" -> {
                    if (inline) {
                        throw new StartupOptions.UsageException("cli.error.ordersOption", a);
                    }
                    drill = true;
                }
                case "--confirm" -> {
                    if (inline) {
                        throw new StartupOptions.UsageException("cli.error.ordersOption", a);
                    }
                    confirmed = true;
                }
                default -> throw new StartupOptions.UsageException("cli.error.ordersOption", a);
            }
        }
        if (source == null) {
            throw new StartupOptions.UsageException("cli.error.ordersSource", "--level");
        }
        if ((pdf == null) == (folder == null)) {
            throw new StartupOptions.UsageException("cli.error.ordersOutput", "--pdf");
        }
        return new Request(source, Optional.ofNullable(district), drill, pdf, folder, confirmed);
    }

    /**
     * What has to be confirmed, one line per finding with the enterprises named: key-industry firms without a
     * measure, UNVERIFIED default measures, 保障类 firms below B; then how to go on (--confirm).
     */
    static String describe(OrderChecks c, CliContext ctx) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(ctx.messages().get("cli.orders.checks"));
        if (!c.keyIndustryWithoutMeasure().isEmpty()) {
            lines.add(ctx.messages().get("cli.orders.check.withoutMeasure", c.keyIndustryWithoutMeasure().size(),
                    names(c.keyIndustryWithoutMeasure(), ctx)));
        }
        if (!c.unverifiedDefaults().isEmpty()) {
            lines.add(ctx.messages().get("cli.orders.check.unverified", c.unverifiedDefaults().size(),
                    names(c.unverifiedDefaults(), ctx)));
        }
        if (!c.protectedBelowB().isEmpty()) {
            lines.add(ctx.messages().get("cli.orders.check.protectedBelowB", c.protectedBelowB().size(),
                    names(c.protectedBelowB(), ctx)));
        }
        lines.add(ctx.messages().get("cli.orders.confirmHint"));
        return String.join(System.lineSeparator(), lines);
    }

    private static String names(List<ResponseOrder> orders, CliContext ctx) {
        return String.join(ctx.messages().get("document.template.separator"),
                orders.stream().map(o -> ctx.messages().get("labels.nameWithNote", o.enterpriseName(), o.uscc())).toList());
    }

    private static WarningLevel level(String v) throws StartupOptions.UsageException {
        return switch (v) {
            case "yellow" -> WarningLevel.YELLOW;
            case "orange" -> WarningLevel.ORANGE;
            case "red" -> WarningLevel.RED;
            default -> throw new StartupOptions.UsageException("cli.error.reductionLevel", v);
        };
    }

    /** No episode has the number asked for. */
    static final class UnknownEpisodeException extends RuntimeException {
        final String number;

        UnknownEpisodeException(String number) {
            super("unknown episode: " + number);
            this.number = number;
        }
    }

    private Selection select(AppContext app, Request r) {
        if (r.source() instanceof ByEpisode byEpisode) {
            var docs = app.episodeDocuments();
            var episode = docs.byNumber(byEpisode.number())
                    .orElseThrow(() -> new UnknownEpisodeException(byEpisode.number()));
            var batch = docs.currentOrders(episode, r.district());
            OrderEnvelope env = batch.envelope();
            if (r.drill() && !env.drill()) {
                env = new OrderEnvelope(env.numberPrefix(), env.firstSerial(), env.warningIssuedAt(), env.responseStart(),
                        env.issuingOffice(), env.date(), true);
            }
            return new Selection(batch.orders(), env, batch.level(), batch.scope());
        }
        ByLevel byLevel = (ByLevel) r.source();
        List<ResponseOrder> orders = app.responseOrders().ordersNow(byLevel.level(), r.district());
        return new Selection(orders, OrderEnvelope.planning(LocalDate.now(clock), r.drill()), byLevel.level(),
                r.district().map(String::strip).orElse(null));
    }

    private static int write(AppContext app, Selection s, Request r, CliContext ctx) {
        DocumentService docs = app.documents();
        try {
            if (r.pdf() != null) {
                Path target = r.pdf().toAbsolutePath();
                Path tmp = target.resolveSibling(target.getFileName() + ".part");
                DocumentService.Batch b;
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    b = docs.writeOrders(s.orders(), s.envelope(), s.level(), s.scope(), out, ProgressListener.NONE,
                            CancelToken.NONE);
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(tmp);
                    throw e;
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                ctx.out().println(ctx.messages().get("cli.orders.written", target.toString(), b.orders(), b.totalPages(),
                        b.coverPages(), b.longerThanOnePage()));
            } else {
                List<Path> files = docs.writeOrderFiles(s.orders(), s.envelope(), r.folder().toAbsolutePath(),
                        ProgressListener.NONE, CancelToken.NONE);
                ctx.out().println(ctx.messages().get("cli.orders.writtenFolder", r.folder().toAbsolutePath().toString(),
                        files.size()));
            }
            return Cli.OK;
        } catch (IOException e) {
            ctx.err().println(ctx.messages().get("cli.error.ordersWrite", String.valueOf(r.pdf() != null ? r.pdf() : r.folder()),
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
            return Cli.USAGE;
        }
    }
}
