package cn.hazedesk.ui.common;

import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/**
 * Loads the bundled CJK font (WenQuanYi Micro Hei, Apache-2.0) so Chinese looks the same on every machine,
 * whatever fonts are installed. app.css names it for the whole UI.
 */
public final class Fonts {
    public static final String UI_FAMILY = "WenQuanYi Micro Hei";
    private static final Logger LOG = LoggerFactory.getLogger(Fonts.class);

    private Fonts() {
    }

    /** Returns the families loaded (empty if the font could not be read; the UI then falls back to System). */
    public static List<String> loadBundled() {
        try (InputStream in = Fonts.class.getResourceAsStream("/fonts/wqy-microhei.ttc")) {
            if (in == null) {
                LOG.warn("Bundled font missing");
                return List.of();
            }
            Font[] fonts = Font.loadFonts(in, 14);
            if (fonts == null) {
                LOG.warn("Bundled font could not be loaded");
                return List.of();
            }
            return Arrays.stream(fonts).map(Font::getFamily).distinct().toList();
        } catch (IOException e) {
            LOG.warn("Bundled font could not be read", e);
            return List.of();
        }
    }
}
