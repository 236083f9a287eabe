package cn.hazedesk.ui;

import cn.hazedesk.application.EnterpriseRow;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.testing.StoppablePostgres;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window of a seat whose PostgreSQL server goes away during the session (a server of the test's own, stopped
 * and started again): the main window says so and says when it is back, the enterprise editor keeps what was typed
 * and saves it once the server answers, and the list that cannot be read says so and fills itself afterwards.
 */
class ServerLossWindowTest extends FxRobot {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static StoppablePostgres server;

    @TempDir
    static Path serverDir;
    @TempDir
    Path dir;
    private AppWindow window;

    @BeforeAll
    static void startServer() {
        server = StoppablePostgres.start(serverDir.resolve("pg"), "hz_first");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void database() {
        String db = "hz_window_" + NEXT.incrementAndGet();
        server.admin("postgres", "CREATE DATABASE " + db + " OWNER hazedesk");
        server.useIn(dir, db);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<EnterpriseRow> table() {
        return lookup("#enterprise-table").queryAs(TableView.class);
    }

    private Label notice() {
        return lookup("#server-notice").queryAs(Label.class);
    }

    private void waitForNotice(String part) throws Exception {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> notice().isVisible() && notice().getText().contains(part));
    }

    /** Waits until the banner wears {@code styleClass}, read on the JavaFX thread (its text and look change in turn). */
    private void waitForNoticeStyle(String styleClass) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            boolean[] worn = new boolean[1];
            interact(() -> worn[0] = notice().getStyleClass().contains(styleClass));
            return worn[0];
        });
    }

    private void editFirst(String filter) throws Exception {
        clickOn("#navList");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !table().getItems().isEmpty());
        clickOn("#list-filter").write(filter);
        WaitForAsyncUtils.waitForFxEvents();
        EnterpriseRow target = table().getItems().get(0);
        clickOn(target.name());
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#editor-name").tryQuery()
                .map(n -> ((TextField) n).getText().equals(target.name())).orElse(false));
    }

    private void typePhone(String phone) {
        TextField field = lookup("#editor-phone").queryAs(TextField.class);
        doubleClickOn(field);
        interact(field::clear);
        clickOn(field).write(phone);
    }

    @Test
    void theEditorKeepsWhatWasTypedWhileTheServerIsGoneAndSavesItOnceItIsBack() throws Exception {
        window = AppWindow.open(dir, Messages.CHINESE, true, 1280, 860);
        editFirst("焦化");
        String uscc = lookup("#editor-uscc").queryAs(TextField.class).getText();
        Window editor = lookup("#enterprise-editor").query().getScene().getWindow();
        typePhone("0952-1234567");

        server.stop();
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Label message = lookup("#editor-save-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> message.isVisible() && !message.getText().isEmpty());
        assertThat(message.getText()).contains("与数据库服务器 localhost:").contains("的连接已断开").contains("没有写入一半")
                .doesNotContain("文件").doesNotContain("Exception");
        assertThat(lookup("#editor-phone").queryAs(TextField.class).getText()).isEqualTo("0952-1234567");
        assertThat(editor.isShowing()).isTrue();
        waitForNotice("正在重试");
        assertThat(notice().getText()).startsWith("与数据库服务器 localhost:").contains("的连接已断开，正在重试");
        waitForNoticeStyle("server-lost");
        Screenshots.save(editor.getScene(), "server-lost-editor");
        Screenshots.save(window.stage.getScene(), "server-lost-banner");

        server.restart();
        waitForNotice("已恢复");
        waitForNoticeStyle("server-back");
        Screenshots.save(window.stage.getScene(), "server-back-banner");
        clickOn("#editor-save");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !editor.isShowing());
        assertThat(window.ctx.enterprises().findByUscc(uscc).orElseThrow().enterprise().contactPhone()).isEqualTo("0952-1234567");
    }

    @Test
    void theListThatCannotBeReadSaysSoAndFillsItselfWhenTheServerIsBack() throws Exception {
        window = AppWindow.open(dir, Locale.ENGLISH, true, 1280, 860);
        server.stop();
        clickOn("#navList"); // the list's page is built, and read, when first shown
        Label placeholder = lookup("#list-table-placeholder").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> placeholder.getText().startsWith("Cannot load now"));
        assertThat(table().getItems()).isEmpty();
        assertThat(onScreen(placeholder)).isTrue();
        waitForNotice("retrying");
        Screenshots.save(window.stage.getScene(), "server-lost-list-en");
        clickOn("#navAudit");
        Label audit = lookup("#audit-table-placeholder").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> audit.getText().startsWith("Cannot load now"));
        @SuppressWarnings("unchecked")
        TableView<Object> auditTable = lookup("#audit-table").queryAs(TableView.class);
        clickOn("#navGrading");
        Label queue = lookup("#grade-queue-placeholder").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> queue.getText().startsWith("Cannot load now"));
        Screenshots.save(window.stage.getScene(), "server-lost-grading-en");
        clickOn("#navDocuments");
        Label orders = lookup("#orders-table-placeholder").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> orders.getText().startsWith("Cannot load now"));
        @SuppressWarnings("unchecked")
        TableView<Object> ordersTable = lookup("#orders-table").queryAs(TableView.class);
        assertThat(ordersTable.getItems()).isEmpty();
        assertThat(lookup("#orders-count").queryAs(Label.class).getText()).isEmpty();
        Screenshots.save(window.stage.getScene(), "server-lost-orders-en");

        server.restart();
        waitForNotice("is back");
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !queue.getText().startsWith("Cannot load now"));
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !auditTable.getItems().isEmpty());
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !ordersTable.getItems().isEmpty());
        clickOn("#navList");
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !table().getItems().isEmpty());
        assertThat(table().getItems()).hasSize(window.ctx.list().rows().size());
    }

    private boolean onScreen(Node n) {
        return n.getScene() != null && n.isVisible() && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
    }
}
