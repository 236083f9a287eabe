package cn.hazedesk.application.port;

import java.nio.file.Path;

/** Facts about the open store, for About and diagnostics. */
public interface StoreInfo {
    Path dataFolder();

    Path logFolder();

    /** The version of the newest applied schema migration, e.g. "1". */
    String schemaVersion();
}
