package cn.hazedesk.infra.settings;

import cn.hazedesk.application.port.UiSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * {@link UiSettings} in a properties file of the data folder ({@code window.properties}), read once and written whole
 * beside it and renamed over it, so a crash leaves the old layout or the new one. A file that cannot be read is
 * ignored (the window opens at its default size) and logged.
 */
public final class PropertiesUiSettings implements UiSettings {
    private static final Logger LOG = LoggerFactory.getLogger(PropertiesUiSettings.class);
    private final Path file;
    private final Properties values = new Properties();

    public PropertiesUiSettings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("The window layout in {} cannot be read; the window opens at its default size", file, e);
                values.clear();
            }
        }
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    @Override
    public synchronized void put(String key, String value) {
        values.setProperty(key, value);
    }

    @Override
    public synchronized void save() {
        Path aside = file.resolveSibling(file.getFileName() + ".new");
        try {
            try (OutputStream out = Files.newOutputStream(aside)) {
                values.store(out, "HazeDesk window layout (size, place, column widths); delete to reset");
            }
            try {
                Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("The window layout could not be saved to {}", file, e);
        }
    }
}
