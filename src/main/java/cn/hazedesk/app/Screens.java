package cn.hazedesk.app;

import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.FileChooserService;
import cn.hazedesk.ui.common.FxDialogService;
import cn.hazedesk.ui.common.Labels;
import cn.hazedesk.ui.common.TaskRunner;
import cn.hazedesk.ui.common.ViewLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What every feature assembly builds its screens with: one data folder's services ({@link AppContext}), the
 * window's {@link UiServices}, the FXML loader (which hides controls the signed-in user may not use) and the
 * shared labels; and the few steps every screen takes (load an FXML with its controller, open a dialog).
 */
final class Screens {
    final AppContext ctx;
    final UiServices ui;
    final Messages messages;
    final TaskRunner tasks;
    final DialogService dialogs;
    final FileChooserService files;
    final Stage stage;
    final Labels labels;
    private final ViewLoader views;
    /** The window's size and place and the tables' column widths, remembered per data folder. */
    final cn.hazedesk.ui.common.WindowMemory memory;
    /** Other seats' changes for the screens that show them (shared mode), and the status bar's line about them. */
    final cn.hazedesk.ui.common.SeatNews news;

    Screens(AppContext ctx, UiServices ui) {
        this.ctx = ctx;
        this.ui = ui;
        this.messages = ui.messages();
        this.tasks = ui.tasks();
        this.dialogs = ui.dialogs();
        this.files = ui.files();
        this.stage = ui.stage();
        // controls of actions the signed-in user may not take are hidden (the services refuse them anyway)
        this.memory = new cn.hazedesk.ui.common.WindowMemory(ctx.uiSettings());
        this.views = new ViewLoader(messages, a -> cn.hazedesk.domain.access.AccessPolicy.mayAtAll(ctx.actor(), a),
                memory);
        this.labels = new Labels(messages, ctx.regions());
        this.news = new cn.hazedesk.ui.common.SeatNews(ctx.changeFeed(), messages, ctx.clock());
    }

    /** Loads {@code fxml} with exactly one controller, {@code make}'s (constructor injection; no other is made). */
    <C> Parent load(String fxml, Class<C> controller, Supplier<C> make) {
        return views.<C>load(fxml, only(controller, make)).root();
    }

    /** As {@link #load} with every control shown (the sign-in form, before anyone is signed in). */
    <C> Parent loadUnfiltered(String fxml, Class<C> controller, Supplier<C> make) {
        return new ViewLoader(messages).<C>load(fxml, only(controller, make)).root();
    }

    /** A window-modal dialog over the main window, titled by {@code titleKey}. */
    Stage dialog(String titleKey) {
        Stage dialog = new Stage();
        dialog.initOwner(stage);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get(titleKey));
        return dialog;
    }

    /** Messages and questions over {@code window} rather than over the main window. */
    DialogService dialogsOver(Stage window) {
        return new FxDialogService(() -> window, messages);
    }

    /** Puts {@code root} in {@code dialog} with the app's style sheet and shows it. */
    void show(Stage dialog, Parent root) {
        dialog.setScene(scene(root));
        dialog.show();
    }

    /** A scene with the app's style sheet. */
    static Scene scene(Parent root) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(Screens.class.getResource(UiAssembly.STYLESHEET)).toExternalForm());
        return scene;
    }

    /** A controller factory that makes exactly one controller class, and refuses any other. */
    private static javafx.util.Callback<Class<?>, Object> only(Class<?> type, Supplier<?> make) {
        return requested -> {
            if (requested != type) {
                throw new IllegalStateException("no controller registered for " + requested.getName());
            }
            return make.get();
        };
    }
}
