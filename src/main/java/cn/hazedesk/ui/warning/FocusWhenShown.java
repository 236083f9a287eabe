package cn.hazedesk.ui.warning;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Puts the cursor on a control of a page that is being brought forward: at once when the control is already in the
 * window, else as soon as its page is (a tab's page is built when the tab is first shown and joins the window on the
 * tab pane's next layout; a focus asked for before that is lost).
 */
final class FocusWhenShown {
    private FocusWhenShown() {
    }

    /**
     * Whenever {@code page} asks for {@code mine} — now (the page is being built because it was asked for) or later —
     * and {@code when} holds, focuses {@code control} after {@code first}.
     */
    static <P> void onPage(javafx.beans.value.ObservableValue<P> page, P mine, java.util.function.BooleanSupplier when,
                           Node control, Runnable first) {
        java.util.function.Consumer<P> asked = p -> {
            if (p == mine && when.getAsBoolean()) {
                request(control, first);
            }
        };
        page.addListener((o, was, p) -> asked.accept(p));
        asked.accept(page.getValue());
    }

    /** Focuses {@code control} (after {@code first}, e.g. scrolling it into view) once it is in a window. */
    static void request(Node control, Runnable first) {
        Runnable focus = () -> {
            first.run();
            control.requestFocus();
        };
        if (control.getScene() != null) {
            Platform.runLater(focus);
            return;
        }
        control.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    control.sceneProperty().removeListener(this);
                    Platform.runLater(focus);
                }
            }
        });
    }
}
