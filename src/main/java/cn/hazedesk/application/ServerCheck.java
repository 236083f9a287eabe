package cn.hazedesk.application;

/**
 * What a test of a connection to a shared PostgreSQL server found: connected (and what the database holds), or the
 * reason it could not connect, worded by {@link Outcome} for the user. {@code detail} is the driver's own words, for
 * the log only; it never holds the password.
 *
 * @param serverVersion  the server's version when connected, else empty
 * @param encrypted      whether the connection was encrypted (TLS)
 * @param schemaVersion  a HazeDesk database's schema version, else empty
 */
public record ServerCheck(ServerChoice choice, Outcome outcome, String serverVersion, boolean encrypted,
                          String schemaVersion, String detail) {
    public enum Outcome {
        /** Connected; the database holds no tables: HazeDesk will create its own (or a data folder can be copied in). */
        EMPTY,
        /** Connected; the database is HazeDesk's (this version's schema or an older one it brings up to date). */
        HAZEDESK,
        /** Connected, but the database holds tables of another program: HazeDesk does not use it. */
        FOREIGN,
        /** Connected, but the database was written by a newer HazeDesk. */
        NEWER_SCHEMA,
        /** Connected, but the user may not create tables there (or not read and write HazeDesk's). */
        NO_RIGHTS,
        /** No server answers at that host and port (or the host's name is unknown). */
        UNREACHABLE,
        /** The server refuses that user with that password. */
        WRONG_PASSWORD,
        /** The server has no database of that name. */
        DATABASE_MISSING,
        /** The server accepts this user only over TLS, and TLS was not asked for. */
        TLS_REQUIRED,
        /** TLS was asked for, and the server does not offer it. */
        TLS_NOT_OFFERED,
        /** The server's access rules (pg_hba.conf) do not let this computer or user in, or CONNECT is not granted. */
        NOT_ALLOWED,
        /** Anything else; {@code detail} holds the driver's words. */
        OTHER;

        /** Whether HazeDesk can work on the database as it is (so the settings may be saved). */
        public boolean usable() {
            return this == EMPTY || this == HAZEDESK;
        }

        public boolean connected() {
            return this == EMPTY || this == HAZEDESK || this == FOREIGN || this == NEWER_SCHEMA || this == NO_RIGHTS;
        }
    }

    public static ServerCheck failed(ServerChoice choice, Outcome outcome, String detail) {
        return new ServerCheck(choice, outcome, "", false, "", detail);
    }

    public boolean usable() {
        return outcome.usable();
    }
}
