package cn.hazedesk.ui;

import cn.hazedesk.application.EnterpriseRow;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.audit.AuditLogViewModel;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The 操作记录 page in the real window: what the other areas did is listed, filtered, shown in full, exported. */
class AuditLogWindowTest extends FxRobot {
    @TempDir
    Path dir;
    private AppWindow window;

    @BeforeEach
    void open() throws Exception {
        window = AppWindow.open(dir, Messages.CHINESE, true, 1280, 860); // loading the sample is recorded
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<AuditLogViewModel.Row> table() {
        return lookup("#audit-table").queryAs(TableView.class);
    }

    private String count() {
        return lookup("#audit-count").queryAs(Label.class).getText();
    }

    private void waitForCount(String text) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> count().equals(text));
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(count()).isEqualTo(text);
        }
    }

    private List<String> actions() {
        return table().getItems().stream().map(AuditLogViewModel.Row::action).toList();
    }

    @Test
    void whatTheOtherAreasDidIsListedFilteredAndShownInFull() throws Exception {
        // 1. delete an enterprise in the list area, as an operator would
        clickOn("#navList");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !lookup("#enterprise-table").queryAs(TableView.class).getItems().isEmpty());
        List<EnterpriseRow> rows = window.ctx.list().rows();
        EnterpriseRow doomed = rows.get(0);
        clickOn(doomed.name());
        clickOn("#list-delete");
        Dialogs.clickButton(this, "确定");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> window.ctx.list().rows().stream().noneMatch(r -> r.id() == doomed.id()));
        // 2. and rename another (through the service, off the JavaFX thread): its before and after are kept
        EnterpriseRow renamedRow = rows.get(1);
        Enterprise e = window.ctx.list().find(renamedRow.id()).orElseThrow().enterprise();
        Enterprise renamed = new Enterprise(e.uscc(), "改名后的企业（示例）", e.districtCode(), e.industry(), e.grade(),
                e.controlType(), e.address(), e.longitude(), e.latitude(), e.contactName(), e.contactPhone(),
                e.permitNumber(), e.permitManagement(), e.bulkTransport(), e.transportTrucks(), e.minTruckStandard(),
                e.lines());
        assertThat(window.ctx.list().save(Optional.of(renamedRow.id()), renamed, cn.hazedesk.testing.Actors.all("值班员")).isAccepted()).isTrue();

        // 3. the 操作记录 page lists all three, newest first, the actions in words
        clickOn("#navAudit");
        waitForCount("共 3 条，显示 3 条");
        assertThat(actions()).containsExactly("修改企业", "删除企业", "载入示例数据");
        AuditLogViewModel.Row deleted = table().getItems().get(1);
        assertThat(deleted.subject()).isEqualTo(doomed.uscc());
        assertThat(deleted.detail()).isEqualTo(doomed.name());
        assertThat(table().getItems().get(2).actor()).isEqualTo("tester");

        // the selected record in full, with the values before and after
        interact(() -> table().getSelectionModel().select(0));
        TextArea detail = lookup("#audit-detail").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> detail.getText().contains("改动前后："));
        assertThat(detail.getText()).contains("值班员").contains("修改企业（enterprise.update）")
                .contains("对象：" + renamedRow.uscc())
                .contains("企业名称：" + renamedRow.name() + " → 改名后的企业（示例）");
        Screenshots.save(window.stage.getScene(), "audit-log-detail");

        // Ctrl+F goes to the text filter; Enter applies it (the name is in the details of the deletion)
        clickOn("#audit-table");
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField text = lookup("#audit-text").queryAs(TextField.class);
        assertThat(text.isFocused()).isTrue();
        interact(() -> text.setText(doomed.name()));
        type(KeyCode.ENTER);
        waitForCount("共 1 条，显示 1 条");
        assertThat(actions()).containsExactly("删除企业");

        clickOn("#audit-clear");
        waitForCount("共 3 条，显示 3 条");
        assertThat(text.getText()).isEmpty();

        // an action chosen in words filters at once
        @SuppressWarnings("unchecked")
        ComboBox<Object> action = lookup("#audit-action").queryAs(ComboBox.class);
        assertThat(action.getItems()).extracting(Object::toString)
                .containsExactly("全部操作", "删除企业", "修改企业", "载入示例数据");
        clickOn("#audit-action");
        clickOn(lookup(".combo-box-popup .list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText("载入示例数据"))
                .<javafx.scene.Node>query());
        waitForCount("共 1 条，显示 1 条");
        assertThat(table().getItems()).singleElement().satisfies(r -> assertThat(r.detail()).startsWith("企业 ").contains("家，生产线"));
        Screenshots.save(window.stage.getScene(), "audit-log");

        // F5 reads again: what happened meanwhile shows up
        window.ctx.auditLog().record(Instant.now(), "tester", "sample.load", "sample",
                cn.hazedesk.domain.audit.AuditDetail.of("sample.load").with("enterprises", 0).with("lines", 0));
        clickOn("#audit-table");
        type(KeyCode.F5);
        waitForCount("共 2 条，显示 2 条");

        // the filtered records go to Excel
        clickOn("#audit-clear");
        waitForCount("共 4 条，显示 4 条");
        window.nextFile = dir.resolve("操作记录.xlsx");
        clickOn("#audit-export");
        Dialogs.waitForDialog(this);
        assertThat(lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText()).isEqualTo("已导出 4 条操作记录。");
        Dialogs.clickButton(this, "确定");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(window.nextFile))) {
            assertThat(wb.getSheet("操作记录").getLastRowNum()).isEqualTo(4);
            assertThat(wb.getSheet("操作记录").getRow(0).getCell(2).getStringCellValue()).isEqualTo("操作");
        }
    }

    @Test
    void inEnglishThePageSpeaksEnglish() throws Exception {
        window.close();
        window = AppWindow.open(dir.resolve("en"), java.util.Locale.ENGLISH, true, 1280, 860);
        clickOn("#navAudit");
        waitForCount("1 in all, 1 shown");
        assertThat(actions()).containsExactly("Sample data loaded");
        for (javafx.scene.Node n : lookup("#page-audit .label").queryAll()) {
            if (n instanceof javafx.scene.control.Labeled l) {
                assertThat(l.getText().codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                        .as(l.getText()).isTrue();
            }
        }
        Screenshots.save(window.stage.getScene(), "audit-log-en");
    }

    @Test
    void thePageReadsAgainWhenShownAgain() throws Exception {
        clickOn("#navAudit");
        waitForCount("共 1 条，显示 1 条");
        clickOn("#navList");
        window.ctx.auditLog().record(Instant.now(), "tester", "campaigns.create", "2026年专项行动",
                cn.hazedesk.domain.audit.AuditDetail.of("campaigns.create").with("start", "2026-01-01").with("end", "2026-12-31"));
        clickOn("#navAudit");
        waitForCount("共 2 条，显示 2 条");
        assertThat(actions()).containsExactly("新建专项行动", "载入示例数据");

        // an episode step records its state before and after: the details say so in words
        clickOn("#navList");
        window.ctx.auditLog().record(Instant.now(), "科长", "episode.publish", "黄色预警（2026-1）",
                cn.hazedesk.domain.audit.AuditDetail.of("episode.publish").with("number", "2026-1").with("kind", "ISSUE")
                        .with("levels", "city:YELLOW").with("beforePhase", "DRAFT").with("afterPhase", "ACTIVE")
                        .with("afterLevels", "city:YELLOW"), 1L);
        clickOn("#navAudit");
        waitForCount("共 3 条，显示 3 条");
        AuditLogViewModel.Row published = table().getItems().get(0);
        assertThat(published.action()).isEqualTo("发布通知");
        assertThat(published.detail()).isEqualTo("发布 2026-1：发布预警，石嘴山市 黄色预警 …");
        interact(() -> table().getSelectionModel().select(0));
        assertThat(lookup("#audit-detail").queryAs(TextArea.class).getText())
                .contains("\n改动前：会商中（草稿）\n改动后：响应中；石嘴山市 黄色预警");
    }
}
