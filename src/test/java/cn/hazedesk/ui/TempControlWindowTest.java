package cn.hazedesk.ui;

import cn.hazedesk.i18n.Messages;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 轻中度污染临时管控 made in the real window: its own button and banner, no level choosers on the approval form,
 * a number of its own series suggested, published with no orders on the response page, then lifted. In Chinese and
 * in English.
 */
class TempControlWindowTest extends ApplicationTest {
    @TempDir
    Path dir;
    private AppWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    private final EpisodeSteps steps = new EpisodeSteps(this);

    private void walk(Locale locale, String levels, String active, String lifted, String lift) throws Exception {
        window = AppWindow.open(dir, locale, true, 1280, 860);
        clickOn("#episode-new-temp-control");
        steps.waitUntil(() -> lookup("#episode-temp-control-banner").query().isVisible());
        // light pollution: above 150 on one day, short of yellow
        steps.consult(new String[][]{{"160", "120", "90"}, {"165", "120", "90"}, {"155", "110", "80"}});
        steps.tab(1);
        assertThat(lookup("#level-640200").query().getParent().isVisible()).as("no level to choose").isFalse();
        Screenshots.save(window.stage.getScene(), "temp-control-approval-" + locale.getLanguage());
        steps.press("#approval-propose");
        steps.waitUntil(() -> lookup("#approval-approve").query().isVisible()
                && !lookup("#approval-approve").query().isDisabled());
        steps.type("#approval-signer", "张副市长");
        steps.press("#approval-approve");
        TextField number = lookup("#approval-number").queryAs(TextField.class);
        // the suggested number is of its own series (a warning-series suggestion never satisfies this)
        steps.waitUntil(() -> lookup("#approval-publish").query().isVisible() && number.getText().startsWith("石污防指临〔"));
        steps.press("#approval-publish");
        Dialogs.clickButton(this, steps.confirm);
        steps.waitUntil(() -> steps.label("#episode-status").equals(active));
        assertThat(steps.label("#episode-levels")).isEqualTo(levels);
        assertThat(steps.label("#episode-number")).startsWith("石污防指临〔");
        Screenshots.save(window.stage.getScene(), "temp-control-active-" + locale.getLanguage());
        steps.tab(2);
        TableView<?> orders = lookup("#response-orders").queryAs(TableView.class);
        assertThat(orders.getItems()).as("no enterprise gets an order").isEmpty();
        // lift
        steps.tab(1);
        ComboBox<?> kind = lookup("#approval-kind").queryAs(ComboBox.class);
        assertThat(kind.getItems()).hasSize(1);
        assertThat(kind.getValue().toString()).isEqualTo(lift);
        steps.typeArea("#approval-reason", "冷空气过境");
        steps.type("#approval-response-start", java.time.LocalDateTime.now(window.ctx.clock()).plusMinutes(5)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        steps.proposeApprovePublish("张副市长");
        steps.waitUntil(() -> steps.label("#episode-status").equals(lifted));
    }

    @Test
    void aTemporaryControlInChinese() throws Exception {
        walk(Messages.CHINESE, "轻中度污染临时管控（不设预警级别）", "响应中", "已解除，待总结评估", "解除临时管控");
    }

    @Test
    void aTemporaryControlInEnglish() throws Exception {
        steps.confirm = "Confirm";
        walk(Locale.ENGLISH, "Temporary control for light or moderate pollution (no warning level)", "Response in force",
                "Lifted, evaluation pending", "Lift temporary control");
    }
}
