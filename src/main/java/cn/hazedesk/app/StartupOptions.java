package cn.hazedesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line: global options ({@code --data-dir DIR}, {@code --lang zh|en}, {@code --help},
 * {@code --version}, and for commands that change data {@code --user NAME} with {@code --password-file FILE}) may
 * stand before or after the command; the first other word is the command and the rest are its arguments. Shared mode:
 * {@code --db jdbc:postgresql://HOST:PORT/DB --db-user NAME [--db-password-file FILE]} works on that PostgreSQL
 * database instead of the data folder's own file (the folder's database.properties says the same for good).
 */
public record StartupOptions(Optional<Path> dataDir, Optional<String> lang, boolean help, boolean version,
                             Optional<String> command, List<String> commandArgs, Optional<String> user,
                             Optional<Path> passwordFile, Optional<cn.hazedesk.infra.db.DatabaseSettings> database) {

    /** A command line that cannot be understood; {@code key} names the message, {@code argument} the culprit. */
    public static final class UsageException extends Exception {
        private final String key;
        private final String argument;

        public UsageException(String key, String argument) {
            super(key + ": " + argument);
            this.key = key;
            this.argument = argument;
        }

        public String key() {
            return key;
        }

        public String argument() {
            return argument;
        }
    }

    /** The options that take a value. */
    private static final java.util.Set<String> VALUED = java.util.Set.of("--data-dir", "--lang", "--user", "--password-file",
            "--db", "--db-user", "--db-password-file");

    public static StartupOptions parse(String[] args) throws UsageException {
        Optional<Path> dataDir = Optional.empty();
        Optional<String> lang = Optional.empty();
        boolean help = false;
        boolean version = false;
        Optional<String> command = Optional.empty();
        Optional<String> user = Optional.empty();
        Optional<Path> passwordFile = Optional.empty();
        Optional<String> dbUrl = Optional.empty();
        Optional<String> dbUser = Optional.empty();
        Optional<Path> dbPasswordFile = Optional.empty();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            String name = a;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (VALUED.contains(name)) {
                // --name value or --name=value; a value is never blank
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new UsageException("cli.error.missingValue", a);
                    }
                    value = args[++i];
                }
                if (value.isBlank()) {
                    throw new UsageException("cli.error.missingValue", a);
                }
            }
            switch (name) {
                case "--data-dir" -> dataDir = Optional.of(Path.of(value));
                case "--lang" -> {
                    if (!value.equals("zh") && !value.equals("en") && !value.equals("zh_CN")) {
                        throw new UsageException("cli.error.badLang", value);
                    }
                    lang = Optional.of(value);
                }
                case "--user" -> user = Optional.of(value.strip());
                case "--password-file" -> passwordFile = Optional.of(Path.of(value));
                case "--db" -> dbUrl = Optional.of(value.strip());
                case "--db-user" -> dbUser = Optional.of(value.strip());
                case "--db-password-file" -> dbPasswordFile = Optional.of(Path.of(value));
                case "--help", "-h" -> help = true;
                case "--version" -> version = true;
                default -> {
                    if (command.isEmpty()) {
                        if (a.startsWith("-")) {
                            throw new UsageException("cli.error.unknownOption", a);
                        }
                        command = Optional.of(a);
                    } else {
                        rest.add(a);
                    }
                }
            }
        }
        Optional<cn.hazedesk.infra.db.DatabaseSettings> database = Optional.empty();
        if (dbUrl.isPresent()) {
            if (dbUser.isEmpty()) {
                throw new UsageException("cli.error.dbUser", "--db-user");
            }
            try {
                database = Optional.of(cn.hazedesk.infra.db.DatabaseSettings.of(dbUrl.get(), dbUser.get(), dbPasswordFile));
            } catch (cn.hazedesk.infra.db.DatabaseSettings.Invalid e) {
                throw new UsageException("cli.error.dbUrl", dbUrl.get());
            }
        } else if (dbUser.isPresent() || dbPasswordFile.isPresent()) {
            throw new UsageException("cli.error.dbWithoutUrl", dbUser.isPresent() ? "--db-user" : "--db-password-file");
        }
        return new StartupOptions(dataDir, lang, help, version, command, List.copyOf(rest), user, passwordFile, database);
    }
}
