package cn.hazedesk.infra.db;

import cn.hazedesk.application.ServerConnectionLost;
import cn.hazedesk.application.port.ServerConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Shared mode's watch on the server during a session. A failure of any statement, commit or connection that says
 * the connection broke ({@link StorageErrors#isConnectionLoss}) becomes a {@link ServerConnectionLost} naming the
 * server, and marks the server lost; from then on a background thread asks the server again (through the store's
 * connections, which the {@link ConnectionGate} checks before handing them out and renews when they are dead) after
 * 1, 2, 4, 8 and then every 10 seconds, and marks it connected when it answers. Once someone {@link #watch watches},
 * the thread also asks every {@link #HEARTBEAT_MS} ms while connected, so a loss shows in the window before the
 * user's next action meets it.
 */
final class ServerLink implements ServerConnection {
    private static final Logger LOG = LoggerFactory.getLogger(ServerLink.class);
    static final long HEARTBEAT_MS = 5_000;
    private static final long FIRST_RETRY_MS = 1_000;
    private static final long LONGEST_RETRY_MS = 10_000;
    private static final int PROBE_TIMEOUT_S = 5;

    private final String server;
    private final javax.sql.DataSource connections;
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private volatile State state = State.CONNECTED;
    private boolean watching;
    private boolean closed;
    private Thread thread;

    ServerLink(DatabaseSettings settings, javax.sql.DataSource connections) {
        this.server = name(settings.url());
        this.connections = connections;
    }

    /** {@code jdbc:postgresql://host:5432/db?sslmode=require} as {@code host:5432/db}. */
    static String name(String url) {
        String s = url.startsWith("jdbc:postgresql://") ? url.substring("jdbc:postgresql://".length()) : url;
        int q = s.indexOf('?');
        return q < 0 ? s : s.substring(0, q);
    }

    @Override
    public String server() {
        return server;
    }

    @Override
    public State state() {
        return state;
    }

    @Override
    public Runnable watch(Consumer<State> listener) {
        listeners.add(listener);
        synchronized (lock) {
            watching = true;
            start();
        }
        return () -> listeners.remove(listener);
    }

    /** A failure as the user's words: a lost connection marks the server lost; others as {@link StorageErrors#translate}. */
    RuntimeException translate(RuntimeException error) {
        if (error instanceof ServerConnectionLost) {
            return error;
        }
        if (StorageErrors.isConnectionLoss(error)) {
            LOG.warn("Connection to the database server {} lost: {}", server, error.toString());
            set(State.LOST);
            return new ServerConnectionLost(server, error);
        }
        return StorageErrors.translate(error, null);
    }

    private void set(State now) {
        State before;
        synchronized (lock) {
            before = state;
            state = now;
            if (now == State.LOST) {
                start();
                lock.notifyAll();
            }
        }
        if (before != now) {
            LOG.info("Database server {}: {}", server, now);
            listeners.forEach(l -> l.accept(now));
        }
    }

    /** Starts the thread that asks the server (once); under {@code lock}. */
    private void start() {
        if (thread == null && !closed) {
            thread = new Thread(this::run, "hazedesk-server-watch");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void run() {
        long retry = FIRST_RETRY_MS;
        while (true) {
            synchronized (lock) {
                try {
                    if (!awaitTurn(retry)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
            if (answers()) {
                retry = FIRST_RETRY_MS;
                set(State.CONNECTED);
            } else {
                retry = state == State.LOST ? Math.min(retry * 2, LONGEST_RETRY_MS) : FIRST_RETRY_MS;
                set(State.LOST);
            }
        }
    }

    /**
     * Waits (under {@code lock}) until it is time to ask the server: {@code retry} ms while it is lost, the heartbeat
     * while it is connected and watched, not at all while it is connected and nobody watches; false once closed.
     */
    private boolean awaitTurn(long retry) throws InterruptedException {
        long start = System.currentTimeMillis();
        while (!closed) {
            long pause = state == State.LOST ? retry : watching ? HEARTBEAT_MS : -1;
            long waited = System.currentTimeMillis() - start;
            if (pause >= 0 && waited >= pause) {
                return true;
            }
            lock.wait(pause < 0 ? 0 : pause - waited);
        }
        return false;
    }

    /** Whether the server answers a query now. */
    private boolean answers() {
        try (Connection c = connections.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(PROBE_TIMEOUT_S);
            s.execute("SELECT 1");
            return true;
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Database server {} does not answer: {}", server, e.toString());
            return false;
        }
    }

    void close() {
        Thread t;
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
            t = thread;
        }
        if (t != null) {
            t.interrupt();
        }
    }
}
