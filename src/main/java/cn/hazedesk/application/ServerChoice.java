package cn.hazedesk.application;

import java.util.regex.Pattern;

/**
 * The shared PostgreSQL server an administrator types in the database settings: where it is, which database, who
 * HazeDesk connects as, with which password, and whether the connection must be encrypted (TLS). Two choices are
 * equal only when every value is, the password included: a save needs a successful test of exactly these values.
 * {@link #toString()} never shows the password.
 */
public record ServerChoice(String host, int port, String database, String user, String password, boolean tlsRequired) {
    public static final int DEFAULT_PORT = 5432;
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:\\[\\]-]+");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_$-]+");

    /** A value that cannot be used: {@code key} names the message, {@code argument} the field's value. */
    public static final class Invalid extends WordedProblem {
        public Invalid(String key, String argument) {
            super(key, argument, null);
        }
    }

    public ServerChoice {
        host = host == null ? "" : host.strip();
        database = database == null ? "" : database.strip();
        user = user == null ? "" : user.strip();
        password = password == null ? "" : password;
        if (host.isEmpty() || !HOST.matcher(host).matches()) {
            throw new Invalid("server.invalid.host", host);
        }
        if (port < 1 || port > 65535) {
            throw new Invalid("server.invalid.port", String.valueOf(port));
        }
        if (database.isEmpty() || !NAME.matcher(database).matches()) {
            throw new Invalid("server.invalid.database", database);
        }
        if (user.isEmpty() || !NAME.matcher(user).matches()) {
            throw new Invalid("server.invalid.user", user);
        }
    }

    /** The port typed as text: empty is the default 5432; anything but a number from 1 to 65535 is refused. */
    public static int port(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new Invalid("server.invalid.port", t);
        }
    }

    /** The server and database as shown to people and written to the record: host:port/database (user). */
    public String describe() {
        return host + ":" + port + "/" + database + " (" + user + ")";
    }

    /** The JDBC address (no user, no password). */
    public String url() {
        return "jdbc:postgresql://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port
                + "/" + database;
    }

    /** The driver's sslmode: {@code require} when TLS is required, otherwise {@code disable}. */
    public String sslmode() {
        return tlsRequired ? "require" : "disable";
    }

    @Override
    public String toString() {
        return describe() + (tlsRequired ? " sslmode=require" : "");
    }
}
