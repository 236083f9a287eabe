package cn.hazedesk.ui.about;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Controller of fxml/about/About.fxml. */
public final class AboutView {
    private final AboutViewModel vm;
    private final Runnable close;

    @FXML private Label version;
    @FXML private TextField dataFolder;
    @FXML private TextField logFolder;
    @FXML private Label schemaVersion;

    public AboutView(AboutViewModel vm, Runnable close) {
        this.vm = vm;
        this.close = close;
    }

    @FXML
    private void initialize() {
        version.textProperty().bind(vm.versionProperty());
        dataFolder.textProperty().bind(vm.dataFolderProperty());
        logFolder.textProperty().bind(vm.logFolderProperty());
        schemaVersion.textProperty().bind(vm.schemaVersionProperty());
        vm.load();
    }

    @FXML
    private void close() {
        close.run();
    }
}
