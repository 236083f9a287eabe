package cn.hazedesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version the build stamped into hazedesk-version.properties. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String get() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/hazedesk-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
