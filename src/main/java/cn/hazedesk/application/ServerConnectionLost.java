package cn.hazedesk.application;

/**
 * Shared mode's PostgreSQL server could not be reached during the session: the network is down, the server was
 * restarted or stopped, or no connection came within the pool's time. It is not a failure of the data: the work that
 * met it ran in a transaction, which the server rolls back when the connection breaks, so nothing of it is stored
 * (only a loss at the very moment of the commit leaves open whether the commit arrived, and then it arrived whole or
 * not at all). The seat retries in the background ({@link cn.hazedesk.application.port.ServerConnection}) and the
 * same work can be asked for again once the server answers; the user is told so in a sentence
 * ({@code i18n.StorageText}), never shown a stack trace nor a "damaged file" wording.
 */
public final class ServerConnectionLost extends RuntimeException {
    private final String server;

    /** {@code server}: the server as the user may see it (host, port and database; never a password). */
    public ServerConnectionLost(String server, Throwable cause) {
        super("connection to the database server " + server + " lost"
                + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.server = server;
    }

    public String server() {
        return server;
    }
}
