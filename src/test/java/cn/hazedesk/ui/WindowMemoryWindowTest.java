package cn.hazedesk.ui;

import cn.hazedesk.i18n.Messages;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window opens where the officer left it on this data folder: its size and place, and the list's column widths
 * as they were dragged. A layout that no longer fits a screen is not restored.
 */
class WindowMemoryWindowTest extends FxRobot {
    @TempDir
    Path dir;
    @TempDir
    Path otherDir;
    private AppWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            interact(() -> window.stage.setMaximized(false)); // the primary stage is reused by the next test
            window.close();
        }
    }

    /** The first column of the table {@code tableId}, on the page {@code open} brings up. */
    private javafx.scene.control.TableColumn<?, ?> firstColumn(String tableId, Runnable open) throws Exception {
        open.run();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup(tableId).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = lookup(tableId).queryAs(TableView.class);
        return table.getColumns().get(0);
    }

    private javafx.scene.control.TableColumn<?, ?> ordersColumn() throws Exception {
        return firstColumn("#response-orders", () -> {
            clickOn("#navWarnings");
            clickOn("响应跟踪");
        });
    }

    private javafx.scene.control.TableColumn<?, ?> queueColumn() throws Exception {
        return firstColumn("#queue-table", () -> clickOn("#navGrading"));
    }

    private javafx.scene.control.TableColumn<?, ?> auditColumn() throws Exception {
        return firstColumn("#audit-table", () -> clickOn("#navAudit"));
    }

    @Test
    void theOtherBigTablesKeepTheirColumnsPerDataFolderAndAMaximisedWindowOpensMaximised() throws Exception {
        window = AppWindow.open(dir, Messages.CHINESE, true, 1280, 860);
        var audit = auditColumn();
        interact(() -> audit.setPrefWidth(280)); // a table whose columns fill its width: the others give way
        WaitForAsyncUtils.waitForFxEvents();
        double auditWidth = audit.getWidth();
        var orders = ordersColumn();
        interact(() -> orders.setPrefWidth(211));
        var queue = queueColumn();
        interact(() -> queue.setPrefWidth(322));
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> window.stage.setMaximized(true));
        WaitForAsyncUtils.waitForFxEvents();
        interact(window.stage::hide);
        Path file = window.ctx.store().dataFolder().resolve("window.properties");
        assertThat(Files.readString(file)).contains("columns/response-orders/0=211").contains("columns/queue-table/0=322")
                .contains("window.maximized=true");
        interact(() -> window.stage.setMaximized(false)); // the next window reuses this stage: maximised only if restored
        window.close();

        // closed maximised, with no normal size and place ever remembered: it opens maximised all the same
        Files.writeString(file, Files.readString(file).replaceAll("window.bounds=.*\\R", ""));
        window = AppWindow.open(dir, Messages.CHINESE, true);
        interact(window.stage::show);
        assertThat(window.stage.isMaximized()).isTrue();
        interact(() -> {
            window.stage.setMaximized(false);
            window.stage.setX(0);
            window.stage.setY(0);
            window.stage.setWidth(1280);
            window.stage.setHeight(860);
        });
        assertThat(ordersColumn().getWidth()).isEqualTo(211);
        assertThat(queueColumn().getWidth()).isEqualTo(322);
        // the columns of 操作记录 fill the table's width: the name column keeps most of the room it was given
        double restoredAudit = auditColumn().getWidth();
        window.close();

        // another data folder has a layout of its own
        window = AppWindow.open(otherDir, Messages.CHINESE, true, 1280, 860);
        assertThat(window.stage.isMaximized()).isFalse();
        assertThat(ordersColumn().getWidth()).isNotEqualTo(211);
        assertThat(queueColumn().getWidth()).isNotEqualTo(322);
        double defaultAudit = auditColumn().getWidth();
        assertThat(auditWidth).isGreaterThan(defaultAudit + 40);
        assertThat(restoredAudit).isGreaterThan(defaultAudit + 20);
    }

    private TableView<?> listTable() throws Exception {
        clickOn("#navList");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#enterprise-table").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return lookup("#enterprise-table").queryAs(TableView.class);
    }

    @Test
    void theWindowAndTheColumnsOpenAsTheyWereLeft() throws Exception {
        window = AppWindow.open(dir, Messages.CHINESE, true);
        TableView<?> table = listTable();
        interact(() -> {
            window.stage.setX(40);
            window.stage.setY(30);
            window.stage.setWidth(1100);
            window.stage.setHeight(720);
            table.getColumns().get(0).setPrefWidth(333); // as the officer drags the name column wider
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(window.stage::hide); // the window is closed
        Path file = window.ctx.store().dataFolder().resolve("window.properties");
        assertThat(Files.readString(file)).contains("window.bounds=40.0,30.0,1100.0,720.0").contains("columns/enterprise-table/0=333");
        window.close();

        window = AppWindow.open(dir, Messages.CHINESE, true);
        interact(window.stage::show);
        assertThat(window.stage.getWidth()).isEqualTo(1100);
        assertThat(window.stage.getHeight()).isEqualTo(720);
        assertThat(window.stage.getX()).isEqualTo(40);
        TableView<?> again = listTable();
        assertThat(again.getColumns().get(0).getWidth()).isEqualTo(333);
        window.close();

        // a place off every screen (the second monitor is gone): the window opens at its own size instead
        Files.writeString(file, "window.bounds=5000.0,4000.0,1100.0,720.0\n");
        window = AppWindow.open(dir, Messages.CHINESE, true);
        assertThat(window.stage.getX()).isLessThan(1280);
    }
}
