package cn.hazedesk.ui;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.app.UiAssembly;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.ErrorReporter;
import cn.hazedesk.ui.common.Fonts;
import cn.hazedesk.ui.common.FxDialogService;
import cn.hazedesk.ui.common.FxTaskRunner;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The real main window, headless (Monocle), on a real H2 data folder with the sample list loaded. */
class MainWindowTest extends FxRobot {
    @TempDir
    Path dir;

    private AppWindow window;
    private AppContext ctx;
    private FxTaskRunner tasks;
    private Stage stage;

    private void open(Locale locale, boolean withSample) throws Exception {
        window = AppWindow.open(dir, locale, withSample);
        ctx = window.ctx;
        tasks = window.tasks();
        stage = window.stage;
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void everyWorkAreaCanBeVisitedAndSaysWhatWillBeThere() throws Exception {
        open(Messages.CHINESE, true);
        assertThat(lookup("#page-warnings").tryQuery()).isPresent();
        assertThat(areaTitle()).isEqualTo("预警值守");

        String[][] areas = {
                {"#navList", "应急减排清单", "#page-list", null},
                {"#navGrading", "绩效分级", "#page-grading", null},
                {"#navDocuments", "文书打印", "#page-documents", null},
                {"#navAudit", "操作记录", "#page-audit", null},
                {"#navWarnings", "预警值守", "#page-warnings", null}};
        for (String[] a : areas) {
            clickOn(a[0]);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(areaTitle()).isEqualTo(a[1]);
            Node page = lookup(a[2]).query();
            assertThat(page.isVisible()).isTrue();
            if (a[3] != null) {
                assertThat(lookup(a[2] + " .label").queryAllAs(Label.class))
                        .as("the page names the issue that brings it").anyMatch(l -> l.getText().contains(a[3]));
            } else {
                // the warnings area opens on its first tab, the consultation grid (its other tabs load when shown)
                assertThat(lookup(a[2] + (a[0].equals("#navWarnings") ? " #consultation-days" : " .table-view")).tryQuery())
                        .as("the area is built").isPresent();
            }
            assertThat(lookup(a[0]).queryAs(ToggleButton.class).isSelected()).isTrue();
        }
    }

    @Test
    void keyboardShortcutsSwitchAreas() throws Exception {
        open(Messages.CHINESE, false);
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(areaTitle()).isEqualTo("绩效分级");
        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(areaTitle()).isEqualTo("操作记录");
    }

    @Test
    void theListAreaShowsTheSampleAndRemovesItAfterConfirmation() throws Exception {
        open(Messages.CHINESE, true);
        int enterprises = ctx.sampleData().summary().enterprises();
        int lines = ctx.sampleData().summary().lines();
        clickOn("#navList");
        waitForLabel("#list-counts", "显示 " + enterprises + " / " + enterprises + " 家企业，共 " + lines + " 条生产线");
        assertThat(label("#list-sample")).contains("示例数据").contains(String.valueOf(enterprises));

        // cancelling changes nothing
        clickOn("#remove-sample");
        Dialogs.clickButton(this, "取消");
        assertThat(ctx.sampleData().summary().enterprises()).isEqualTo(enterprises);

        clickOn("#remove-sample");
        Dialogs.waitForDialog(this);
        assertThat(lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("确定要删除 " + enterprises + " 家示例企业吗？");
        Dialogs.clickButton(this, "确定");
        waitForLabel("#list-counts", "显示 0 / 0 家企业，共 0 条生产线");
        assertThat(lookup("#remove-sample").query().getParent().isVisible()).as("nothing left to remove").isFalse();
        assertThat(ctx.sampleData().summary().enterprises()).isZero();
    }

    @Test
    void aboutShowsVersionDataFolderAndDatabaseVersion() throws Exception {
        open(Messages.CHINESE, false);
        clickOn("#helpMenu").clickOn("关于 HazeDesk");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ("第 " + cn.hazedesk.testing.Migrations.latest() + " 版").equals(label("#about-schema-version")));
        assertThat(lookup("#about-data-folder").queryAs(TextField.class).getText()).isEqualTo(dir.toAbsolutePath().normalize().toString());
        assertThat(lookup("#about-log-folder").queryAs(TextField.class).getText()).endsWith("logs");
        assertThat(label("#about-version")).isNotBlank();
        clickOn("#about-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#about").tryQuery()).isEmpty();
    }

