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

    /** True while any task runs. */
    ReadOnlyBooleanProperty busyProperty();

    /** Title or latest progress message of the most recent running task; empty when idle. */
    ReadOnlyStringProperty messageProperty();

    /** 0..1, or -1 for indeterminate; 0 when idle. */
    ReadOnlyDoubleProperty progressProperty();
}
