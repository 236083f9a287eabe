package cn.hazedesk.ui.common;

import javafx.application.HostServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Desktop;
import java.nio.file.Path;

/** Opens a folder with the desktop's file manager (AWT Desktop, else JavaFX HostServices). Call off the FX thread. */
public final class DesktopFolderOpener implements FolderOpener {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopFolderOpener.class);
    private final HostServices hostServices;

    public DesktopFolderOpener(HostServices hostServices) {
        this.hostServices = hostServices;
    }

    @Override
    public boolean open(Path folder) {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(folder.toFile());
                return true;
            }
        } catch (Exception e) {
            LOG.info("Desktop could not open {}: {}", folder, e.getMessage());
        }
        if (hostServices != null) {
            try {
                hostServices.showDocument(folder.toUri().toString());
                return true;
            } catch (RuntimeException e) {
                LOG.info("HostServices could not open {}: {}", folder, e.getMessage());
            }
        }
        return false;
    }
}
