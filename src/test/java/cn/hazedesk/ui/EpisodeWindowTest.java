package cn.hazedesk.ui;

import cn.hazedesk.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole warning episode in the real window, as a duty officer does it: consult → recommendation → approval →
 * issue (orders for every listed enterprise) → two enterprises acknowledge → upgrade (orders superseded) → lift →
 * summary evaluation; every step shows in the timeline.
 */
class EpisodeWindowTest extends ApplicationTest {
    @TempDir
    Path dir;
    private AppWindow window;

    @BeforeEach
    void open() throws Exception {
        window = AppWindow.open(dir, Messages.CHINESE, true, 1280, 860);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private final EpisodeSteps steps = new EpisodeSteps(this);

    @Test
    void aWholeEpisodeFromConsultationToSummary() throws Exception {
        clickOn("#episode-new");
        steps.waitUntil(() -> steps.label("#episode-status").equals("会商中（草稿）"));

        // consultation: 惠农区 heavy for two days (orange), 大武口区 moderate (yellow), 平罗县 from concentrations
        steps.consult(new String[][]{{"180", "190", "120"}, {"230", "260", "150"}});
        interact(() -> lookup("#calc-area").queryAs(ComboBox.class).getSelectionModel().select(2));
        steps.type("#calc-pm25", "120");
        steps.press("#calc-apply");
        int expected = cn.hazedesk.domain.aqi.AqiCalculator.compute(cn.hazedesk.domain.aqi.AqiStandard.defaultStandard(),
                java.util.Map.of(cn.hazedesk.domain.aqi.Pollutant.PM2_5, java.math.BigDecimal.valueOf(120))).aqi();
        assertThat(steps.label("#calc-result")).contains("平罗县").contains("AQI " + expected).contains("PM2.5");
        assertThat(lookup("#aqi-3-0").queryAs(TextField.class).getText()).isEqualTo(String.valueOf(expected));
        assertThat(steps.label("#level-2")).isEqualTo("橙色预警");
        assertThat(steps.label("#level-4")).isEqualTo("橙色预警");
        steps.type("#consultation-participants", "市生态环境局 王科长；市气象局 刘工");
        steps.typeArea("#consultation-opinion", "未来三天静稳，惠农区重度污染，建议发布橙色预警。");
        steps.press("#consultation-save");
        steps.waitUntil(() -> steps.label("#consultation-saved").contains("第 2 次会商"));
        Screenshots.save(window.stage.getScene(), "episode-1-consultation");

        // approval form prefilled from the recommendation; signatory by level
        steps.tab(1);
        assertThat(steps.label("#approval-recommendation")).contains("第 2 次会商").contains("惠农区 橙色预警");
        assertThat(steps.label("#approval-signatory")).isEqualTo("须由 分管副市长 签发");
        steps.proposeApprovePublish("张副市长");
        steps.waitUntil(() -> steps.label("#episode-status").equals("响应中"));
        assertThat(steps.label("#episode-levels")).startsWith("石嘴山市 橙色预警").contains("大武口区 橙色预警");
        assertThat(steps.label("#episode-number")).isEqualTo("石污防指〔" + java.time.Year.now().getValue() + "〕1号");
        Screenshots.save(window.stage.getScene(), "episode-2-approval");

        // response: one order per listed enterprise; two acknowledge
        steps.tab(2);
        TableView<?> orders = lookup("#response-orders").queryAs(TableView.class);
        int listed = window.ctx.list().rows().size();
        steps.waitUntil(() -> orders.getItems().size() == listed);
        interact(() -> {
            orders.getSelectionModel().clearSelection();
            orders.getSelectionModel().selectIndices(0, 1);
        });
        steps.press("#response-acknowledged");
        steps.waitUntil(() -> steps.label("#response-counts").contains("已确认 2"));
        assertThat(steps.label("#response-counts")).contains("本轮告知书 " + listed + " 份").contains("已送达 2");
        assertThat(steps.label("#response-dashboard")).contains("距发布")
                .as("the countdown to the acknowledgement deadline").contains("确认时限").contains("家未确认）");
        // bulk per district: 惠农区's orders filtered, all selected (Ctrl+A), delivered at once
        ComboBox<?> district = lookup("#response-district").queryAs(ComboBox.class);
        interact(() -> district.getSelectionModel().select(2));
        assertThat(district.getValue().toString()).isEqualTo("惠农区");
        long huinong = window.ctx.list().rows().stream().filter(r -> r.districtCode().equals("640205")).count();
        steps.waitUntil(() -> orders.getItems().size() == huinong);
        clickOn(lookup("#response-orders .table-row-cell").nth(0).<javafx.scene.Node>query());
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        steps.press("#response-delivered");
        steps.waitUntil(() -> steps.label("#response-counts").contains("已送达 " + (2 + huinong)));
        interact(() -> district.getSelectionModel().select(0));
        steps.waitUntil(() -> orders.getItems().size() == listed);
        Screenshots.save(window.stage.getScene(), "episode-3-response");

        // upgrade: the third day turns severe → red; same approval path, the mayor signs; orders superseded
        steps.consult(new String[][]{{"180", "190", "158"}, {"230", "260", "320"}});
        steps.waitUntil(() -> steps.label("#consultation-saved").contains("第 3 次会商"));
        steps.tab(1);
        ComboBox<?> kind = lookup("#approval-kind").queryAs(ComboBox.class);
        interact(() -> kind.getSelectionModel().select(0));
        assertThat(kind.getValue().toString()).isEqualTo("调整级别（升级/降级）");
        steps.waitUntil(() -> steps.label("#approval-signatory").equals("须由 市长 签发"));
        steps.typeArea("#approval-reason", "第 3 次会商预报惠农区将出现严重污染，升级为红色预警。");
        // proposing from the bottom of the page: the signature box appears at the top and is brought into view
        javafx.scene.control.ScrollPane approvalPage = lookup("#approval-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        interact(() -> approvalPage.setVvalue(approvalPage.getVmax()));
        steps.press("#approval-propose");
        steps.waitUntil(() -> lookup("#approval-approve").queryAs(Button.class).isVisible()
                && approvalPage.getVvalue() == approvalPage.getVmin()
                && lookup("#approval-signer").queryAs(TextField.class).isFocused());
        Screenshots.save(window.stage.getScene(), "episode-2b-approval-next-step");
        steps.approvePublish("李市长");
        steps.waitUntil(() -> steps.label("#episode-levels").startsWith("石嘴山市 红色预警"));
        steps.tab(2);
        steps.waitUntil(() -> orders.getItems().size() == listed && orders.getItems().get(0).toString().contains("红色"));
        clickOn("#response-show-superseded");
        steps.waitUntil(() -> orders.getItems().size() == 2 * listed);
        clickOn("#response-show-superseded");

        // lift: the new forecast stays low for three days (72 h ≥ 36 h)
        steps.consult(new String[][]{{"80", "70", "60"}, {"90", "80", "70"}, {"60", "60", "60"}});
        steps.waitUntil(() -> steps.label("#consultation-saved").contains("第 4 次会商"));
        steps.tab(1);
        interact(() -> kind.getSelectionModel().select(kind.getItems().size() - 1));
        assertThat(kind.getValue().toString()).isEqualTo("解除预警");
        // the response has not begun yet (it starts tomorrow at 0:00): a lift now is refused until the form says why
        steps.typeArea("#approval-reason", "");
        steps.press("#approval-propose");
        Dialogs.waitForDialog(this);
        assertThat(lookup(".dialog-pane .label").queryAllAs(Label.class))
                .anyMatch(l -> l.getText() != null && l.getText().startsWith("响应尚未开始"));
        Dialogs.clickButton(this, "确定");
        steps.typeArea("#approval-reason", "冷空气提前到达，预报连续三天低于预警标准，响应开始前解除。");
        // lifted now (the form proposes the next full hour, which at 23:xx is the response start itself)
        steps.type("#approval-response-start", java.time.LocalDateTime.now(window.ctx.clock())
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        steps.proposeApprovePublish("李市长");
        steps.waitUntil(() -> steps.label("#episode-status").equals("已解除，待总结评估"));
        assertThat(steps.label("#episode-levels")).as("after the lift the head says no warning is in force")
                .startsWith("已于 ").contains(" 解除，无预警（解除前：石嘴山市 红色预警");

        // summary evaluation: timeline and evaluation, then close
        steps.tab(3);
        TextArea evaluation = lookup("#summary-evaluation").queryAs(TextArea.class);
        steps.waitUntil(() -> evaluation.getText().contains("二、企业响应"));
        assertThat(evaluation.getText()).as("the lift is named as such, and that it came before the response started")
                .contains("（解除预警）：全部预警解除").contains("预警在响应开始之前解除");
        assertThat(evaluation.getText()).contains("橙色预警").contains("红色预警").contains("确认 2 家")
                .contains("三、估算减排比例");
        TableView<?> timeline = lookup("#summary-timeline").queryAs(TableView.class);
        assertThat(timeline.getItems().stream().map(Object::toString))
                .anyMatch(r -> r.contains("审签同意") && r.contains("张副市长"))
                .anyMatch(r -> r.contains("企业确认"))
                .anyMatch(r -> r.contains("生成响应告知书"));
        TextArea summaryText = lookup("#summary-text").queryAs(TextArea.class);
        assertThat(summaryText.getText()).as("the summary follows the evaluation while nobody has edited it")
                .isEqualTo(evaluation.getText());
        // edited by the officer: regenerating asks first, and Cancel keeps their words
        steps.typeArea("#summary-text", summaryText.getText() + "\n另：夜间巡查发现两处露天焚烧，已处理。");
        steps.press("#summary-regenerate");
        Dialogs.waitForDialog(this);
        assertThat(lookup(".dialog-pane .label").queryAllAs(Label.class))
                .anyMatch(l -> l.getText() != null && l.getText().startsWith("用自动汇总替换您改过的总结"));
        Dialogs.clickButton(this, "取消");
        assertThat(summaryText.getText()).endsWith("已处理。");
        Screenshots.save(window.stage.getScene(), "episode-4-summary");
        steps.press("#summary-close");
        Dialogs.clickButton(this, "确定");
        steps.waitUntil(() -> steps.label("#episode-status").equals("已结束"));
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
}
