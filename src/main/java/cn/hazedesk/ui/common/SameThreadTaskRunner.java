package cn.hazedesk.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: for view-model tests, where no JavaFX thread exists. */
public final class SameThreadTaskRunner implements TaskRunner {
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private final SimpleStringProperty message = new SimpleStringProperty("");
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty(0);
    private final Consumer<Throwable> uncaught;

    public SameThreadTaskRunner(Consumer<Throwable> uncaught) {
        this.uncaught = uncaught;
    }

    @Override
    public <T> void run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        busy.set(true);
        message.set(title);
        T result;
        try {
            result = work.call((done, total, msg) -> {
                progress.set(total <= 0 ? -1 : (double) done / total);
                if (msg != null && !msg.isEmpty()) {
                    message.set(msg);
                }
            });
        } catch (Exception e) {
            finish();
            (onFailure != null ? onFailure : uncaught).accept(e);
            return;
        }
        finish();
        if (onSuccess != null) {
            onSuccess.accept(result);
        }
    }

    private void finish() {
        busy.set(false);
        message.set("");
        progress.set(0);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }
}
