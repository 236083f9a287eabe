package cn.hazedesk.app;

import javafx.stage.Stage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * For the start-up benchmark only: with {@code -Dhazedesk.startup.report=FILE}, writes into FILE the milliseconds from
 * the process's start to the moment the first window is shown (as a user sees it: the sign-in). Without the property
 * nothing happens.
 */
final class StartupTiming {
    static final String PROPERTY = "hazedesk.startup.report";

    private StartupTiming() {
    }

    /** Records when {@code stage} is first shown, as a line "{@code what} milliseconds". */
    static void whenShown(Stage stage, String what) {
        String file = System.getProperty(PROPERTY);
        if (file == null) {
            return;
        }
        if (stage.isShowing()) {
            record(Path.of(file), what);
            return;
        }
        stage.showingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    stage.showingProperty().removeListener(this);
                    record(Path.of(file), what);
                }
            }
        });
    }

    private static void record(Path file, String what) {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        long ms = Duration.between(started, Instant.now()).toMillis();
        try {
            Files.writeString(file, what + " " + ms + System.lineSeparator(), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(StartupTiming.class).warn("Start-up timing not written to {}", file, e);
        }
    }
}
