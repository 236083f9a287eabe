package cn.hazedesk.ui.common;

import java.nio.file.Path;

/** Opens a folder in the system's file manager; returns false if the desktop cannot do it. */
@FunctionalInterface
public interface FolderOpener {
    boolean open(Path folder);
}
