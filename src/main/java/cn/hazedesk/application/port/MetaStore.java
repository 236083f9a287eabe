package cn.hazedesk.application.port;

import java.util.Optional;

/** Small key/value facts about this data folder (for example whether the sample list was loaded). */
public interface MetaStore {
    Optional<String> get(String key);

    void put(String key, String value);
}
