package cn.hazedesk.app;

import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.ui.access.IdleLock;
import cn.hazedesk.ui.document.DocumentPreviews;
import cn.hazedesk.ui.shell.MainWindowView;
import cn.hazedesk.ui.shell.MainWindowViewModel;
import cn.hazedesk.ui.shell.WorkArea;
import javafx.scene.Parent;
import javafx.scene.Scene;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The UI half of the composition root: the main window and the registry of work areas. Each work area's screens
 * are wired by its own feature assembly ({@link WarningsAssembly}, {@link ListAssembly}, {@link GradingAssembly},
 * {@link DocumentsAssembly}, {@link AuditAssembly}), the menus' dialogs by theirs ({@link AccessAssembly},
 * {@link BackupsAssembly}, {@link AboutAssembly}); everything is given by constructor, and a page is built the
 * first time its area is shown. A new area is one more assembly in the list below, not a branch here.
 */
public final class UiAssembly {
    public static final String STYLESHEET = "/css/app.css";

    private final AppContext ctx;
    private final UiServices ui;
    private final Consumer<AppContext> contextChanged;
    private final Screens screens;
    private final Map<WorkArea, WorkAreaAssembly> areas;
    private final AccessAssembly access;
    private final BackupsAssembly backups;
    private final AboutAssembly about;

    /**
     * @param contextChanged told when a restore has put another AppContext in use (the app closes that one at exit)
     */
    public UiAssembly(AppContext ctx, UiServices ui, Consumer<AppContext> contextChanged) {
        this.ctx = ctx;
        this.ui = ui;
        this.contextChanged = contextChanged;
        this.screens = new Screens(ctx, ui);
        DocumentPreviews previews = new PreviewAssembly(screens);
        this.areas = byArea(List.of(
                new WarningsAssembly(screens, previews),
                new ListAssembly(screens),
                new GradingAssembly(screens),
                new DocumentsAssembly(screens, previews),
                new AuditAssembly(screens)));
        this.access = new AccessAssembly(screens);
        this.backups = new BackupsAssembly(screens, this::reopen);
        this.about = new AboutAssembly(screens);
    }

    private static Map<WorkArea, WorkAreaAssembly> byArea(List<WorkAreaAssembly> assemblies) {
        Map<WorkArea, WorkAreaAssembly> map = new EnumMap<>(WorkArea.class);
        for (WorkAreaAssembly a : assemblies) {
            if (map.put(a.area(), a) != null) {
                throw new IllegalStateException("two assemblies for the work area " + a.area());
            }
        }
        return map;
    }

    /** The sign-in form on the stage; {@code then} gets the signed-in user, the actor of every record from then on. */
    public Scene showSignIn(Consumer<Actor> then, Runnable quit) {
        return access.showSignIn(then, quit);
    }

    /** Builds the main window's scene and puts it on the stage. */
    public Scene showMainWindow() {
        // shared mode: the window says when the server is lost and back, and screens that could not load load again
        cn.hazedesk.ui.common.ServerStatus server = new cn.hazedesk.ui.common.ServerStatus(ctx.store().serverConnection());
        ui.tasks().retryLoadsWith(server);
        MainWindowViewModel vm = new MainWindowViewModel(ui.messages(), ui.tasks(), ui.dialogs(), ui.folders(),
                ctx.store().dataFolder(), ctx.store().server().map(cn.hazedesk.infra.db.DatabaseSettings::server),
                ctx.store().logFolder(), access.signedIn(), ctx.auditIntegrity(), server, screens.news.hintProperty());
        javafx.stage.Stage stage = ui.stage();
        // replacing the sign-in form, the window is drawn first and the first area's page built just after it
        boolean replacing = stage.isShowing();
        Parent root = screens.load("shell/MainWindow.fxml", MainWindowView.class,
                () -> new MainWindowView(vm, this::page, about::show, backups::show, access::showUsers,
                        access::showDatabaseSettings, stage::close, replacing));
        Scene scene = Screens.scene(root);
        stage.setTitle(access.windowTitle());
        // where the window was last closed on this data folder, or the main window's own size in the middle of the
        // screen; set before the scene goes on, so that a showing stage need not lay the whole window out once more
        // just to find its size (a stage not yet shown takes its scene's size when shown, unless set before that)
        if (!screens.memory.restorePlace(stage) && replacing) {
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(root.prefWidth(-1), screen.getWidth()));
            stage.setHeight(Math.min(root.prefHeight(-1), screen.getHeight()));
            stage.centerOnScreen();
        }
        screens.memory.restoreMaximized(stage);
        stage.setScene(scene);
        screens.memory.rememberOnClose(ui.stage());
        vm.checkAuditTrail();
        return scene;
    }

    /** Locks the window after {@code idle} without input, asking the signed-in user's password again. */
    public IdleLock lockWhenIdle(Duration idle) {
        return access.lockWhenIdle(idle);
    }

    /** As {@link #lockWhenIdle(Duration)} after the time data/access.csv gives (default 30 minutes). */
    public IdleLock lockWhenIdle() {
        return lockWhenIdle(ctx.accounts().policy().idleLock());
    }

    private Parent page(WorkArea area) {
        WorkAreaAssembly assembly = areas.get(area);
        if (assembly == null) {
            throw new IllegalStateException("no assembly for the work area " + area);
        }
        return assembly.page();
    }

    /** The main window again, on the data folder as a restore left it; its users sign in again. */
    private void reopen(AppContext next) {
        UiAssembly again = new UiAssembly(next, ui, contextChanged);
        contextChanged.accept(next);
        access.stopIdleLock();
        again.showSignIn(actor -> {
            again.showMainWindow();
            again.lockWhenIdle();
        }, ui.stage()::close);
    }
}
