package cn.hazedesk.app;

import cn.hazedesk.ui.about.AboutView;
import cn.hazedesk.ui.about.AboutViewModel;
import javafx.stage.Stage;

/** 帮助 → 关于: the version, the data folder and the system, in a dialog. */
final class AboutAssembly {
    private final Screens s;

    AboutAssembly(Screens screens) {
        this.s = screens;
    }

    void show() {
        Stage dialog = s.dialog("menu.help.about");
        AboutViewModel vm = new AboutViewModel(s.messages, s.tasks, s.ctx.systemInfo());
        dialog.setScene(Screens.scene(s.load("about/About.fxml", AboutView.class, () -> new AboutView(vm, dialog::close))));
        dialog.setResizable(false);
        dialog.show();
    }
}
