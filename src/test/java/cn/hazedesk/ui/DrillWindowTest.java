package cn.hazedesk.ui;

import cn.hazedesk.application.MutableClock;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drill in the English window: labelled as a drill on the page and left out of the year's count; its orders,
 * unacknowledged two hours after issue, are counted and highlighted as overdue.
 */
class DrillWindowTest extends ApplicationTest {
    @TempDir
    Path dir;
    private AppWindow window;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final EpisodeSteps steps = new EpisodeSteps(this);

    @BeforeEach
    void open() throws Exception {
        window = AppWindow.open(dir, Locale.ENGLISH, clock);
        steps.confirm = "Confirm";
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void aDrillIsMarkedAndItsUnacknowledgedOrdersBecomeOverdue() throws Exception {
        steps.press("#episode-new-drill");
        steps.waitUntil(() -> lookup("#episode-drill-banner").queryAs(Label.class).isVisible());
        assertThat(steps.label("#episode-drill-banner")).startsWith("DRILL");
        steps.consult(new String[][]{{"230", "240", "120"}});
        steps.waitUntil(() -> steps.label("#consultation-saved").startsWith("Consultation 1 saved"));
        steps.tab(1);
        assertThat(steps.label("#approval-signatory")).isEqualTo("To be signed by the deputy mayor in charge");
        steps.proposeApprovePublish("Officer Zhang");
        steps.waitUntil(() -> steps.label("#episode-status").equals("Response in force"));
        assertThat(steps.label("#episode-year-count")).as("drills are not counted").endsWith(": 0 (drills not counted)");

        steps.tab(2);
        TableView<?> orders = lookup("#response-orders").queryAs(TableView.class);
        int listed = window.ctx.list().rows().size();
        steps.waitUntil(() -> orders.getItems().size() == listed);
        assertThat(steps.label("#response-counts")).contains("overdue 0");

        clock.advance(Duration.ofHours(3));
        steps.press("#response-refresh");
        steps.waitUntil(() -> steps.label("#response-counts").contains("overdue " + listed));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".table-row-cell").queryAll().stream().filter(Node::isVisible)
                .filter(n -> n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("overdue"))).count())
                .as("overdue rows are highlighted").isGreaterThan(3);
        assertThat(steps.label("#response-dashboard")).contains("Since issue 3 h 0 min");
        Screenshots.save(window.stage.getScene(), "episode-drill-overdue-en");

        // an inspection finds the measures not taken, with a photo; the app offers to lower the grade
        Path photo = java.nio.file.Files.write(dir.resolve("kiln.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        window.nextFile = photo;
        interact(() -> orders.getSelectionModel().clearAndSelect(0));
        // the table keeps the page; the inspection form opens for the chosen order, in a window of its own
        assertThat(lookup("#response-inspect-pane").query().isVisible()).isFalse();
        clickOn("#response-open-inspection");
        steps.waitUntil(() -> lookup("#inspect-inspector").tryQuery().map(n -> n.getScene() != window.stage.getScene()
                && n.getScene().getWindow().isShowing()).orElse(false));
        steps.type("#inspect-inspector", "Inspector Li");
        steps.type("#inspect-finding", "Kiln 2 still running");
        clickOn("#inspect-compliant");
        steps.press("#inspect-choose-photo");
        assertThat(lookup("#inspect-photo").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo(photo.toString());
        steps.press("#inspect-save");
        Dialogs.clickButton(this, "Confirm");
        Dialogs.clickButton(this, "OK");
        steps.waitUntil(() -> steps.label("#response-counts").contains("non-compliant 1"));
        String detail = lookup("#response-detail").queryAs(javafx.scene.control.TextArea.class).getText();
        long id = window.ctx.episodes().all().get(0).id();
        var stored = window.ctx.episodes().orders(id).stream().filter(o -> o.nonCompliant() == 1).findFirst().orElseThrow();
        var inspection = window.ctx.episodes().inspections(stored.id()).get(0);
        assertThat(inspection.finding()).isEqualTo("Kiln 2 still running");
        assertThat(Path.of(inspection.photoPath())).exists().startsWith(dir.resolve("photos"));
        assertThat(detail).isNotNull();
    }
}
