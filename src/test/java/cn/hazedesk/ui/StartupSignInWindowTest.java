package cn.hazedesk.ui;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.app.StartupSignIn;
import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.Fonts;
import cn.hazedesk.ui.common.FxTaskRunner;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: the sign-in form shows before the data folder is open (the start does not wait for the database); 登录
 * pressed before it is open waits, saying so, then signs in; a new folder turns the form into the first
 * administrator's; a folder that cannot be opened turns the window into the problem window.
 */
class StartupSignInWindowTest extends FxRobot {
    private static final Clock CLOCK = Clock.systemDefaultZone();

    @TempDir
    Path dir;

    private FxTaskRunner tasks;
    private final List<Throwable> uncaught = new ArrayList<>();
    private final CompletableFuture<AppContext> opening = new CompletableFuture<>();
    private final AtomicReference<AppContext> opened = new AtomicReference<>();
    private final AtomicReference<Actor> signedIn = new AtomicReference<>();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (tasks != null) {
            tasks.close();
        }
        AppContext ctx = opening.handle((c, e) -> c).getNow(null);
        if (ctx != null) {
            ctx.close();
        }
        assertThat(uncaught).isEmpty();
    }

    private void show() throws Exception {
        Messages messages = Messages.forLocale(Messages.CHINESE);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            Fonts.loadBundled();
            tasks = new FxTaskRunner(uncaught::add);
            StartupSignIn.show(s, messages, tasks, opening, dir, CLOCK, Optional.empty(), new StartupSignIn.Then(
                    opened::set, signedIn::set, opened::set, () -> { }));
            s.show();
            s.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
    }

    /** Opens the folder as the launcher does, on a thread of its own. */
    private void openNow() {
        new Thread(() -> {
            try {
                opening.complete(AppContext.start(dir, CLOCK));
            } catch (Throwable t) {
                opening.completeExceptionally(t);
            }
        }, "open-data-folder").start();
    }

    private void type(String query, String text) {
        interact(() -> ((TextField) lookup(query).query()).setText(text));
    }

    private boolean visible(String query) {
        return lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void theFormShowsBeforeTheDataIsOpenAndASignInPressedEarlyWaitsForIt() throws Exception {
        try (AppContext ctx = AppContext.start(dir, CLOCK)) {
            assertThat(ctx.accounts().createFirstAdministrator("zhang", "Start-up-2026!".toCharArray()).isAccepted())
                    .isTrue();
        }
        show(); // the opening not even begun
        assertThat(visible("#sign-in-name")).isTrue();
        assertThat(visible("#sign-in-password")).isTrue();
        assertThat(visible("#sign-in-new-password")).isFalse();
        assertThat(lookup("#sign-in-go").queryAs(Button.class).isDisabled()).isFalse();
        type("#sign-in-name", "zhang");
        type("#sign-in-password", "Start-up-2026!");
        clickOn("#sign-in-go");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#sign-in-message").queryAs(Label.class).getText()).isEqualTo("正在打开数据…");
        assertThat(lookup("#sign-in-password").query().isDisabled()).isTrue();
        assertThat(lookup("#sign-in-go").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(signedIn.get()).isNull();

        openNow();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> signedIn.get() != null);
        assertThat(signedIn.get().name()).isEqualTo("zhang");
        assertThat(opened.get()).isNotNull().isSameAs(opening.join());
        assertThat(opening.join().actor().name()).isEqualTo("zhang");
    }

    @Test
    void aWrongPasswordPressedEarlyIsRefusedOnceTheDataIsOpen() throws Exception {
        try (AppContext ctx = AppContext.start(dir, CLOCK)) {
            ctx.accounts().createFirstAdministrator("zhang", "Start-up-2026!".toCharArray());
        }
        show();
        type("#sign-in-name", "zhang");
        type("#sign-in-password", "wrong-password");
        clickOn("#sign-in-go");
        openNow();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            String m = lookup("#sign-in-message").queryAs(Label.class).getText();
            return !m.isBlank() && !m.equals("正在打开数据…");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#sign-in-go").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(lookup("#sign-in-password").query().isDisabled()).isFalse();
        assertThat(signedIn.get()).isNull();
    }

    @Test
    void aNewFolderTurnsTheFormIntoTheFirstAdministrators() throws Exception {
        show();
        openNow();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> visible("#sign-in-new-password"));
        assertThat(lookup("#sign-in-heading").queryAs(Label.class).getText()).contains("管理员");
        assertThat(visible("#sign-in-repeat")).isTrue();
    }

    @Test
    void aFolderThatCannotBeOpenedTurnsTheWindowIntoTheProblemWindow() throws Exception {
        try (AppContext ctx = AppContext.start(dir, CLOCK)) {
            ctx.backups().backupNow();
        }
        Files.write(dir.resolve("db/hazedesk.mv.db"), "not an H2 file".repeat(300).getBytes());
        show();
        openNow();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> visible("#startup-problem-text"));
        assertThat(lookup("#startup-problem-text").queryAs(Label.class).getText()).contains("hazedesk.mv.db")
                .doesNotContain("Exception");
        assertThat(visible("#startup-offer-text")).isTrue();
        assertThat(lookup("#sign-in").tryQuery()).isEmpty();
    }
}
