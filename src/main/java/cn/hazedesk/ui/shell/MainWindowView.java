package cn.hazedesk.ui.shell;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.StatusBar;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** Controller of fxml/shell/MainWindow.fxml: bindings between the controls and {@link MainWindowViewModel}. */
public final class MainWindowView {
    private final MainWindowViewModel vm;
    private final Function<WorkArea, Parent> pages;
    private final Runnable showAbout;
    private final Runnable showBackups;
    private final Runnable exit;
    private final Runnable showUsers;
    private final Runnable showDatabase;
    @FXML private Label chainWarning;
    @FXML private Label serverNotice;
    private final Map<WorkArea, Parent> loaded = new EnumMap<>(WorkArea.class);
    /** The window is drawn before the first area's page is built (the main window replacing the sign-in form). */
    private final boolean pageAfterWindow;

    @FXML private ToggleGroup navigation;
    @FXML private ToggleButton navWarnings;
    @FXML private ToggleButton navList;
    @FXML private ToggleButton navGrading;
    @FXML private ToggleButton navDocuments;
    @FXML private ToggleButton navAudit;
    @FXML private StackPane content;
    @FXML private Label areaTitle;
    @FXML private StatusBar statusBar;
    @FXML private MenuItem openLogsItem;

    /**
     * {@code pages} builds a work area's page the first time it is shown; the menu's 关于, 备份与恢复…, 用户… and 退出
     * run {@code showAbout}, {@code showBackups}, {@code showUsers} and {@code exit}; 数据库设置… (administrators)
     * {@code showDatabase}.
     */
    public MainWindowView(MainWindowViewModel vm, Function<WorkArea, Parent> pages, Runnable showAbout,
                          Runnable showBackups, Runnable showUsers, Runnable showDatabase, Runnable exit) {
        this(vm, pages, showAbout, showBackups, showUsers, showDatabase, exit, false);
    }

    /**
     * As above; {@code pageAfterWindow}: the window is drawn first, with a line saying the area is opening where its
     * page goes, and the first area's page is built in the frame after (signing in is done when the window shows,
     * not when the page behind it is built and styled).
     */
    public MainWindowView(MainWindowViewModel vm, Function<WorkArea, Parent> pages, Runnable showAbout,
                          Runnable showBackups, Runnable showUsers, Runnable showDatabase, Runnable exit,
                          boolean pageAfterWindow) {
        this.pageAfterWindow = pageAfterWindow;
        this.vm = vm;
        this.showUsers = showUsers;
        this.showDatabase = showDatabase;
        this.pages = pages;
        this.showAbout = showAbout;
        this.showBackups = showBackups;
        this.exit = exit;
    }