    @Test
    void englishIsCompleteOnScreen() throws Exception {
        open(Locale.ENGLISH, true);
        assertThat(areaTitle()).isEqualTo("Warnings");
        clickOn("#navList");
        int n = ctx.sampleData().summary().enterprises();
        waitForLabel("#list-counts", "Showing " + n + " of " + n + " enterprises, " + ctx.sampleData().summary().lines()
                + " production lines");
        assertThat(stage.getTitle()).startsWith("HazeDesk Heavy-Pollution Emergency Duty Desk — Wang (").endsWith(", whole city)");
        for (Label l : lookup(".label").queryAllAs(Label.class)) {
            String text = l.getText() == null ? "" : l.getText().replace("（示例）", "");
            for (cn.hazedesk.domain.region.Region r : ctx.regions().regions()) {
                text = text.replace(r.name(), ""); // place names are data, not UI text
            }
            assertThat(text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .as("Chinese on the English screen: %s", text).isTrue();
        }
    }

    @Test
    void theBundledChineseFontIsLoadedAndUsed() throws Exception {
        open(Messages.CHINESE, false);
        assertThat(Font.getFamilies()).contains(Fonts.UI_FAMILY);
        Label title = lookup("#mainRoot .area-title").queryAs(Label.class);
        assertThat(title.getFont().getFamily()).isEqualTo(Fonts.UI_FAMILY);
    }

    @Test
    void openLogFolderCreatesAndOpensTheFolder() throws Exception {
        open(Messages.CHINESE, false);
        clickOn("#helpMenu").clickOn("打开日志文件夹");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.isDirectory(dir.resolve("logs")));
        WaitForAsyncUtils.waitForFxEvents();
        // the opener reported success, so no "cannot open" dialog appeared
        assertThat(lookup(".dialog-pane").tryQuery()).isEmpty();
    }

    @Test
    void anUncaughtErrorShowsADialogWhoseDetailsCanBeCopied() throws Exception {
        open(Messages.CHINESE, false);
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        try {
            ErrorReporter reporter = new ErrorReporter(Messages.forLocale(Messages.CHINESE), () -> stage, dir.resolve("logs"));
            javafx.application.Platform.runLater(reporter::install);
            WaitForAsyncUtils.waitForFxEvents();
            javafx.application.Platform.runLater(() -> {
                throw new IllegalStateException("测试用的意外错误");
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("复制详细信息").match(n -> n.getScene() != null
                    && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(lookup(".dialog-pane .label").queryAllAs(Label.class))
                    .anyMatch(l -> l.getText().contains("测试用的意外错误") && l.getText().contains(dir.resolve("logs").toString()));
            clickOn("复制详细信息");
            WaitForAsyncUtils.waitForFxEvents();
            String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get();
            assertThat(copied).contains("java.lang.IllegalStateException: 测试用的意外错误").contains("at ");
            assertThat(lookup("已复制").tryQuery()).as("the dialog stays open after copying").isPresent();
            Dialogs.clickButton(this, "关闭");
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    @Test
    void theStatusBarShowsARunningTaskAndItsProgress() throws Exception {
        open(Messages.CHINESE, false);
        org.controlsfx.control.StatusBar bar = lookup(".status-bar").queryAs(org.controlsfx.control.StatusBar.class);
        assertThat(bar.getText()).isEqualTo("就绪");
        java.util.concurrent.CountDownLatch halfway = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        javafx.application.Platform.runLater(() -> tasks.run("正在做一件长的事", p -> {
            p.progress(1, 4, "第 1 步，共 4 步");
            halfway.countDown();
            release.await(10, TimeUnit.SECONDS);
            return null;
        }, r -> { }));
        assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
        // progress and message reach the JavaFX thread separately: wait for both
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bar.getProgress() == 0.25 && "第 1 步，共 4 步".equals(bar.getText()));
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "就绪".equals(bar.getText()));
        assertThat(bar.getProgress()).isZero();
    }

    private String areaTitle() {
        return lookup("#areaTitle").queryAs(Label.class).getText();
    }

    private String label(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private void waitForLabel(String query, String expected) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> expected.equals(label(query)));
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(label(query)).isEqualTo(expected);
        }
    }
}
