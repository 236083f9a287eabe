package cn.hazedesk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What a duty officer does in the warnings area, step by step, for the episode window tests. */
final class EpisodeSteps {
    private final FxRobot robot;
    /** The confirmation button's text in the window's language. */
    String confirm = "确定";

    EpisodeSteps(FxRobot robot) {
        this.robot = robot;
    }

    String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            // asked on the FX thread: a lookup from the test thread can meet the scene graph while it is being changed
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS));
        } catch (java.util.concurrent.TimeoutException e) {
            for (javafx.stage.Window w : robot.listWindows()) {
                if (w.getScene() != null) {
                    Screenshots.save(w.getScene(), "episode-timeout-" + robot.listWindows().indexOf(w));
                }
            }
            throw e;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void tab(int index) throws Exception {
        TabPane tabs = robot.lookup("#episode-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses a button as a click would (buttons far down a scrolled page are pressed without scrolling). */
    void press(String id) {
        Button b = robot.lookup(id).queryAs(Button.class);
        assertThat(b.isDisabled()).as(id + " enabled").isFalse();
        // fired later, not inside robot.interact(): a button that opens a confirmation must not block the test thread
        javafx.application.Platform.runLater(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void type(String id, String text) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> f.setText(text));
    }

    void typeArea(String id, String text) {
        TextArea f = robot.lookup(id).queryAs(TextArea.class);
        robot.interact(() -> f.setText(text));
    }

    void consult(String[][] aqi) throws Exception {
        tab(0);
        for (int row = 0; row < aqi.length; row++) {
            for (int d = 0; d < 3; d++) {
                type("#aqi-" + (row + 1) + "-" + d, aqi[row][d]);
            }
        }
        press("#consultation-save");
    }

    void proposeApprovePublish(String signer) throws Exception {
        press("#approval-propose");
        approvePublish(signer);
    }

    /** Signs and publishes the proposal that waits. */
    void approvePublish(String signer) throws Exception {
        waitUntil(() -> robot.lookup("#approval-approve").queryAs(Button.class).isVisible()
                && !robot.lookup("#approval-approve").queryAs(Button.class).isDisabled());
        type("#approval-signer", signer);
        press("#approval-approve");
        // the signature is recorded when the name is cleared (it must not stand for the next form); then the number
        waitUntil(() -> robot.lookup("#approval-signer").queryAs(TextField.class).getText().isEmpty());
        waitUntil(() -> robot.lookup("#approval-publish").queryAs(Button.class).isVisible()
                && !robot.lookup("#approval-number").queryAs(TextField.class).getText().isEmpty());
        press("#approval-publish");
        Dialogs.clickButton(robot, confirm);
    }
}
