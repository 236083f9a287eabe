package cn.hazedesk.application.port;

import java.util.function.Consumer;

/**
 * The seat's connection to shared mode's PostgreSQL server, as the window shows it: whether the server answers now,
 * and when that changes. After a loss the seat tries again in the background, with a short pause that grows a little
 * (a few seconds at most), and says when the server answers again; while connected, it asks every few seconds.
 */
public interface ServerConnection {
    enum State {
        CONNECTED,
        /** The server did not answer the last time it was asked; retrying. */
        LOST
    }

    /** The server as the user may see it: host, port and database. */
    String server();

    State state();

    /**
     * Tells {@code listener} (on a background thread) every change of the state from now on, and starts watching the
     * server if nobody did yet; returns what stops telling this listener.
     */
    Runnable watch(Consumer<State> listener);
}
