package cn.hazedesk.app;

import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.FileChooserService;
import cn.hazedesk.ui.common.FolderOpener;
import cn.hazedesk.ui.common.Printing;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.stage.Stage;

import java.util.Objects;

/**
 * What the window's screens are made with and what outlives a restore (which puts another {@link AppContext} in
 * use): the words, the background work, the dialogs, the file and folder choosers, the printer and the main stage.
 */
public record UiServices(Messages messages, TaskRunner tasks, DialogService dialogs, FolderOpener folders,
                         FileChooserService files, Printing printing, Stage stage) {
    public UiServices {
        Objects.requireNonNull(messages);
        Objects.requireNonNull(tasks);
        Objects.requireNonNull(dialogs);
        Objects.requireNonNull(folders);
        Objects.requireNonNull(files);
        Objects.requireNonNull(printing);
        Objects.requireNonNull(stage);
    }
}
