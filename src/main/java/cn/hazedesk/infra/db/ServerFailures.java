package cn.hazedesk.infra.db;

import cn.hazedesk.application.ServerCheck.Outcome;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Why a PostgreSQL server could not be used, from the driver's failure: its SQLSTATE first (28P01 wrong password,
 * 3D000 no such database, 28000 refused by the server's access rules, 42501 permission missing), then the network
 * exceptions beneath it (refused, unknown host, timed out) and the driver's TLS refusal. The same reading serves the
 * settings screen's test and the start-up.
 */
public final class ServerFailures {
    private ServerFailures() {
    }

    /** Why connecting failed; {@code tlsAsked}: whether the connection asked for TLS (sslmode require or stricter). */
    public static Outcome classify(Throwable error, boolean tlsAsked) {
        List<Throwable> chain = chain(error);
        for (Throwable t : chain) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                String m = lower(s.getMessage());
                switch (s.getSQLState()) {
                    case "28P01":
                        return Outcome.WRONG_PASSWORD;
                    case "3D000":
                        return Outcome.DATABASE_MISSING;
                    case "42501":
                        return Outcome.NO_RIGHTS;
                    case "28000":
                        if (m.contains("password authentication failed")) {
                            return Outcome.WRONG_PASSWORD;
                        }
                        if (!tlsAsked && (m.contains("no encryption") || m.contains("ssl off"))) {
                            return Outcome.TLS_REQUIRED; // or not let in at all: ServerProbe.confirmed tells them apart
                        }
                        return Outcome.NOT_ALLOWED;
                    default:
                        break;
                }
                if (m.contains("does not support ssl")) {
                    return Outcome.TLS_NOT_OFFERED;
                }
                if (m.contains("no password was provided")) {
                    return Outcome.WRONG_PASSWORD;
                }
            }
        }
        for (Throwable t : chain) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof SocketTimeoutException
                    || t instanceof NoRouteToHostException) {
                return Outcome.UNREACHABLE;
            }
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                return Outcome.UNREACHABLE;
            }
        }
        return Outcome.OTHER;
    }

    /** Whether {@code error} came from the database driver at all (as opposed to a bug in HazeDesk). */
    public static boolean fromDatabase(Throwable error) {
        return chain(error).stream().anyMatch(t -> t instanceof SQLException || t instanceof java.io.IOException);
    }

    /** The driver's own words for the log (the innermost message that says something). */
    public static String driverWords(Throwable error) {
        String words = null;
        for (Throwable t : chain(error)) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                words = t.getMessage();
                if (t instanceof SQLException) {
                    return words;
                }
            }
        }
        return words == null ? error.getClass().getSimpleName() : words;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static List<Throwable> chain(Throwable error) {
        return StorageErrors.chain(error); // causes and a batch's chained exceptions, as storage failures are read
    }
}
