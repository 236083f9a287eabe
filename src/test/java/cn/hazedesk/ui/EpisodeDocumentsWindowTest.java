package cn.hazedesk.ui;

import cn.hazedesk.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warnings area's document buttons (issue #6) in the real app: after an episode is issued, 预览通知… and
 * 预览审批表… on the approval history, 打印本轮告知书… and 打印督查记录表… on the response tab and
 * 预览总结评估报告… each open the preview window with the document's pages.
 */
class EpisodeDocumentsWindowTest extends ApplicationTest {
    private static final Pattern PAGES = Pattern.compile("第 1 页 / 共 (\\d+) 页");

    @TempDir
    Path dir;
    private AppWindow window;
    private final EpisodeSteps steps = new EpisodeSteps(this);

    @BeforeEach
    void open() throws Exception {
        window = AppWindow.open(dir, Messages.CHINESE, true, 1280, 860);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    /** Presses the button, waits for the preview's first page and closes the preview; gives its page count. */
    private int previewPages(String button) throws Exception {
        List<Window> before = List.copyOf(listWindows());
        steps.press(button);
        steps.waitUntil(() -> lookup("#preview-page").tryQuery().map(n -> PAGES.matcher(((Label) n).getText()).matches())
                .orElse(false));
        Label page = lookup("#preview-page").queryAs(Label.class);
        Window preview = page.getScene().getWindow();
        assertThat(before).doesNotContain(preview);
        Matcher m = PAGES.matcher(page.getText());
        assertThat(m.matches()).isTrue();
        int pages = Integer.parseInt(m.group(1));
        steps.waitUntil(() -> !window.tasks().busyProperty().get());
        interact(() -> ((Stage) preview).close());
        steps.waitUntil(() -> lookup("#preview-page").tryQuery().isEmpty());
        return pages;
    }

    @Test
    void eachDocumentButtonOpensThePreviewWithPages() throws Exception {
        clickOn("#episode-new");
        steps.waitUntil(() -> steps.label("#episode-status").equals("会商中（草稿）"));
        steps.consult(new String[][]{{"180", "190", "120"}, {"230", "260", "150"}});
        steps.type("#consultation-participants", "市生态环境局；市气象局");
        steps.typeArea("#consultation-opinion", "未来三天静稳，建议发布预警。");
        steps.press("#consultation-save");
        steps.waitUntil(() -> steps.label("#consultation-saved").contains("次会商"));
        steps.tab(1);
        steps.proposeApprovePublish("张副市长");
        steps.waitUntil(() -> steps.label("#episode-status").equals("响应中"));

        // the approval history: the published issue has its form and its notice
        TableView<?> history = lookup("#approval-history").queryAs(TableView.class);
        steps.waitUntil(() -> !history.getItems().isEmpty());
        interact(() -> history.getSelectionModel().select(0));
        assertThat(previewPages("#approval-preview-notice")).isGreaterThanOrEqualTo(1);
        assertThat(previewPages("#approval-preview-form")).isEqualTo(1);

        // the response tab: the batch has the cover and a page per order at least
        steps.tab(2);
        TableView<?> orders = lookup("#response-orders").queryAs(TableView.class);
        int listed = window.ctx.list().rows().size();
        steps.waitUntil(() -> orders.getItems().size() == listed);
        assertThat(previewPages("#response-print-orders")).isGreaterThan(listed);
        interact(() -> orders.getSelectionModel().clearAndSelect(0));
        assertThat(previewPages("#response-print-inspection")).isGreaterThanOrEqualTo(1);
        // a selected order loads its inspections whenever the table changes, even while the window is torn down
        interact(() -> orders.getSelectionModel().clearSelection());
        steps.waitUntil(() -> !window.tasks().busyProperty().get());

        steps.tab(3);
        javafx.scene.control.TextArea evaluation = lookup("#summary-evaluation").queryAs(javafx.scene.control.TextArea.class);
        steps.waitUntil(() -> evaluation.getText().contains("二、企业响应"));
        // without observed AQI the officer is asked first; Cancel goes back to enter it
        steps.press("#summary-preview-report");
        Dialogs.waitForDialog(this);
        assertThat(lookup(".dialog-pane .label").match(Dialogs::showing).queryAllAs(Label.class))
                .anyMatch(l -> l.getText().contains("尚未录入实测空气质量"));
        Dialogs.clickButton(this, "取消");
        assertThat(lookup("#preview-page").tryQuery()).isEmpty();
        steps.type("#observed-aqi", "236");
        steps.press("#observed-save");
        steps.waitUntil(() -> evaluation.getText().contains("AQI 236"));
        // the report gets its own number, the next of the series
        steps.press("#summary-suggest-number");
        javafx.scene.control.TextField number = lookup("#summary-report-number").queryAs(javafx.scene.control.TextField.class);
        steps.waitUntil(() -> number.getText().endsWith("号"));
        String given = number.getText();
        Screenshots.save(window.stage.getScene(), "summary-number");
        assertThat(previewPages("#summary-preview-report")).isGreaterThanOrEqualTo(1);
        var episode = window.ctx.episodes().all().get(0);
        assertThat(window.ctx.episodes().summaryNumber(episode.id())).contains(given);
        assertThat(episode.number()).isNotEqualTo(given);
        String report = cn.hazedesk.infra.pdf.PdfText.flat(window.ctx.episodeDocuments().pdf(
                window.ctx.episodeDocuments().summary(episode)));
        assertThat(report).contains(given, "据实测，日AQI最高236").doesNotContain("预报值");
        // no background work may outlive the window (a late task would be refused once it closes)
        steps.waitUntil(() -> !window.tasks().busyProperty().get());
        assertThat(window.uncaught).isEmpty();
    }
}
