package cn.hazedesk.ui;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.app.UiAssembly;
import cn.hazedesk.application.EnterpriseRow;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.ErrorReporter;
import cn.hazedesk.ui.common.Fonts;
import cn.hazedesk.ui.common.FxDialogService;
import cn.hazedesk.ui.common.FxTaskRunner;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The list screen in the real main window (headless): filter it, then edit one enterprise as a maintainer would. */
class EnterpriseListWindowTest extends FxRobot {
    @TempDir
    Path dir;

    private AppWindow window;
    private AppContext ctx;
    private Stage stage;

    @BeforeEach
    void open() throws Exception {
        window = AppWindow.open(dir, Messages.CHINESE, true, 1280, 860);
        ctx = window.ctx;
        stage = window.stage;
        clickOn("#navList");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() == ctx.list().rows().size());
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<EnterpriseRow> table() {
        return lookup("#enterprise-table").queryAs(TableView.class);
    }

    @Test
    void aClickOnAHeaderSortsTheRowsTheFilterShowsAndTheFilterKeepsTheOrder() throws Exception {
        clickOn("#list-filter").write("焦化");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() < ctx.list().rows().size());
        java.util.List<EnterpriseRow> coking = List.copyOf(table().getItems());
        assertThat(coking).isNotEmpty().allMatch(r -> r.name().contains("焦化"));
        java.util.Comparator<EnterpriseRow> bySo2 = java.util.Comparator.comparing(EnterpriseRow::so2);

