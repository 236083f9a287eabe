package cn.hazedesk.ui;

import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

/** Waits for an alert to be really on screen before a test reads or clicks it (under load it shows late). */
final class Dialogs {
    private Dialogs() {
    }

    static boolean showing(Node n) {
        return n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
    }

    static void waitForDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").match(Dialogs::showing)
                .tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the dialog button with this text in the alert that is showing. */
    static void clickButton(FxRobot robot, String text) throws Exception {
        waitForDialog(robot);
        Node button = robot.lookup(".dialog-pane .button").match(Dialogs::showing)
                .match(LabeledMatchers.hasText(text)).query();
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
