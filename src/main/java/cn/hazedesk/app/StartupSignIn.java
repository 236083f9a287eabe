package cn.hazedesk.app;

import cn.hazedesk.application.BackupInfo;
import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.infra.db.DatabaseSettings;
import cn.hazedesk.infra.db.StoreException;
import cn.hazedesk.ui.access.SignInView;
import cn.hazedesk.ui.access.SignInViewModel;
import cn.hazedesk.ui.common.TaskRunner;
import cn.hazedesk.ui.common.ViewLoader;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The first window at start (issue 18): the sign-in form, shown at once while the data folder is still opening
 * (database, migrations, the audit chain's check) instead of after it. 登录 waits in the background for the opening and
 * then checks the password; a folder without an administrator turns the form into the first administrator's; a folder
 * that cannot be opened turns the window into the problem window ({@link StartupRecovery}), as before. Nothing here
 * touches the database on the JavaFX thread.
 */
public final class StartupSignIn {
    private static final Logger LOG = LoggerFactory.getLogger(StartupSignIn.class);

    /** Where the window goes from here, each called on the JavaFX thread. */
    public record Then(Consumer<AppContext> opened, Consumer<Actor> signedIn, Consumer<AppContext> restored,
                       Runnable quit) {
    }

    /** Why the folder could not be opened: the problem in a sentence, its cause and the backup a restore would use. */
    private record Problem(String text, StoreException failure, Optional<BackupInfo> offer) {
    }

    private StartupSignIn() {
    }

    /**
     * Puts the sign-in form on {@code stage} before {@code opening} is done. {@code then.opened} gets the context when
     * it is open (before anyone signs in); {@code then.signedIn} the user signed in (the context's actor set);
     * {@code then.restored} the context opened after a restore from the problem window.
     */
    public static void show(Stage stage, Messages messages, TaskRunner tasks, CompletableFuture<AppContext> opening,
                            Path dataFolder, Clock clock, Optional<DatabaseSettings> server, Then then) {
        // first in the background queue: the problem window, if the folder cannot be opened, comes before the form's
        // own wait for the opening fails
        tasks.run(messages.get("signIn.opening"), p -> problem(opening, dataFolder, clock, messages), problem -> {
            if (problem.isEmpty()) {
                then.opened().accept(opening.join()); // done: no wait
                return;
            }
            Problem x = problem.get();
            StartupRecovery.show(stage, messages, tasks, x.text(), x.failure(), x.offer(), dataFolder, clock, server,
                    then.restored(), then.quit());
            stage.sizeToScene();
            stage.centerOnScreen();
        });
        SignInViewModel vm = new SignInViewModel(messages, tasks, () -> opened(opening).accounts(), null, actor -> {
            AppContext ctx = opening.join(); // signed in: open
            ctx.setActor(actor);
            then.signedIn().accept(actor);
        });
        Runnable quit = then.quit();
        stage.setScene(Screens.scene(new ViewLoader(messages).<SignInView>load("access/SignIn.fxml", type -> {
            if (type != SignInView.class) {
                throw new IllegalStateException("no controller registered for " + type.getName());
            }
            return new SignInView(vm, quit);
        }).root()));
        stage.setTitle(messages.get("app.title"));
    }

    /** The opened context (waiting for it), or the opening's failure as {@link AppContext#start} threw it. */
    private static AppContext opened(CompletableFuture<AppContext> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Waits for the opening: nothing if it opened, else the problem to show (a backup looked for: not on FX). */
    private static Optional<Problem> problem(CompletableFuture<AppContext> opening, Path dataFolder, Clock clock,
                                             Messages messages) {
        try {
            opening.join();
            return Optional.empty();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof StoreException s) {
                LOG.error("Cannot open the data folder", s);
                return Optional.of(new Problem(StartupProblems.describe(s, messages), s,
                        StartupRecovery.offer(s, dataFolder, clock)));
            }
            LOG.error("Start-up failed", cause);
            return Optional.of(new Problem(messages.get("startup.unexpected", String.valueOf(cause.getMessage()),
                    dataFolder.resolve("logs").toString()), null, Optional.empty()));
        }
    }
}