        javafx.scene.Node so2 = from(table()).lookup((Label l) -> "SO2（吨/年）".equals(l.getText())).query();
        clickOn(so2); // ascending
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).containsExactlyInAnyOrderElementsOf(coking).isSortedAccordingTo(bySo2);
        clickOn(so2); // descending
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).containsExactlyInAnyOrderElementsOf(coking).isSortedAccordingTo(bySo2.reversed());

        // the filter taken back a character at a time: every row again, still in the order chosen
        javafx.scene.control.TextField filter = lookup("#list-filter").queryAs(javafx.scene.control.TextField.class);
        assertThat(filter.getText()).isEqualTo("焦化");
        for (int i = 0; i < 2; i++) {
            interact(() -> {
                filter.end();
                filter.deletePreviousChar();
            });
        }
        assertThat(table().getItems()).hasSize(ctx.list().rows().size()).isSortedAccordingTo(bySo2.reversed());
        assertThat(lookup("#list-counts").queryAs(Label.class).getText()).startsWith("显示 " + table().getItems().size()
                + " / " + table().getItems().size() + " 家企业，共 "
                + table().getItems().stream().mapToInt(EnterpriseRow::lines).sum() + " 条生产线");
    }

    @Test
    void aWorkbookWithProblemsIsRefusedWithEachRowAndHeader() throws Exception {
        Path bad = cn.hazedesk.infra.excel.TestWorkbooks.list(dir.resolve("bad.xlsx"), cn.hazedesk.infra.excel.TestWorkbooks.COLUMNS,
                List.of(cn.hazedesk.infra.excel.TestWorkbooks.line("新企业（示例）", "91640202000000000X", "大武口区", "焦化", "B",
                                "1号焦炉", "12", "3", "30%", "限产30%"),
                        cn.hazedesk.infra.excel.TestWorkbooks.line("另一家（示例）", "91640205000000000X", "月球区", "焦化", "B",
                                "1号焦炉", "-1", "3", "130%", "限产")));
        int before = ctx.list().rows().size();
        window.nextFile = bad;
        clickOn("#list-import");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#import-problems").tryQuery()
                .map(n -> onScreen(n) && !((javafx.scene.control.ListView<?>) n).getItems().isEmpty()).orElse(false));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<String> problems = lookup("#import-problems").queryAs(javafx.scene.control.ListView.class);
        assertThat(problems.getItems()).anyMatch(p -> p.startsWith("第 2 行，统一社会信用代码："))
                .anyMatch(p -> p.startsWith("第 3 行，所属区县：未知的区县“月球区”"))
                .anyMatch(p -> p.startsWith("第 3 行，二氧化硫年排放量(吨)：不能为负数"));
        assertThat(lookup("#import-problem-summary").queryAs(Label.class).getText()).contains("没有导入任何数据");
        assertThat(onScreen(lookup("#import-commit").query())).isFalse();
        Screenshots.save(problems.getScene(), "import-problems");
        clickOn("#import-close");
        assertThat(ctx.list().rows()).hasSize(before);
    }

    @Test
    void aPublishedListWithGroupHeadersShowsWhatItDoesNotReadAndImportsEveryNumber() throws Exception {
        Path city = dir.resolve("city.xlsx");
        try (var b = new cn.hazedesk.infra.excel.SheetBuilder()) {
            b.sheet("工业源").row(1, "石嘴山市重污染天气应急减排清单").merge("A1:P1")
                    .row(2, "序号", "区县", "企业名称", "统一社会信用代码", "行业类别", "生产线/工序", "主要污染物年排放量（吨）",
                            null, null, null, "黄色预警", null, "橙色预警", null, "红色预警", null)
                    .row(3, null, null, null, null, null, null, "SO2", "NOx", "颗粒物", "VOCs",
                            "减排措施", "减排比例", "减排措施", "减排比例", "减排措施", "减排比例")
                    .merge("A2:A3").merge("B2:B3").merge("C2:C3").merge("D2:D3").merge("E2:E3").merge("F2:F3")
                    .merge("G2:J2").merge("K2:L2").merge("M2:N2").merge("O2:P2")
                    .row(4, 1, "惠农区", "窗口测试电石厂（示例）", cn.hazedesk.infra.excel.TestWorkbooks.uscc(777), "电石", "1号电石炉",
                            8.5, 6.4, 12.75, 0.5, "停运1/5电石炉", null, "停运30%电石炉", null, "停产", null)
                    .row(5, "合计", null, null, null, null, null, 8.5, 6.4, 12.75, 0.5).merge("A5:F5");
            b.write(city);
        }
        int before = ctx.list().rows().size();
        window.nextFile = city;
        clickOn("#list-import");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#import-summary").tryQuery().map(this::onScreen).orElse(false));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<String> notes = lookup("#import-notes").queryAs(javafx.scene.control.ListView.class);
        assertThat(onScreen(notes)).isTrue();
        assertThat(notes.getItems()).contains("未读取 A 列“序号”：清单不保存此项", "第 5 行是合计行（合计），未导入",
                "3 项措施（1 条生产线）只写了文字，已按规则（data/measure-text-rules.csv）读出措施类型和减排比例");
        assertThat(lookup("#import-summary").queryAs(Label.class).getText()).contains("企业：新增 1");
        Screenshots.save(notes.getScene(), "import-published-list");
        clickOn("#import-commit");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#import-outcome").tryQuery().map(this::onScreen).orElse(false));
        clickOn("#import-close");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ctx.list().rows().size() == before + 1);
        var stored = ctx.enterprises().findByUscc(cn.hazedesk.infra.excel.TestWorkbooks.uscc(777)).orElseThrow().enterprise();
        var line = stored.lines().get(0);
        assertThat(line.so2Tonnes()).isEqualByComparingTo("8.5");
        assertThat(line.pmTonnes()).isEqualByComparingTo("12.75");
        assertThat(line.measure(cn.hazedesk.domain.enterprise.WarningLevel.YELLOW).orElseThrow().fraction()).isEqualByComparingTo("0.2");
        assertThat(line.measure(cn.hazedesk.domain.enterprise.WarningLevel.RED).orElseThrow().fraction()).isEqualByComparingTo("1");
    }

    @Test
    void exportingTheFilteredListAndImportingItBackChangesNothingThenAnEditedCopyMerges() throws Exception {
        clickOn("#list-filter").write("焦化");
        WaitForAsyncUtils.waitForFxEvents();
        int shown = table().getItems().size();
        Path exported = dir.resolve("coking.xlsx");
        window.nextFile = exported;
        clickOn("#list-export").clickOn("#export-filtered");
        Dialogs.waitForDialog(this);
        assertThat(lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .startsWith("已导出 " + shown + " 家企业");
        Dialogs.clickButton(this, "确定");
        assertThat(java.nio.file.Files.size(exported)).isPositive();

        clickOn("#list-import");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#import-summary").tryQuery().map(this::onScreen).orElse(false));
        assertThat(lookup("#import-summary").queryAs(Label.class).getText())
                .contains("企业：新增 0，有改动 0，无变化 " + shown).contains("导入不会改变清单");
        assertThat(lookup("#import-commit").queryAs(Button.class).isDisabled()).isTrue();
        clickOn("#import-cancel");

        // the same file with one contact changed and one enterprise added merges as exactly that
        Path edited = dir.resolve("coking-edited.xlsx");
        cn.hazedesk.infra.excel.TestWorkbooks.list(edited, cn.hazedesk.infra.excel.TestWorkbooks.COLUMNS, List.of(
                cn.hazedesk.infra.excel.TestWorkbooks.line("全新焦化有限公司（示例）", "91640202000000000K", "大武口区", "焦化", "C",
                        "1号焦炉", "12", "3", "30%", "限产30%")));
        window.nextFile = edited;
        clickOn("#list-import");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#import-summary").tryQuery().map(this::onScreen).orElse(false));
        assertThat(lookup("#import-summary").queryAs(Label.class).getText()).contains("企业：新增 1，有改动 0");
        Screenshots.save(lookup("#import-summary").query().getScene(), "import-preview");
        int before = ctx.list().rows().size();
        clickOn("#import-commit");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#import-outcome").tryQuery().map(this::onScreen).orElse(false));
        assertThat(lookup("#import-outcome").queryAs(Label.class).getText()).startsWith("导入完成：新增 1 家").contains("backups");
        clickOn("#import-close");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().stream().anyMatch(r -> r.name().equals("全新焦化有限公司（示例）")));
        assertThat(ctx.list().rows()).hasSize(before + 1);
    }

    /** The node and every parent are visible, in a window that is showing. */
    private boolean onScreen(javafx.scene.Node n) {
        for (javafx.scene.Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return showing(n);
    }

    private boolean showing(javafx.scene.Node n) {
        return Dialogs.showing(n);
    }

    private String counts() {
        return lookup("#list-counts").queryAs(Label.class).getText();
    }

    @Test
    void typingAndChoosingFiltersTheTableAndTheCounts() throws Exception {
        int all = table().getItems().size();
        clickOn("#list-filter").write("焦化");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).isNotEmpty().allMatch(r -> r.name().contains("焦化"));
        int coking = table().getItems().size();
        assertThat(counts()).startsWith("显示 " + coking + " / " + all + " 家企业");

        @SuppressWarnings("unchecked")
        ComboBox<Object> district = lookup("#filter-district").queryAs(ComboBox.class);
        clickOn(district);
        clickOn(lookup(".combo-box-popup .list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText("惠农区"))
                .<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).allMatch(r -> r.name().contains("焦化") && r.districtCode().equals("640205"));
        Screenshots.save(stage.getScene(), "list-filtered");

        clickOn("#filter-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).hasSize(all);
        assertThat(lookup("#list-filter").queryAs(TextField.class).getText()).isEmpty();

        // Ctrl+F goes to the filter from the table
        clickOn(table());
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(lookup("#list-filter").queryAs(TextField.class).isFocused()).isTrue();
    }

    /**
     * A user whose role may not change the list (a duty officer of 大武口区) looks at an enterprise and is offered no
     * change; the sample banner counts the sample enterprises of the district they see.
     */
    @Test
    void aUserWhoMayNotChangeTheListOnlyViewsAnEnterprise() throws Exception {
        window.close();
        window = AppWindow.openAs(dir, Messages.CHINESE, cn.hazedesk.testing.Actors.of("王值班", "DUTY_OFFICER", "640202"));
        clickOn("#navList");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#enterprise-table").tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        // a district user sees their district's enterprises, and the sample banner counts those
        long shownSamples = table().getItems().stream().filter(EnterpriseRow::sample).count();
        assertThat(shownSamples).isPositive().isLessThan(window.ctx.list().rows().stream().filter(EnterpriseRow::sample).count());
        assertThat(table().getItems()).allMatch(r -> r.districtCode().equals("640202"));
        assertThat(lookup("#list-sample").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("其中 " + shownSamples + " 家企业是");
        assertThat(lookup("#list-edit").queryAs(Button.class).getText()).isEqualTo("查看");
        assertThat(lookup("#list-new").queryAs(Button.class).isVisible()).isFalse();
        assertThat(lookup("#list-delete").queryAs(Button.class).isVisible()).isFalse();
        assertThat(lookup("#list-import").queryAs(Button.class).isVisible()).isFalse();
        EnterpriseRow first = table().getItems().get(0);
        clickOn(first.name());
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#editor-name").tryQuery()
                .map(n -> ((TextField) n).getText().equals(first.name())).orElse(false));
        Window viewer = lookup("#enterprise-editor").query().getScene().getWindow();
        assertThat(lookup(".editor-title").queryAs(javafx.scene.control.Label.class).getText()).isEqualTo("查看企业：" + first.name());
        assertThat(lookup("#editor-save").queryAs(Button.class).isVisible()).isFalse();
        assertThat(lookup("#editor-add-line").queryAs(Button.class).isVisible()).isFalse();
        assertThat(lookup("#editor-undo").queryAs(Button.class).isVisible()).isFalse();
        assertThat(lookup("#editor-name").queryAs(TextField.class).isEditable()).isFalse();
        Screenshots.save(viewer.getScene(), "editor-view-only");
        interact(() -> ((javafx.stage.Stage) viewer).close());
    }

    @Test
    void editingOneEnterpriseSavesItAndShowsInItsHistory() throws Exception {
        clickOn("#list-filter").write("焦化");
        WaitForAsyncUtils.waitForFxEvents();
        EnterpriseRow target = table().getItems().get(0);
        clickOn(target.name());
        type(KeyCode.ENTER); // Enter opens the selected enterprise (a double click does too)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#editor-name").tryQuery()
                .map(n -> ((TextField) n).getText().equals(target.name())).orElse(false));
        Window editor = lookup("#enterprise-editor").query().getScene().getWindow();

        // a bad check digit is marked at once and blocks saving
        TextField uscc = lookup("#editor-uscc").queryAs(TextField.class);
        doubleClickOn(uscc);
        interact(() -> uscc.setText(target.uscc().substring(0, 17) + "Z"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(uscc.getPseudoClassStates()).contains(javafx.css.PseudoClass.getPseudoClass("invalid"));
        assertThat(lookup("#editor-save").queryAs(Button.class).isDisabled()).isTrue();
        Screenshots.save(editor.getScene(), "editor-invalid");

        // Ctrl+Z takes it back
        clickOn("#editor-phone");
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(uscc.getText()).isEqualTo(target.uscc());
        assertThat(uscc.getPseudoClassStates()).doesNotContain(javafx.css.PseudoClass.getPseudoClass("invalid"));

        TextField phone = lookup("#editor-phone").queryAs(TextField.class);
        doubleClickOn(phone);
        interact(phone::clear);
        clickOn(phone).write("0952-7654321");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#enterprise-editor").tryQuery().isEmpty());
        assertThat(ctx.list().find(target.id()).orElseThrow().enterprise().contactPhone()).isEqualTo("0952-7654321");

        // the history shows the change, old → new
        clickOn(target.name());
        clickOn("#list-history");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#history-table").tryQuery()
                .map(n -> !((TableView<?>) n).getItems().isEmpty()).orElse(false));
        @SuppressWarnings("unchecked")
        TableView<cn.hazedesk.ui.list.ChangeHistoryViewModel.Row> history = lookup("#history-table").queryAs(TableView.class);
        assertThat(history.getItems()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("联系电话");
            assertThat(r.newValue()).isEqualTo("0952-7654321");
            assertThat(r.actor()).isEqualTo(ctx.actor().name());
        });
        Screenshots.save(history.getScene(), "history");
        clickOn("#history-close");
    }
}
