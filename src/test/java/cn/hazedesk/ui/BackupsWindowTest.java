package cn.hazedesk.ui;

import cn.hazedesk.application.BackupInfo;
import cn.hazedesk.application.ListSummary;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.backup.BackupsViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 文件 → 备份与恢复… in the real main window on a real data folder: the list of backups with their counts, 立即备份,
 * and a restore in one confirmation that keeps the current data as a backup first and shows the restored list.
 */
class BackupsWindowTest extends FxRobot {
    @TempDir
    Path dir;

    private AppWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<BackupsViewModel.Row> table() {
        return lookup("#backups-table").queryAs(TableView.class);
    }

    private void openBackups(String menu, String item) throws Exception {
        clickOn("#fileMenu").clickOn(item);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#backups-table").tryQuery().isPresent());
        waitUntilIdle();
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !lookup("#backups-busy").tryQuery().map(javafx.scene.Node::isVisible)
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status() {
        return lookup("#backups-status").queryAs(Label.class).getText();
    }

    @Test
    void aBackupMadeByHandIsListedWithItsCountsAndRestoringItBringsTheListBack() throws Exception {
        window = AppWindow.open(dir, Messages.CHINESE, true, 1280, 860);
        ListSummary sample = window.ctx.enterprises().summary();
        openBackups("文件", "备份与恢复…");
        assertThat(lookup("#backups-intro").queryAs(Label.class).getText()).contains(dir.resolve("backups").toString())
                .contains("最近 10 个");
        int before = table().getItems().size();

        clickOn("#backups-now");
        waitUntilIdle();
        assertThat(table().getItems()).hasSize(before + 1);
        BackupsViewModel.Row made = table().getItems().get(0);
        assertThat(made.reason()).isEqualTo("手动备份");
        assertThat(made.enterprises()).isEqualTo(String.valueOf(sample.enterprises()));
        assertThat(made.lines()).isEqualTo(String.valueOf(sample.lines()));
        assertThat(made.status()).isEqualTo("可以恢复");
        assertThat(made.size()).endsWith("MB");
        String code = window.ctx.auditIntegrity().headCode().orElseThrow();
        assertThat(made.code()).as("the record code of the audit chain's head when it was made").isEqualTo(code);
        assertThat(status()).startsWith("已备份：").contains(sample.enterprises() + " 家企业");
        Path manual = made.info().file();
        assertThat(manual).exists().hasParent(dir.resolve("backups"));
        Screenshots.save(lookup("#backups").query().getScene(), "backups");
        clickOn("#backups-close");
        WaitForAsyncUtils.waitForFxEvents();

        // the list changes: the sample is removed
        window.ctx.sampleData().removeSample(cn.hazedesk.testing.Actors.all("tester"));
        assertThat(window.ctx.enterprises().summary().enterprises()).isZero();

        openBackups("文件", "备份与恢复…");
        Button restore = lookup("#backups-restore").queryAs(Button.class);
        assertThat(restore.isDisabled()).as("nothing selected yet").isTrue();
        int row = table().getItems().stream().map(BackupsViewModel.Row::info).map(BackupInfo::file).toList().indexOf(manual);
        interact(() -> table().getSelectionModel().select(row));
        assertThat(restore.isDisabled()).isFalse();

        // one confirmation; cancelling it changes nothing
        clickOn("#backups-restore");
        Dialogs.waitForDialog(this);
        assertThat(lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .contains(manual.getFileName().toString()).contains(sample.enterprises() + " 家企业").contains("恢复前")
                .contains("记录校验码 " + code);
        Screenshots.save(lookup(".dialog-pane").match(Dialogs::showing).query().getScene(), "backups-confirm");
        Dialogs.clickButton(this, "取消");
        assertThat(window.ctx.enterprises().summary().enterprises()).isZero();

        var oldContext = window.ctx;
        clickOn("#backups-restore");
        Dialogs.clickButton(this, "确定");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.ctx != oldContext);
        Dialogs.waitForDialog(this);
        String done = lookup(".dialog-pane .content").queryAs(Label.class).getText();
        assertThat(done).startsWith("已恢复").contains(sample.enterprises() + " 家企业").contains("before-restore");
        Dialogs.clickButton(this, "确定");

        // the restored data has its own users (this backup none yet): sign in again before the main window
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#sign-in-new-password").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false));
        interact(() -> {
            lookup("#sign-in-name").queryAs(javafx.scene.control.TextField.class).setText("管理员甲");
            lookup("#sign-in-new-password").queryAs(javafx.scene.control.TextField.class).setText("Secret2026");
            lookup("#sign-in-repeat").queryAs(javafx.scene.control.TextField.class).setText("Secret2026");
        });
        clickOn("#sign-in-go");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#navList").tryQuery().isPresent());
        assertThat(window.ctx.actor().name()).isEqualTo("管理员甲");
        // the restore is a record of the restored trail, by the administrator who restored
        var ev = cn.hazedesk.infra.db.generated.Tables.AUDIT_EVENT;
        assertThat(window.ctx.store().dsl().select(ev.ACTOR, ev.DETAIL).from(ev).where(ev.ACTION.eq("backup.restore"))
                .fetch().map(r -> r.value1() + " " + r.value2())).singleElement().asString()
                .startsWith("值班员 ad1:backup.restore&code=").contains("&previous=");

        // the main window shows the restored list, and the data before the restore is a backup of its own
        assertThat(window.ctx.enterprises().summary()).isEqualTo(sample);
        clickOn("#navList");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#list-counts").tryQuery()
                .map(n -> ((Label) n).getText().contains(sample.enterprises() + " / " + sample.enterprises())).orElse(false));
        List<BackupInfo> all = window.ctx.backups().list();
        BackupInfo kept = all.stream().filter(b -> b.reason().equals("before-restore")).findFirst().orElseThrow();
        assertThat(kept.enterprises()).as("the list as it was before the restore").isZero();
        assertThat(kept.usable()).isTrue();
        assertThat(Window.getWindows().stream().filter(Window::isShowing).count()).as("the backups window closed").isEqualTo(1);
    }

    @Test
    void aBackupThatDoesNotOpenIsMarkedAndCannotBeRestored() throws Exception {
        window = AppWindow.open(dir, Locale.ENGLISH, true, 1280, 860);
        Files.createDirectories(dir.resolve("backups"));
        Path broken = Files.write(dir.resolve("backups/hazedesk-20261201-080000-daily.zip"), "not a zip at all".getBytes());
        openBackups("File", "Backup and restore…");
        assertThat(lookup("#backups-intro").queryAs(Label.class).getText()).startsWith("Backups are in");
        BackupsViewModel.Row row = table().getItems().stream().filter(r -> r.info().file().equals(broken)).findFirst().orElseThrow();
        assertThat(row.status()).isEqualTo("does not open");
        assertThat(row.reason()).isEqualTo("first start of the day");
        assertThat(row.enterprises()).isEqualTo("—");
        interact(() -> table().getSelectionModel().select(row));
        assertThat(lookup("#backups-restore").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(status()).isEqualTo("Backups: " + table().getItems().size());
        Screenshots.save(lookup("#backups").query().getScene(), "backups-en");
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("hazedesk-")).count())
                    .as("nothing was removed").isGreaterThanOrEqualTo(1);
        }
    }
}
