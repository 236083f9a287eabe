package cn.hazedesk.ui;

import cn.hazedesk.application.EnterpriseRow;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.grading.GradeRecord;
import cn.hazedesk.domain.grading.GradeStatus;
import cn.hazedesk.domain.grading.ReviewStage;
import cn.hazedesk.i18n.Messages;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The grading area in the real window: a reviewer approves an application through the queue; the reductions show. */
class GradingWindowTest extends FxRobot {
    @TempDir
    Path dir;
    private AppWindow window;
    private EnterpriseRow coking;
    private long recordId;

    @BeforeEach
    void open() throws Exception {
        window = AppWindow.open(dir, Messages.CHINESE, true, 1280, 860);
        coking = window.ctx.list().rows().stream().filter(r -> r.industry().equals("焦化")).findFirst().orElseThrow();
        recordId = window.ctx.grading().apply(coking.uscc(), "焦化", PerformanceGrade.A, "申报材料（示例）", cn.hazedesk.testing.Actors.all("企业"), "")
                .value().record().orElseThrow().id();
        clickOn("#navGrading");
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table(String id) {
        return lookup(id).queryAs(TableView.class);
    }

    @Test
    void aReviewerApprovesAnApplicationThroughTheQueue() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table("#queue-table").getItems().size() == 1);
        clickOn(coking.name());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#queue-steps").queryListView().getItems()).singleElement().asString().contains("企业申报");

