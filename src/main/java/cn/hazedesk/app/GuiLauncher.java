package cn.hazedesk.app;

import javafx.application.Application;

/** Kept apart from {@link Launcher} so that headless commands never load a JavaFX class. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static void launch(String[] args) {
        Application.launch(HazeDeskApp.class, args);
    }
}
