package cn.hazedesk.ui;

import cn.hazedesk.domain.access.Scope;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.testing.Actors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 in the real window, headless: the first start asks for the administrator; a user signs in with the first
 * password and must change it; a wrong password is refused; the window hides what the role may not do; an idle window
 * locks without losing what was typed; a broken audit trail shows a standing warning.
 */
class SignInWindowTest extends FxRobot {
    @TempDir
    Path dir;
    private AppWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    private void waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    private void waitForNot(String query) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup(query).tryQuery().map(n -> !n.isVisible()
                || n.getScene() == null || !n.getScene().getWindow().isShowing()).orElse(true));
    }

    private void type(String query, String text) {
        interact(() -> ((TextField) lookup(query).query()).setText(text));
    }

    /** 文件 → 用户… of the main window. */
    private javafx.scene.control.MenuItem usersItem() {
        javafx.scene.control.MenuBar bar = lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().get(0).getItems().stream().filter(i -> "menu-users".equals(i.getId())).findFirst()
                .orElseThrow();
    }

    private java.util.Optional<Stage> lockWindow() {
        return Window.getWindows().stream().filter(w -> w != window.stage && w.isShowing() && w.getScene() != null)
                .filter(w -> w.getScene().lookup("#sign-in") != null).map(w -> (Stage) w).findFirst();
    }

    private String text(String query) {
        return ((Label) lookup(query).query()).getText();
    }

    @Test
    void theFirstStartCreatesTheAdministratorWhoSeesTheUsersMenu() throws Exception {
        window = AppWindow.signIn(dir, Messages.CHINESE, Duration.ofMinutes(30));
        waitFor("#sign-in-new-password");
        assertThat(text("#sign-in-heading")).contains("管理员");
        Screenshots.save(lookup("#sign-in").query().getScene(), "sign-in-first-administrator");
        type("#sign-in-name", "管理员甲");
        type("#sign-in-new-password", "Secret2026");
        type("#sign-in-repeat", "Secret2026");
        clickOn("#sign-in-go");
        waitFor("#status-user");
        assertThat(window.stage.getTitle()).contains("管理员甲").contains("管理员").contains("全市");
        assertThat(window.ctx.actor().name()).isEqualTo("管理员甲");
        assertThat(usersItem().isVisible()).isTrue();
        Screenshots.save(window.stage.getScene(), "admin-main-window");
        interact(() -> usersItem().fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("管理员甲").tryQuery().isPresent());
        Screenshots.save(lookup("#users").tryQuery().orElse(lookup(".root").query()).getScene(), "users");
    }

    @Test
    void aUserSignsInWithTheFirstPasswordChangesItAndSeesOnlyWhatTheRoleMayDo() throws Exception {
        window = AppWindow.signIn(dir, Messages.CHINESE, Duration.ofMinutes(30));
        var admin = window.ctx.accounts().createFirstAdministrator("管理员甲", "Secret2026".toCharArray()).value();
        window.ctx.accounts().addUser(admin, "王值班", "DUTY_OFFICER", Scope.district("640202"), "First2026".toCharArray());
        window.close();
        window = AppWindow.signIn(dir, Messages.CHINESE, Duration.ofMinutes(30));
        waitFor("#sign-in-password");

        type("#sign-in-name", "王值班");
        type("#sign-in-password", "wrong-password1");
        clickOn("#sign-in-go");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !text("#sign-in-message").isEmpty());
        assertThat(text("#sign-in-message")).contains("密码");
        assertThat(lookup("#status-user").tryQuery()).isEmpty();
        Screenshots.save(lookup("#sign-in").query().getScene(), "sign-in-wrong-password");

        type("#sign-in-password", "First2026");
        clickOn("#sign-in-go");
        waitFor("#sign-in-new-password");
        // the first password just accepted stays as the current one: the user types only the new one, twice
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#sign-in-new-password").query().isFocused());
        type("#sign-in-new-password", "Mine20261204");
        type("#sign-in-repeat", "Mine20261204");
        clickOn("#sign-in-go");
        waitFor("#status-user");
        assertThat(window.stage.getTitle()).contains("王值班").contains("值班员").contains("大武口区");

        // a district duty officer: no new episode (warnings are the city's), no list edits, no users menu
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#episode-new-drill").tryQuery().isPresent());
        assertThat(lookup("#episode-new").tryQuery().map(Node::isVisible).orElse(false)).isFalse();
        assertThat(usersItem().isVisible()).isFalse();
        clickOn("应急减排清单");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#list-filter-text").tryQuery().isPresent()
                || lookup("#filter-clear").tryQuery().isPresent());
        assertThat(lookup("#list-new").tryQuery().map(Node::isVisible).orElse(false)).isFalse();
        assertThat(lookup("#list-import").tryQuery().map(Node::isVisible).orElse(false)).isFalse();
        Screenshots.save(window.stage.getScene(), "duty-officer-list");

        // the documents area offers the orders of the user's district only
        clickOn("文书打印");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#orders-district").tryQuery().isPresent());
        javafx.scene.control.ComboBox<?> district = lookup("#orders-district").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(district.getItems()).hasSize(1);
        assertThat(district.getItems().get(0).toString()).contains("大武口区");
    }

    @Test
    void anIdleWindowLocksKeepsWhatWasTypedAndOpensOnlyWithThePassword() throws Exception {
        window = AppWindow.signIn(dir, Messages.CHINESE, Duration.ofSeconds(2));
        waitFor("#sign-in-new-password");
        type("#sign-in-name", "管理员甲");
        type("#sign-in-new-password", "Secret2026");
        type("#sign-in-repeat", "Secret2026");
        clickOn("#sign-in-go");
        waitFor("#status-user");
        clickOn("应急减排清单");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#filter-clear").tryQuery().isPresent());
        TextField filter = lookup("#list-filter").queryAs(TextField.class);
        interact(() -> filter.setText("焦化 未保存的筛选"));

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.idleLock != null && window.idleLock.locked()
                && lockWindow().isPresent());
        Stage lock = lockWindow().orElseThrow();
        assertThat(lock.getModality()).isEqualTo(javafx.stage.Modality.APPLICATION_MODAL);
        assertThat(window.stage.getScene().lookup("#lock-cover")).isNotNull();
        assertThat(filter.isVisible() && filter.getScene() != null && filter.getParent().isVisible()).isTrue();
        assertThat(((Label) lock.getScene().lookup("#sign-in-heading")).getText()).contains("锁定");
        Screenshots.save(lock.getScene(), "idle-lock");

        TextField pw = (TextField) lock.getScene().lookup("#sign-in-password");
        interact(() -> pw.setText("wrong-password1"));
        interact(() -> ((javafx.scene.control.Button) lock.getScene().lookup("#sign-in-go")).fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !((Label) lock.getScene().lookup("#sign-in-message")).getText().isEmpty());
        assertThat(window.idleLock.locked()).isTrue();

        interact(() -> pw.setText("Secret2026"));
        interact(() -> ((javafx.scene.control.Button) lock.getScene().lookup("#sign-in-go")).fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.idleLock.locked());
        assertThat(window.stage.getScene().lookup("#lock-cover")).isNull();
        assertThat(filter.getText()).isEqualTo("焦化 未保存的筛选");
        assertThat(filter.getScene()).isSameAs(window.stage.getScene());
    }

    @Test
    void anEditedAuditRecordShowsAStandingWarningNamingIt() throws Exception {
        window = AppWindow.signIn(dir, Messages.CHINESE, Duration.ofMinutes(30));
        var admin = window.ctx.accounts().createFirstAdministrator("管理员甲", "Secret2026".toCharArray()).value();
        window.ctx.sampleData().removeSample(Actors.all("维护员"));
        window.close();
        long id;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db/hazedesk"), "sa", "");
             Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT MIN(id) FROM audit_event");
            rs.next();
            id = rs.getLong(1);
            s.executeUpdate("UPDATE audit_event SET actor = '别人' WHERE id = " + id);
        }
        window = AppWindow.signIn(dir, Messages.CHINESE, Duration.ofMinutes(30));
        waitFor("#sign-in-password");
        type("#sign-in-name", admin.name());
        type("#sign-in-password", "Secret2026");
        clickOn("#sign-in-go");
        waitFor("#chain-warning");
        assertThat(text("#chain-warning")).contains("第 " + id + " 号记录").contains("改动");
        Screenshots.save(window.stage.getScene(), "audit-chain-warning");
    }
}
