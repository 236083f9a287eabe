package cn.hazedesk.ui.startup;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** Controller of fxml/startup/StartupProblem.fxml. */
public final class StartupProblemView {
    private final StartupProblemViewModel vm;

    @FXML private Label problem;
    @FXML private Label offer;
    @FXML private VBox offerBox;
    @FXML private VBox progressBox;
    @FXML private ProgressBar progress;
    @FXML private Label status;
    @FXML private Button restore;
    @FXML private Button retry;
    @FXML private Button closeButton;

    public StartupProblemView(StartupProblemViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        problem.textProperty().bind(vm.problemProperty());
        retry.setVisible(vm.canRetry());
        retry.setManaged(vm.canRetry());
        retry.disableProperty().bind(vm.busyProperty());
        if (vm.canRetry()) {
            closeButton.setText(vm.exitText());
        }
        offer.setText(vm.offerText());
        boolean offered = !vm.offerText().isEmpty();
        offerBox.setVisible(offered);
        offerBox.setManaged(offered);
        restore.setVisible(vm.canRestoreProperty().get());
        restore.setManaged(vm.canRestoreProperty().get());
        restore.disableProperty().bind(vm.canRestoreProperty().not());
        closeButton.disableProperty().bind(vm.busyProperty());
        progressBox.visibleProperty().bind(vm.busyProperty());
        progressBox.managedProperty().bind(vm.busyProperty());
        progress.setProgress(-1);
        status.textProperty().bind(vm.statusProperty());
    }

    @FXML
    private void restore() {
        vm.restore();
    }

    @FXML
    private void retry() {
        vm.retry();
    }

    @FXML
    private void close() {
        vm.close();
    }
}
