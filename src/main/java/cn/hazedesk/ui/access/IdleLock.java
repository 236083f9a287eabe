package cn.hazedesk.ui.access;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Locks the window after a while without keyboard or mouse input (data/access.csv idle_lock_minutes):
 * the main window's content is covered — not closed, so nothing typed and not yet saved is lost — and a modal window
 * asks the signed-in user's password again. Every window of the application counts as input.
 */
public final class IdleLock {
    private final Stage stage;
    private final java.time.Duration idle;
    private final Function<Runnable, Parent> unlockForm;
    private final LongSupplier nanos;
    private final Timeline timer;
    private final EventHandler<Event> activity = e -> touch();
    private volatile long last;
    private Stage lockWindow;
    private StackPane cover;

    /**
     * @param unlockForm makes the form that asks for the password; it runs the given action once the password was
     *                   right
     */
    public IdleLock(Stage stage, java.time.Duration idle, Function<Runnable, Parent> unlockForm) {
        this(stage, idle, unlockForm, System::nanoTime);
    }

    IdleLock(Stage stage, java.time.Duration idle, Function<Runnable, Parent> unlockForm, LongSupplier nanos) {
        this.stage = stage;
        this.idle = idle;
        this.unlockForm = unlockForm;
        this.nanos = nanos;
        this.last = nanos.getAsLong();
        long checkMillis = Math.max(200, Math.min(15_000, idle.toMillis() / 4));
        this.timer = new Timeline(new KeyFrame(Duration.millis(checkMillis), e -> check()));
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    /** Starts watching input in every window of the application. */
    public IdleLock start() {
        Window.getWindows().addListener((javafx.collections.ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(w -> w.addEventFilter(InputEvent.ANY, activity));
            }
        });
        Window.getWindows().forEach(w -> w.addEventFilter(InputEvent.ANY, activity));
        touch();
        timer.play();
        return this;
    }

    public void stop() {
        timer.stop();
    }

    public boolean locked() {
        return lockWindow != null;
    }

    private void touch() {
        if (lockWindow == null) {
            last = nanos.getAsLong();
        }
    }

    private void check() {
        if (lockWindow == null && stage.isShowing() && nanos.getAsLong() - last >= idle.toNanos()) {
            lock();
        }
    }

    /** Covers the main window and asks for the password (also used by tests). */
    public void lock() {
        if (lockWindow != null || stage.getScene() == null) {
            return;
        }
        Parent root = stage.getScene().getRoot();
        cover = new StackPane();
        cover.getStyleClass().add("lock-cover");
        cover.setId("lock-cover");
        StackPane layered = new StackPane();
        stage.getScene().setRoot(layered);
        layered.getChildren().setAll(root, cover);
        root.setVisible(false); // hidden, not closed: its state and unsaved input stay

        lockWindow = new Stage();
        lockWindow.initOwner(stage);
        lockWindow.initModality(Modality.APPLICATION_MODAL);
        lockWindow.setTitle(stage.getTitle());
        lockWindow.setOnCloseRequest(Event::consume); // only the password (or 退出) ends the lock
        Scene scene = new Scene(unlockForm.apply(this::unlock));
        scene.getStylesheets().addAll(stage.getScene().getStylesheets());
        lockWindow.setScene(scene);
        lockWindow.show();
    }

    private void unlock() {
        Parent layered = stage.getScene().getRoot();
        if (layered instanceof StackPane sp && sp.getChildren().size() == 2 && sp.getChildren().get(1) == cover) {
            Parent root = (Parent) sp.getChildren().get(0);
            sp.getChildren().clear();
            root.setVisible(true);
            stage.getScene().setRoot(root);
        }
        cover = null;
        last = nanos.getAsLong();
        Stage w = lockWindow;
        if (w != null) {
            w.close();
        }
        lockWindow = null; // last: the window is whole again when locked() says so
    }
}
