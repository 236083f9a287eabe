package cn.hazedesk.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

import java.util.function.Consumer;

/**
 * The one way view models run work off the JavaFX thread. Results and failures come back on the JavaFX
 * thread (or, in {@link SameThreadTaskRunner}, on the caller's). The latest running task's title and progress
 * are exposed for the status bar. A failure without a handler goes to the uncaught-error dialog: nothing is
 * swallowed.
 */
public interface TaskRunner {
    <T> void run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    default <T> void run(String title, Work<T> work, Consumer<? super T> onSuccess) {
        run(title, work, onSuccess, null);
    }

    /**
     * Runs a screen's load: when it fails because shared mode's database server is out of reach, {@code unavailable}
     * runs (the screen says it cannot load now and is retrying, instead of showing an empty table) and the same load
     * runs again by itself once the server answers; any other failure goes to {@code onFailure} (or the uncaught-error
     * dialog). Without a server to follow, as {@link #run}.
     */
    default <T> void load(String title, Work<T> work, Consumer<? super T> onSuccess, Runnable unavailable,
                          Consumer<Throwable> onFailure) {
        run(title, work, onSuccess, onFailure);
    }

    /** From now on, loads that met a lost server run again when {@code server} says it is back. */
    default void retryLoadsWith(ServerStatus server) {
        // runners without a window keep no loads to retry
    }

    /** True while any task runs. */
    ReadOnlyBooleanProperty busyProperty();

    /** Title or latest progress message of the most recent running task; empty when idle. */
    ReadOnlyStringProperty messageProperty();

    /** 0..1, or -1 for indeterminate; 0 when idle. */
    ReadOnlyDoubleProperty progressProperty();
}
