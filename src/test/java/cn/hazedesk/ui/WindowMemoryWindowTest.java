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
    private AppWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
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
