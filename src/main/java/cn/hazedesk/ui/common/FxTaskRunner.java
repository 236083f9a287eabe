package cn.hazedesk.ui.common;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs work as JavaFX {@link Task}s on one background thread, in order; callbacks and status updates on the JavaFX
 * thread.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor;
    private final Consumer<Throwable> uncaught;
    private final List<Task<?>> running = new ArrayList<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private volatile ServerStatus server;

    public FxTaskRunner(Consumer<Throwable> uncaught) {
        this.uncaught = uncaught;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "hazedesk-bg-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        // one worker: database writes never race each other (ids are assigned as max + 1 inside a transaction),
        // and work runs in the order the user asked for it
        this.executor = Executors.newSingleThreadExecutor(threads);
    }

    @Override
    public <T> void run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                updateMessage(title);
                return work.call((done, total, msg) -> {
                    if (total <= 0) {
                        updateProgress(-1, 1);
                    } else {
                        updateProgress(done, total);
                    }
                    if (msg != null && !msg.isEmpty()) {
                        updateMessage(msg);
                    }
                });
            }
        };
        task.setOnSucceeded(e -> {
            finished(task);
            if (onSuccess != null) {
                onSuccess.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            finished(task);
            Throwable error = task.getException();
            LOG.warn("Background task '{}' failed", title, error);
            (onFailure != null ? onFailure : uncaught).accept(error);
        });
        task.setOnCancelled(e -> finished(task));
        runOnFx(() -> {
            if (executor.isShutdown()) {
                // the window is closing: work asked for by a late event (a timer, a selection) has nowhere to run
                LOG.info("Background task '{}' not started: the app is closing", title);
                return;
            }
            running.add(task);
            follow(task);
            executor.execute(task);
        });
    }

    @Override
    public void retryLoadsWith(ServerStatus server) {
        this.server = server;
    }

    @Override
    public <T> void load(String title, Work<T> work, Consumer<? super T> onSuccess, Runnable unavailable,
                         Consumer<Throwable> onFailure) {
        run(title, work, onSuccess, e -> {
            ServerStatus s = server;
            if (s != null && ServerStatus.isLost(e)) {
                unavailable.run();
                s.whenBack(() -> load(title, work, onSuccess, unavailable, onFailure));
            } else {
                (onFailure != null ? onFailure : uncaught).accept(e);
            }
        });
    }

    private void follow(Task<?> task) {
        message.unbind();
        progress.unbind();
        if (task == null) {
            message.set("");
            progress.set(0);
            busy.set(false);
        } else {
            message.bind(task.messageProperty());
            progress.bind(task.progressProperty());
            busy.set(true);
        }
    }

    private void finished(Task<?> task) {
        running.remove(task);
        follow(running.isEmpty() ? null : running.get(running.size() - 1));
    }

    private static void runOnFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Lets running work finish (up to 10 s) before the database closes. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
