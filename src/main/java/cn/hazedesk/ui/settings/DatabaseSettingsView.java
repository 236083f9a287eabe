package cn.hazedesk.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Controller of fxml/settings/DatabaseSettings.fxml. */
public final class DatabaseSettingsView {
    private final DatabaseSettingsViewModel vm;
    private final Runnable close;

    @FXML private Label current;
    @FXML private RadioButton local;
    @FXML private RadioButton server;
    @FXML private GridPane serverFields;
    @FXML private TextField host;
    @FXML private TextField port;
    @FXML private TextField database;
    @FXML private TextField user;
    @FXML private PasswordField password;
    @FXML private CheckBox tls;
    @FXML private Button test;
    @FXML private ProgressIndicator testing;
    @FXML private Label result;
    @FXML private VBox copyBox;
    @FXML private Label copyNote;
    @FXML private Button copy;
    @FXML private ProgressBar copyProgress;
    @FXML private TextArea copyResult;
    @FXML private Button save;
    @FXML private Button closeButton;

    public DatabaseSettingsView(DatabaseSettingsViewModel vm, Runnable close) {
        this.vm = vm;
        this.close = close;
    }

    @FXML
    private void initialize() {
        current.setText(vm.currentText());
        server.setSelected(vm.sharedProperty().get());
        local.setSelected(!vm.sharedProperty().get());
        vm.sharedProperty().bind(server.selectedProperty());
        serverFields.disableProperty().bind(server.selectedProperty().not().or(vm.busyProperty()));
        host.textProperty().bindBidirectional(vm.hostProperty());
        port.textProperty().bindBidirectional(vm.portProperty());
        database.textProperty().bindBidirectional(vm.databaseProperty());
        user.textProperty().bindBidirectional(vm.userProperty());
        password.textProperty().bindBidirectional(vm.passwordProperty());
        tls.selectedProperty().bindBidirectional(vm.tlsProperty());
        test.disableProperty().bind(server.selectedProperty().not().or(vm.busyProperty()));
        testing.visibleProperty().bind(vm.busyProperty().and(vm.copyingProperty().not()));
        result.textProperty().bind(vm.resultProperty());
        result.visibleProperty().bind(server.selectedProperty()); // the data folder's own file needs no test
        result.styleProperty().bind(Bindings.when(vm.resultOkProperty()).then("-fx-text-fill: #1b6e2d;")
                .otherwise("-fx-text-fill: #8a1c1c;"));
        // always in the layout (the window is sized once, with room for all of it); usable for a server only
        copyBox.disableProperty().bind(server.selectedProperty().not());
        copyNote.setText(vm.copyNote());
        copyNote.visibleProperty().bind(vm.canCopyProperty().not());
        copyNote.managedProperty().bind(vm.canCopyProperty().not());
        copy.disableProperty().bind(vm.canCopyProperty().not());
        copyProgress.progressProperty().bind(vm.copyProgressProperty());
        copyProgress.visibleProperty().bind(vm.copyingProperty().or(vm.copyResultProperty().isNotEmpty()));
        copyResult.textProperty().bind(vm.copyResultProperty());
        copyResult.visibleProperty().bind(vm.copyResultProperty().isNotEmpty());
        save.disableProperty().bind(vm.canSaveProperty().not());
        closeButton.disableProperty().bind(vm.busyProperty());
    }

    @FXML private void test() { vm.test(); }

    @FXML private void save() { vm.save(); }

    @FXML private void copy() { vm.copy(); }

    @FXML private void close() { close.run(); }
}
