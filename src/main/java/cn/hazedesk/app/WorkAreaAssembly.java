package cn.hazedesk.app;

import cn.hazedesk.ui.shell.WorkArea;
import javafx.scene.Parent;

/**
 * One work area of the main window: the feature assembly that builds its page (view models, views and the
 * dialogs they open, all by constructor) the first time the area is shown.
 */
interface WorkAreaAssembly {
    /** The area whose page this builds; {@link UiAssembly} finds the assembly by it. */
    WorkArea area();

    /** Builds the area's page (on the JavaFX thread; data loads in the background). */
    Parent page();
}
