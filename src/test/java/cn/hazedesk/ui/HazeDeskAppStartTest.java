package cn.hazedesk.ui;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.app.HazeDeskApp;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: the app as it starts (HazeDeskApp itself, on an existing data folder): the sign-in form first, without
 * waiting for the database; signing in opens the main window on the folder opened meanwhile.
 */
class HazeDeskAppStartTest extends FxRobot {
    @TempDir
    Path dir;
    private Application app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app); // stop(): the backup at exit, the folder closed
        }
        FxToolkit.cleanupStages();
    }

    private boolean visible(String query) {
        return lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void theSignInFormComesFirstAndSigningInOpensTheMainWindow() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext ctx = AppContext.start(data, Clock.systemDefaultZone())) {
            assertThat(ctx.accounts().createFirstAdministrator("zhang", "Start-up-2026!".toCharArray()).isAccepted())
                    .isTrue();
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(HazeDeskApp.class, "--data-dir", data.toString());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> visible("#sign-in-password"));
        interact(() -> {
            ((TextField) lookup("#sign-in-name").query()).setText("zhang");
            ((TextField) lookup("#sign-in-password").query()).setText("Start-up-2026!");
        });
        clickOn("#sign-in-go");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> visible(".menu-bar"));
        assertThat(lookup("#sign-in").tryQuery()).isEmpty();
    }
}