        // rejecting without a reason is refused with a sentence that says why
        clickOn("#queue-reject");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup("#queue-message").queryAs(Label.class).getText().isEmpty());
        assertThat(lookup("#queue-message").queryAs(Label.class).getText()).contains("请填写意见");
        assertThat(window.ctx.grading().find(recordId).orElseThrow().status()).isEqualTo(GradeStatus.APPLIED);

        clickOn("#queue-comment").write("材料齐全");
        clickOn("#queue-approve");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table("#queue-table").getItems().isEmpty());
        assertThat(lookup("#queue-message").queryAs(Label.class).getText()).startsWith("已通过：焦化 A");
        GradeRecord r = window.ctx.grading().find(recordId).orElseThrow();
        assertThat(r.status()).isEqualTo(GradeStatus.COUNTY_APPROVED);
        assertThat(r.lastStep().comment()).isEqualTo("材料齐全");
        assertThat(lookup("#queue-comment").queryAs(TextField.class).getText()).isEmpty();
        assertThat(window.ctx.grading().queue(ReviewStage.CITY)).extracting(GradeRecord::id).containsExactly(recordId);

        // the next reviewer finds it at 市级审核
        clickOn("#queue-stage");
        clickOn(lookup(".combo-box-popup .list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText("市级审核"))
                .<javafx.scene.Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table("#queue-table").getItems().size() == 1);
        clickOn(coking.name());
        Screenshots.save(window.stage.getScene(), "grading-queue");
    }

    @Test
    void aGradeInEffectIsDowngradedWithItsReasonAfterAConfirmation() throws Exception {
        for (int i = 0; i < 4; i++) { // 区县初审, 市级审核, 省级确认, 公示期满 → 生效
            assertThat(window.ctx.grading().approve(recordId, cn.hazedesk.testing.Actors.all("审核员"), "同意").isAccepted()).isTrue();
        }
        assertThat(window.ctx.list().find(coking.id()).orElseThrow().enterprise().grade()).isEqualTo(PerformanceGrade.A);
        clickOn("分级记录");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Object> box = lookup("#history-enterprise").queryAs(javafx.scene.control.ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !box.getItems().isEmpty());
        interact(() -> box.getSelectionModel().select(box.getItems().stream()
                .filter(c -> c.toString().startsWith(coking.name())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table("#grade-records").getItems().size() == 1);
        assertThat(lookup("#history-in-effect").queryAs(Label.class).getText()).isEqualTo("当前有效等级：焦化 A");
        clickOn("生效");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Object> to = lookup("#downgrade-to").queryAs(javafx.scene.control.ComboBox.class);
        interact(() -> to.getSelectionModel().select(to.getItems().stream().filter(c -> c.toString().equals("C")).findFirst().orElseThrow()));
        clickOn("#history-downgrade");
        Dialogs.waitForDialog(this);
        assertThat(lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("确定把“" + coking.name() + "”的等级由 A 降为 C 吗？");
        Dialogs.clickButton(this, "确定");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table("#grade-records").getItems().size() == 2);
        assertThat(lookup("#history-in-effect").queryAs(Label.class).getText()).isEqualTo("当前有效等级：焦化 C");
        assertThat(window.ctx.list().find(coking.id()).orElseThrow().enterprise().grade()).isEqualTo(PerformanceGrade.C);
        assertThat(box.getValue()).as("the enterprise stays chosen").asString().startsWith(coking.name());
        Screenshots.save(window.stage.getScene(), "grade-history");
    }

    @Test
    void theCampaignTabShowsProgressAndOverdueTargets() throws Exception {
        long id = window.ctx.campaigns().create("2026年创A升B专项行动", java.time.LocalDate.now().minusMonths(4),
                java.time.LocalDate.now().minusDays(1), cn.hazedesk.testing.Actors.all("科长")).value();
        window.ctx.campaigns().addTarget(id, coking.uscc(), "焦化", PerformanceGrade.A, cn.hazedesk.testing.Actors.all("科长"));
        clickOn("创A升B");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table("#campaign-table").getItems().size() == 1);
        assertThat(lookup("#campaign-summary").queryAs(Label.class).getText())
                .isEqualTo("目标 1 家：已达标 0，审核中 1，未申报 0，逾期未达标 1");
        @SuppressWarnings("unchecked")
        TableView<cn.hazedesk.ui.grading.CampaignViewModel.Row> t = lookup("#campaign-table").queryAs(TableView.class);
        assertThat(t.getItems().get(0).state()).isEqualTo("审核中（区县初审）");
        assertThat(t.getItems().get(0).overdue()).isEqualTo("逾期");
        Screenshots.save(window.stage.getScene(), "campaign");
    }

    @Test
    void theMeasuresTabSaysWhichRuleChoseEachLinesMeasure() throws Exception {
        clickOn("措施查询");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !table("#measure-table").getItems().isEmpty());
        assertThat(lookup("#measure-grade").queryAs(Label.class).getText()).startsWith("有效等级：");
        @SuppressWarnings("unchecked")
        TableView<cn.hazedesk.ui.grading.MeasureLookupViewModel.Row> t = lookup("#measure-table").queryAs(TableView.class);
        // the sample writes a measure on every line, so the list's own measure is what applies (or an exemption)
        assertThat(t.getItems()).allSatisfy(r -> assertThat(r.rule()).isNotBlank());
        Screenshots.save(window.stage.getScene(), "measures");
    }

    @Test
    void theReductionTabShowsEveryRegionAgainstTheTargetWithAChart() throws Exception {
        clickOn("减排核算");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table("#reduction-table").getItems().size() == 16);
        assertThat(lookup("#reduction-target").queryAs(Label.class).getText()).contains("橙色预警").contains("20%");
        @SuppressWarnings("unchecked")
        BarChart<String, Number> chart = lookup("#reduction-chart").queryAs(BarChart.class);
        assertThat(chart.getData()).hasSize(4);
        assertThat(lookup("#reduction-gaps").queryListView().getItems()).anyMatch(x -> x.toString().startsWith("全市 SO2 减排贡献最大："));
        assertThat(chart.getData().get(0).getData()).extracting(d -> d.getXValue())
                .containsExactly("大武口区", "惠农区", "平罗县", "石嘴山市");
        // the bundled inventory has no rows: every figure is against the list total, and nothing says 达标
        @SuppressWarnings("unchecked")
        TableView<cn.hazedesk.ui.grading.ReductionViewModel.Row> rows = lookup("#reduction-table").queryAs(TableView.class);
        assertThat(rows.getItems()).allSatisfy(r -> {
            assertThat(r.verdict()).isEqualTo("待核定");
            assertThat(r.baselineSource()).isEqualTo("清单合计（非全社会排放量）");
        });
        Label note = lookup("#reduction-baseline-note").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).startsWith("16 / 16 项的基准为清单合计（非全社会排放量）").contains("待核定");
        Screenshots.save(window.stage.getScene(), "reduction");
    }
}
