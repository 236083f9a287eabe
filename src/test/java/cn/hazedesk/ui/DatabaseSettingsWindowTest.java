package cn.hazedesk.ui;

import cn.hazedesk.i18n.Messages;
import cn.hazedesk.testing.Actors;
import cn.hazedesk.testing.GuardedPostgres;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 文件 → 数据库设置… in the real main window on a real data folder and a real PostgreSQL: an administrator tests a
 * server, can save only what was tested, and the settings file is written; this folder's data is copied to an empty
 * database from the same window with its counts shown, then the seat switches to it; others never see the menu.
 */
class DatabaseSettingsWindowTest extends FxRobot {
    @TempDir
    static Path serverDir;
    /** A server as a bureau runs one: passwords required, TLS offered. */
    private static GuardedPostgres server;
    private static int next;
    @TempDir
    Path dir;
    private AppWindow window;

    @BeforeAll
    static void start() throws Exception {
        server = GuardedPostgres.start(serverDir);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    private static String emptyDatabase() {
        String db = "seat_db_" + (++next);
        server.admin("CREATE DATABASE " + db + " OWNER " + GuardedPostgres.USER);
        return db;
    }

    private MenuItem databaseItem() {
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().get(0).getItems().stream().filter(i -> "menu-database".equals(i.getId())).findFirst()
                .orElseThrow();
    }

    private void openSettings() throws Exception {
        interact(() -> databaseItem().fire());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#database-settings").tryQuery().isPresent());
    }

    private void fill(String id, String value) {
        TextField f = lookup(id).queryAs(TextField.class);
        interact(f::clear);
        clickOn(f).write(value);
    }

    private void serverValues(String database, String password) {
        clickOn("#database-server");
        fill("#database-host", "localhost");
        fill("#database-port", String.valueOf(server.port()));
        fill("#database-name", database);
        fill("#database-user", GuardedPostgres.USER);
        fill("#database-password", password); // TLS stays required, as by default
    }

    private String result() {
        return lookup("#database-result").queryAs(Label.class).getText();
    }

    private void test(String expected) throws Exception {
        clickOn("#database-test");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> result().contains(expected));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean saveEnabled() {
        return !lookup("#database-save").queryAs(Button.class).isDisabled();
    }

    @Test
    void anAdministratorTestsSavesAndCopiesThisFoldersDataToTheServer() throws Exception {
        window = AppWindow.openAs(dir, Messages.CHINESE, Actors.of("管理员甲", "ADMINISTRATOR", null));
        int enterprises = window.ctx.enterprises().summary().enterprises();
        assertThat(databaseItem().isVisible()).isTrue();
        openSettings();
        assertThat(lookup("#database-current").queryAs(Label.class).getText()).contains("本机数据文件").contains(dir.toString());
        Screenshots.save(lookup("#database-settings").query().getScene(), "database-settings-local");

        // a wrong password: said so, nothing can be saved
        String first = emptyDatabase();
        serverValues(first, "wrong");
        assertThat(saveEnabled()).as("a server is saved only after a successful test").isFalse();
        test("拒绝");
        assertThat(result()).contains("localhost:" + server.port() + "/" + first).doesNotContain("wrong");
        assertThat(saveEnabled()).isFalse();
        Screenshots.save(lookup("#database-settings").query().getScene(), "database-settings-refused");

        // the right one: connected, empty; saving becomes possible; any change asks for a new test
        fill("#database-password", GuardedPostgres.PASSWORD);
        test("已连接");
        assertThat(result()).contains("PostgreSQL 17.").contains("已加密（TLS）").contains("空的");
        assertThat(saveEnabled()).isTrue();
        Screenshots.save(lookup("#database-settings").query().getScene(), "database-settings-connected");
        clickOn("#database-port").write("9");
        assertThat(saveEnabled()).isFalse();
        assertThat(result()).contains("请先“测试连接”");
        fill("#database-port", String.valueOf(server.port()));
        test("已连接");
        clickOn("#database-save");
        Dialogs.waitForDialog(this);
        assertThat(lookup(".dialog-pane .content").queryAs(Label.class).getText()).contains("下次启动").contains(first);
        Dialogs.clickButton(this, "确定");
        String settings = Files.readString(dir.resolve("database.properties"));
        assertThat(settings).contains("/" + first).contains("passwordFile=database.password").contains("sslmode=require").doesNotContain(GuardedPostgres.PASSWORD);
        assertThat(Files.readAllLines(dir.resolve("database.password"))).containsExactly(GuardedPostgres.PASSWORD);

        // the copy: into another empty database, after a confirmation; the counts shown; then the seat switches
        String second = emptyDatabase();
        fill("#database-name", second);
        test("已连接");
        clickOn("#database-copy");
        Dialogs.waitForDialog(this);
        Dialogs.clickButton(this, "确定");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> lookup("#database-copy-result").queryAs(TextArea.class)
                .getText().contains("已复制并核对"));
        String counts = lookup("#database-copy-result").queryAs(TextArea.class).getText();
        assertThat(counts).contains("enterprise：" + enterprises + " 行").contains("哈希链完整");
        Dialogs.waitForDialog(this); // 把本席位切换到 …？
        Screenshots.save(lookup("#database-settings").query().getScene(), "database-settings-copied");
        Dialogs.clickButton(this, "确定");
        Dialogs.waitForDialog(this); // 已保存 …
        Dialogs.clickButton(this, "确定");
        assertThat(Files.readString(dir.resolve("database.properties"))).contains("/" + second);
        assertThat(window.ctx.store().server()).as("this run stays on its file").isEmpty();
        assertThat(window.ctx.auditQuery().forSubject("database.settings")).hasSize(2);
    }

    @Test
    void inEnglishTheWindowSaysTheSameAndOthersThanAdministratorsNeverSeeIt() throws Exception {
        window = AppWindow.openAs(dir, Locale.ENGLISH, Actors.of("Wang", "ADMINISTRATOR", null));
        openSettings();
        serverValues("no_such_database", GuardedPostgres.PASSWORD);
        test("no database of that name");
        Screenshots.save(lookup("#database-settings").query().getScene(), "database-settings-en-missing");
        String db = emptyDatabase();
        fill("#database-name", db);
        test("Connected to");
        Screenshots.save(lookup("#database-settings").query().getScene(), "database-settings-en-connected");
        window.close();
        window = AppWindow.openAs(dir, Locale.ENGLISH, Actors.of("Li", "DUTY_OFFICER", null));
        assertThat(databaseItem().isVisible()).isFalse();
    }
}
