package cn.hazedesk.infra.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the data folder is: {@code --data-dir DIR}, else the environment variable HAZEDESK_HOME, else the
 * per-user folder of the platform (Windows {@code %LOCALAPPDATA%\HazeDesk}, macOS
 * {@code ~/Library/Application Support/HazeDesk}, elsewhere {@code $XDG_DATA_HOME/hazedesk} or
 * {@code ~/.local/share/hazedesk}).
 */
public final class DataFolders {
    public static final String ENV = "HAZEDESK_HOME";

    private DataFolders() {
    }

    public static Path resolve(Optional<Path> commandLine, Map<String, String> env, String osName, Path userHome) {
        if (commandLine.isPresent()) {
            return commandLine.get().toAbsolutePath().normalize();
        }
        String home = env.get(ENV);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : userHome.resolve("AppData").resolve("Local");
            return base.resolve("HazeDesk");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("HazeDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("hazedesk");
    }

    public static Path resolveForThisMachine(Optional<Path> commandLine) {
        return resolve(commandLine, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }
}
