package cn.hazedesk.app.cli;

import cn.hazedesk.app.StartupOptions;
import cn.hazedesk.domain.access.Account;
import cn.hazedesk.domain.access.Action;
import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.domain.access.Scope;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.i18n.OutcomeText;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Accounts without a window:
 * <ul>
 *   <li>{@code admin init --user NAME --password-file FILE}: the first administrator of a data folder that has none;</li>
 *   <li>{@code user add NAME --role ROLE [--district NAME] [--first-password-file FILE]}, {@code user disable NAME},
 *   {@code user enable NAME}, {@code user reset NAME [--first-password-file FILE]}, {@code user list}: by an
 *   administrator signed in with {@code --user} and {@code --password-file} (or the console); a first password not
 *   given in a file is typed at the console;</li>
 *   <li>{@code user password --user NAME --password-file OLD --new-password-file NEW}: a user's own new password.</li>
 * </ul>
 * Exit 0 done, 1 refused by a rule (the sentence says which), 2 bad arguments or no credentials.
 */
final class UserCommands {
    private UserCommands() {
    }

    static final class Admin implements Command {
        private final Clock clock;

        Admin(Clock clock) {
            this.clock = clock;
        }

        @Override
        public String name() {
            return "admin";
        }

        @Override
        public int run(List<String> args, CliContext ctx) throws StartupOptions.UsageException {
            if (args.size() != 1 || !args.get(0).equals("init")) {
                throw new StartupOptions.UsageException("cli.error.adminArguments", String.join(" ", args));
            }
            if (ctx.options().user().isEmpty()) {
                ctx.err().println(ctx.messages().get("cli.auth.needUser"));
                return Cli.USAGE;
            }
            Optional<char[]> password = read(ctx, ctx.options().passwordFile(), "cli.auth.promptNew");
            if (password.isEmpty()) {
                return Cli.USAGE;
            }
            return ctx.withStore(clock, app -> {
                Outcome<Actor> done = app.accounts().createFirstAdministrator(ctx.options().user().get(), password.get());
                if (!done.isAccepted()) {
                    ctx.err().println(new OutcomeText(ctx.messages()).refusal(done.refusal().orElseThrow()));
                    return 1;
                }
                ctx.out().println(ctx.messages().get("cli.admin.created", done.value().name()));
                return Cli.OK;
            });
        }
    }

    static final class User implements Command {
        private final Clock clock;

        User(Clock clock) {
            this.clock = clock;
        }

        @Override
        public String name() {
            return "user";
        }

