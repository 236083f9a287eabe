package cn.hazedesk.application.port;

import java.util.Optional;

/**
 * What the window remembers per data folder (its size and place, the tables' column widths): small text values by
 * key, kept apart from the database, so that losing them costs nothing but the layout.
 */
public interface UiSettings {
    Optional<String> get(String key);

    void put(String key, String value);

    /** Writes what was put; a failure is logged, never shown (the layout is not worth a dialog). */
    void save();
}
