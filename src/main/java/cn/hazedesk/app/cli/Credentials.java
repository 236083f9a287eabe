package cn.hazedesk.app.cli;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.AccountService;
import cn.hazedesk.domain.access.AccessPolicy;
import cn.hazedesk.domain.access.AccessRefusal;
import cn.hazedesk.domain.access.Action;
import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.i18n.OutcomeText;
import cn.hazedesk.infra.data.TextFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The person behind a headless command that changes data: {@code --user NAME} and the password, read from
 * {@code --password-file FILE} (its first line, for scripts) or typed at the console (not echoed). Without them, with
 * a wrong password, a locked or disabled account, a first password not yet changed, or a role that may not take the
 * action, the command is refused with one sentence and writes nothing.
 */
final class Credentials {
    private Credentials() {
    }

    /** A password from a file (first line, any encoding Excel or Notepad saves) or the console; empty when neither. */
    static Optional<char[]> password(Optional<Path> file, String prompt) throws IOException {
        if (file.isPresent()) {
            String text = TextFiles.read(file.get());
            int nl = text.indexOf('\n');
            String first = (nl < 0 ? text : text.substring(0, nl)).replace("\r", "");
            return Optional.of(first.toCharArray());
        }
        java.io.Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        char[] typed = console.readPassword("%s", prompt);
        return Optional.ofNullable(typed);
    }

    /**
     * The signed-in actor whose role allows {@code action}, or empty after saying why not on stderr. Whether the
     * actor's scope covers what the action touches is the service's check.
     */
    static Optional<Actor> signIn(AppContext app, CliContext ctx, Action action) {
        return signIn(app, ctx).filter(a -> allowed(ctx, a, action, a.scope().districtCode()));
    }

    /**
     * As {@link #signIn(AppContext, CliContext, Action)} for an action on something of the whole city (the permit
     * register, the whole database): a district user is refused as well. {@code what}: the bundle key of the words
     * for what is refused, when they are not the action's own ({@code action.<name>}); null for those.
     */
    static Optional<Actor> signInCityWide(AppContext app, CliContext ctx, Action action, String what) {
        return signIn(app, ctx).filter(a -> allowed(ctx, a, action, null, what));
    }

    /**
     * The person behind {@code --user} with the password from the file or the console, or empty after saying why not
     * on stderr (no user, no password, a wrong one, a locked or disabled account, a first password not yet changed).
     * What they may do is not checked here.
     */
    static Optional<Actor> signIn(AppContext app, CliContext ctx) {
        Optional<String> user = ctx.options().user();
        if (user.isEmpty()) {
            ctx.err().println(ctx.messages().get("cli.auth.needUser"));
            return Optional.empty();
        }
        Optional<char[]> password;
        try {
            password = password(ctx.options().passwordFile(), ctx.messages().get("cli.auth.prompt", user.get()));
        } catch (IOException e) {
            ctx.err().println(ctx.messages().get("cli.auth.passwordFile", String.valueOf(ctx.options().passwordFile().orElse(null))));
            return Optional.empty();
        }
        if (password.isEmpty()) {
            ctx.err().println(ctx.messages().get("cli.auth.needPassword"));
            return Optional.empty();
        }
        OutcomeText words = new OutcomeText(ctx.messages());
        Outcome<AccountService.SignedIn> in = app.accounts().signIn(user.get(), password.get());
        if (!in.isAccepted()) {
            ctx.err().println(words.refusal(in.refusal().orElseThrow()));
            return Optional.empty();
        }
        if (in.value().mustChangePassword()) {
            ctx.err().println(ctx.messages().get("cli.auth.mustChange", user.get()));
            return Optional.empty();
        }
        return Optional.of(in.value().actor());
    }

    private static boolean allowed(CliContext ctx, Actor actor, Action action, String district) {
        return allowed(ctx, actor, action, district, null);
    }

    /**
     * The role (and scope) check of a command, by {@link AccessPolicy}: true when the actor may, else the refusal on
     * stderr in one sentence. Here only until the application services check the actor themselves; then it goes.
     */
    private static boolean allowed(CliContext ctx, Actor actor, Action action, String district, String what) {
        Optional<AccessRefusal> refused = AccessPolicy.check(actor, action, district);
        if (refused.isEmpty()) {
            return true;
        }
        String words = what == null ? action.name() : ctx.messages().get(what);
        ctx.err().println(new OutcomeText(ctx.messages()).refusal(Outcome.Refusal.of(refused.get(), words)));
        return false;
    }
}