        @Override
        public int run(List<String> args, CliContext ctx) throws StartupOptions.UsageException {
            if (args.isEmpty()) {
                throw new StartupOptions.UsageException("cli.error.userArguments", "");
            }
            String sub = args.get(0);
            String name = null;
            String role = null;
            String district = null;
            Path firstFile = null;
            Path newFile = null;
            for (int i = 1; i < args.size(); i++) {
                String a = args.get(i);
                String next = i + 1 < args.size() ? args.get(i + 1) : null;
                switch (a) {
                    case "--role" -> role = value(a, next, i++);
                    case "--district" -> district = value(a, next, i++);
                    case "--first-password-file" -> firstFile = Path.of(value(a, next, i++));
                    case "--new-password-file" -> newFile = Path.of(value(a, next, i++));
                    default -> {
                        if (a.startsWith("-") || name != null) {
                            throw new StartupOptions.UsageException("cli.error.userArguments", a);
                        }
                        name = a;
                    }
                }
            }
            switch (sub) {
                case "add" -> {
                    if (name == null || role == null) {
                        throw new StartupOptions.UsageException("cli.error.userArguments", sub);
                    }
                }
                case "disable", "enable", "reset" -> {
                    if (name == null) {
                        throw new StartupOptions.UsageException("cli.error.userArguments", sub);
                    }
                }
                case "list", "password" -> {
                    if (name != null) {
                        throw new StartupOptions.UsageException("cli.error.userArguments", name);
                    }
                }
                default -> throw new StartupOptions.UsageException("cli.error.userArguments", sub);
            }
            String n = name;
            String r = role;
            String d = district;
            Path first = firstFile;
            Path fresh = newFile;
            OutcomeText words = new OutcomeText(ctx.messages());
            if (sub.equals("password")) {
                return changeOwn(ctx, fresh, words);
            }
            return ctx.withStore(clock, app -> {
                Optional<Actor> admin = Credentials.signIn(app, ctx, Action.USER_MANAGE);
                if (admin.isEmpty()) {
                    return Cli.USAGE;
                }
                Outcome<Account> done;
                switch (sub) {
                    case "list" -> {
                        for (Account a : app.accounts().users()) {
                            ctx.out().println(a.name() + " " + a.roleKey() + " " + scopeName(app, a.scope())
                                    + (a.disabled() ? " disabled" : "") + (a.mustChange() ? " first-password" : ""));
                        }
                        return Cli.OK;
                    }
                    case "add" -> {
                        Scope scope = Scope.CITY;
                        if (d != null) {
                            Optional<Region> region = app.regions().districtByName(d).or(() -> app.regions().byCode(d)
                                    .filter(x -> app.regions().districts().contains(x)));
                            scope = Scope.district(region.map(Region::code).orElse(d));
                        }
                        Optional<char[]> pw = read(ctx, Optional.ofNullable(first), "cli.auth.promptFirst");
                        if (pw.isEmpty()) {
                            return Cli.USAGE;
                        }
                        done = app.accounts().addUser(admin.get(), n, r, scope, pw.get());
                    }
                    case "reset" -> {
                        Optional<char[]> pw = read(ctx, Optional.ofNullable(first), "cli.auth.promptFirst");
                        if (pw.isEmpty()) {
                            return Cli.USAGE;
                        }
                        done = app.accounts().resetPassword(admin.get(), n, pw.get());
                    }
                    default -> done = app.accounts().setDisabled(admin.get(), n, sub.equals("disable"));
                }
                if (!done.isAccepted()) {
                    ctx.err().println(words.refusal(done.refusal().orElseThrow()));
                    return 1;
                }
                ctx.out().println(ctx.messages().get("cli.user." + sub, n));
                return Cli.OK;
            });
        }

        private int changeOwn(CliContext ctx, Path fresh, OutcomeText words) {
            if (ctx.options().user().isEmpty()) {
                ctx.err().println(ctx.messages().get("cli.auth.needUser"));
                return Cli.USAGE;
            }
            Optional<char[]> old = read(ctx, ctx.options().passwordFile(), "cli.auth.prompt");
            if (old.isEmpty()) {
                return Cli.USAGE;
            }
            Optional<char[]> next = read(ctx, Optional.ofNullable(fresh), "cli.auth.promptNew");
            if (next.isEmpty()) {
                return Cli.USAGE;
            }
            return ctx.withStore(clock, app -> {
                Outcome<Actor> done = app.accounts().changePassword(ctx.options().user().get(), old.get(), next.get());
                if (!done.isAccepted()) {
                    ctx.err().println(words.refusal(done.refusal().orElseThrow()));
                    return 1;
                }
                ctx.out().println(ctx.messages().get("cli.user.password", done.value().name()));
                return Cli.OK;
            });
        }

        private static String value(String option, String next, int i) throws StartupOptions.UsageException {
            if (next == null || next.startsWith("--")) {
                throw new StartupOptions.UsageException("cli.error.missingValue", option);
            }
            return next;
        }

        private static String scopeName(cn.hazedesk.app.AppContext app, Scope s) {
            return s.city() ? app.regions().city().name()
                    : app.regions().byCode(s.districtCode()).map(Region::name).orElse(s.districtCode());
        }
    }

    /** A password from the file or the console; empty after saying why none could be read. */
    static Optional<char[]> read(CliContext ctx, Optional<Path> file, String promptKey) {
        try {
            Optional<char[]> pw = Credentials.password(file, ctx.messages().get(promptKey, ctx.options().user().orElse("")));
            if (pw.isEmpty()) {
                ctx.err().println(ctx.messages().get("cli.auth.needPassword"));
            }
            return pw;
        } catch (IOException e) {
            ctx.err().println(ctx.messages().get("cli.auth.passwordFile", String.valueOf(file.orElse(null))));
            return Optional.empty();
        }
    }
}