    @FXML
    private void initialize() {
        Map<WorkArea, ToggleButton> buttons = new EnumMap<>(WorkArea.class);
        buttons.put(WorkArea.WARNINGS, navWarnings);
        buttons.put(WorkArea.LIST, navList);
        buttons.put(WorkArea.GRADING, navGrading);
        buttons.put(WorkArea.DOCUMENTS, navDocuments);
        buttons.put(WorkArea.AUDIT, navAudit);
        buttons.forEach((area, button) -> button.setUserData(area));
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one area is always shown
            } else {
                vm.areaProperty().set((WorkArea) now.getUserData());
            }
        });
        vm.areaProperty().addListener((obs, old, now) -> show(now, buttons));
        if (pageAfterWindow) {
            showAfterWindow(vm.areaProperty().get(), buttons);
        } else {
            show(vm.areaProperty().get(), buttons);
        }

        statusBar.textProperty().bind(vm.statusTextProperty());
        statusBar.progressProperty().bind(vm.progressProperty());
        chainWarning.textProperty().bind(vm.chainWarningProperty());
        chainWarning.visibleProperty().bind(vm.chainWarningProperty().isNotEmpty());
        chainWarning.managedProperty().bind(chainWarning.visibleProperty());
        showServerNotice();
        if (!vm.userText().isEmpty()) {
            Label user = new Label(vm.userText());
            user.setId("status-user");
            user.getStyleClass().add("status-user");
            statusBar.getRightItems().add(user);
        }
        Label news = new Label();
        news.setId("status-seat-news");
        news.getStyleClass().add("status-seat-news");
        news.textProperty().bind(vm.seatNewsProperty());
        news.managedProperty().bind(news.textProperty().isNotEmpty());
        statusBar.getRightItems().add(news);
        Label folder = new Label(vm.dataFolderText());
        folder.getStyleClass().add("status-folder");
        statusBar.getRightItems().add(folder);
    }

    /** The line under the menu about the database server: lost (stays), or back (for ten seconds). */
    private void showServerNotice() {
        serverNotice.textProperty().bind(vm.serverNoticeProperty());
        serverNotice.visibleProperty().bind(vm.serverNoticeProperty().isNotEmpty());
        serverNotice.managedProperty().bind(serverNotice.visibleProperty());
        javafx.animation.PauseTransition back = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(10));
        back.setOnFinished(e -> vm.dismissServerBack());
        vm.serverNoticeProperty().addListener((o, a, b) -> {
            boolean lost = vm.serverLostProperty().get();
            serverNotice.getStyleClass().removeAll("server-lost", "server-back");
            serverNotice.getStyleClass().add(lost ? "server-lost" : "server-back");
            if (lost) {
                back.stop();
            } else if (!b.isEmpty()) {
                back.playFromStart();
            }
        });
    }

    /**
     * The area's title and a line saying it opens, then its page once the window has been drawn: an animation
     * timer's second frame is the pulse after the one that drew the window (unless another area was chosen since).
     */
    private void showAfterWindow(WorkArea area, Map<WorkArea, ToggleButton> buttons) {
        navigation.selectToggle(buttons.get(area));
        areaTitle.setText(vm.areaTitle(area));
        Label opening = new Label(vm.openingText());
        opening.setId("area-opening");
        opening.getStyleClass().add("area-opening");
        content.getChildren().setAll(opening);
        new javafx.animation.AnimationTimer() {
            private int frames;
            private int waited;

            @Override
            public void handle(long now) {
                boolean drawn = content.getScene() != null && content.getScene().getWindow() != null
                        && content.getScene().getWindow().isShowing();
                if (!drawn && ++waited > 600) {
                    stop(); // the window was closed before it was ever shown
                }
                if (!drawn || ++frames < 2) {
                    return;
                }
                stop();
                if (vm.areaProperty().get() == area && !loaded.containsKey(area)) {
                    show(area, buttons);
                }
            }
        }.start();
    }

    private void show(WorkArea area, Map<WorkArea, ToggleButton> buttons) {
        Toggle t = buttons.get(area);
        if (navigation.getSelectedToggle() != t) {
            navigation.selectToggle(t);
        }
        areaTitle.setText(vm.areaTitle(area));
        Parent page = loaded.computeIfAbsent(area, pages);
        content.getChildren().setAll(page);
    }

    @FXML private void showWarnings() { vm.areaProperty().set(WorkArea.WARNINGS); }
    @FXML private void showList() { vm.areaProperty().set(WorkArea.LIST); }
    @FXML private void showGrading() { vm.areaProperty().set(WorkArea.GRADING); }
    @FXML private void showDocuments() { vm.areaProperty().set(WorkArea.DOCUMENTS); }
    @FXML private void showAudit() { vm.areaProperty().set(WorkArea.AUDIT); }
    /** 文书 → 按级别预览应急响应告知书…: the documents area, where the level and district are chosen. */
    @FXML private void ordersByLevel() { vm.areaProperty().set(WorkArea.DOCUMENTS); }
    @FXML private void openLogFolder() { vm.openLogFolder(); }
    @FXML private void about() { showAbout.run(); }
    /** 文件 → 备份与恢复…: the backups window. */
    @FXML private void backups() { showBackups.run(); }
    /** 文件 → 用户…: the administrator's user list. */
    @FXML private void users() { showUsers.run(); }

    /** 文件 → 数据库设置…: the database settings window (administrators). */
    @FXML private void database() { showDatabase.run(); }
    @FXML private void exit() { exit.run(); }
}
