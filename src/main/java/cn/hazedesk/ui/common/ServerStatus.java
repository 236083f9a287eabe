package cn.hazedesk.ui.common;

import cn.hazedesk.application.ServerConnectionLost;
import cn.hazedesk.application.port.ServerConnection;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shared mode's connection to the database server as the window follows it, on the JavaFX thread: lost (retrying)
 * or connected, and the work to run again once it is back (the loads of screens that could not read their data).
 * With the H2 file there is no server: always connected.
 */
public final class ServerStatus {
    /** A load that failed while the state still said connected is tried again after this pause. */
    private static final Duration SOON = Duration.seconds(2);
    private final Optional<ServerConnection> connection;
    private final ReadOnlyObjectWrapper<ServerConnection.State> state =
            new ReadOnlyObjectWrapper<>(ServerConnection.State.CONNECTED);
    private final List<Runnable> whenBack = new ArrayList<>();

    /** Follows {@code connection} from now on (starts its watch); empty for the H2 file. */
    public ServerStatus(Optional<ServerConnection> connection) {
        this.connection = connection;
        connection.ifPresent(c -> {
            state.set(c.state());
            c.watch(s -> Platform.runLater(() -> changed(s)));
        });
    }

    private void changed(ServerConnection.State now) {
        state.set(now);
        if (now == ServerConnection.State.CONNECTED && !whenBack.isEmpty()) {
            List<Runnable> again = new ArrayList<>(whenBack);
            whenBack.clear();
            again.forEach(Runnable::run);
        }
    }

    /** Whether {@code error} (or a cause) is the database server out of reach. */
    public static boolean isLost(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServerConnectionLost) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code work} (on the JavaFX thread) once the server answers again: at once, soon, if it already does. */
    public void whenBack(Runnable work) {
        if (state.get() == ServerConnection.State.CONNECTED) {
            javafx.animation.PauseTransition soon = new javafx.animation.PauseTransition(SOON);
            soon.setOnFinished(e -> work.run());
            soon.play();
        } else {
            whenBack.add(work);
        }
    }

    /** The server as the user may see it; empty with the H2 file. */
    public String server() {
        return connection.map(ServerConnection::server).orElse("");
    }

    public ReadOnlyObjectProperty<ServerConnection.State> stateProperty() {
        return state.getReadOnlyProperty();
    }
}
