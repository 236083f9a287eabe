package cn.hazedesk.infra.db;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the data lives when it is not the data folder's own H2 file: a PostgreSQL server shared by several seats
 * (README, "Shared mode (PostgreSQL)"). Read from {@code <data>/database.properties} ({@code url}, {@code user},
 * {@code password} or {@code passwordFile}, {@code sslmode}) or given on the command line ({@code --db},
 * {@code --db-user}, {@code --db-password-file}), which wins. No settings: the H2 file, as for one seat.
 *
 * @param url          {@code jdbc:postgresql://host:port/database}
 * @param user         the database user HazeDesk connects as (an owner of the database, no superuser)
 * @param password     the password itself, if given so
 * @param passwordFile a file whose first line is the password (kept out of the settings file and the command line)
 * @param sslmode      the driver's {@code sslmode} ({@code require}, {@code verify-full}, ...), if set
 */
public record DatabaseSettings(String url, String user, Optional<String> password, Optional<Path> passwordFile,
                               Optional<String> sslmode) {
    /** The settings file in a data folder. */
    public static final String FILE = "database.properties";
    static final String PREFIX = "jdbc:postgresql://";
    private static final List<String> SSL_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    /** Settings that cannot be used; {@code key} names the message, {@code argument} the culprit. */
    public static final class Invalid extends cn.hazedesk.application.WordedProblem {
        public Invalid(String key, String argument, Throwable cause) {
            super(key, argument, cause);
        }
    }

    public DatabaseSettings {
        if (url == null || !url.startsWith(PREFIX) || url.length() == PREFIX.length()) {
            throw new Invalid("db.settings.url", String.valueOf(url), null);
        }
        if (user == null || user.isBlank()) {
            throw new Invalid("db.settings.user", url, null);
        }
        if (sslmode.isPresent() && !SSL_MODES.contains(sslmode.get())) {
            throw new Invalid("db.settings.sslmode", sslmode.get(), null);
        }
    }

    /** The command line's choice ({@code --db URL --db-user NAME [--db-password-file FILE]}). */
    public static DatabaseSettings of(String url, String user, Optional<Path> passwordFile) {
        return new DatabaseSettings(url, user, Optional.empty(), passwordFile, Optional.empty());
    }

    /** The settings file of {@code dataFolder}, if there is one. */
    public static Optional<DatabaseSettings> read(Path dataFolder) {
        Path file = dataFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new Invalid("db.settings.unreadable", file.toString(), e);
        }
        String url = p.getProperty("url", "").strip();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> pwFile = optional(p, "passwordFile").map(s -> {
            Path f = Path.of(s);
            return f.isAbsolute() ? f : dataFolder.resolve(f);
        });
        return Optional.of(new DatabaseSettings(url, p.getProperty("user", "").strip(), optional(p, "password"), pwFile,
                optional(p, "sslmode")));
    }

    private static Optional<String> optional(Properties p, String key) {
        return Optional.ofNullable(p.getProperty(key)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The password to connect with: the one given, or the first line of the password file, or none. */
    String resolvePassword() {
        if (password.isPresent()) {
            return password.get();
        }
        if (passwordFile.isEmpty()) {
            return "";
        }
        try {
            List<String> lines = Files.readAllLines(passwordFile.get(), StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : lines.get(0).strip();
        } catch (IOException e) {
            throw new Invalid("db.settings.passwordFile", passwordFile.get().toString(), e);
        }
    }

    /** The server and database as the user may see it (never the password). */
    public String describe() {
        return server() + " (" + user + ")";
    }

    /** host:port/database from the address, without any parameters it may carry (which could hold a password). */
    public String server() {
        String rest = url.substring(PREFIX.length());
        int q = rest.indexOf('?');
        return q < 0 ? rest : rest.substring(0, q);
    }

    /** Whether the connection asks for TLS ({@code sslmode} require, verify-ca or verify-full). */
    public boolean tlsAsked() {
        return sslmode.map(m -> m.equals("require") || m.startsWith("verify")).orElse(url.contains("sslmode=require")
                || url.contains("sslmode=verify") || url.contains("ssl=true"));
    }
}
