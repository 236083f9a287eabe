package cn.hazedesk.ui.backup;

import cn.hazedesk.ui.common.Columns;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** Controller of fxml/backup/Backups.fxml: bindings to {@link BackupsViewModel}. */
public final class BackupsView {
    private final BackupsViewModel vm;
    private final Runnable close;

    @FXML private Label intro;
    @FXML private Label status;
    @FXML private TableView<BackupsViewModel.Row> table;
    @FXML private TableColumn<BackupsViewModel.Row, String> colTime;
    @FXML private TableColumn<BackupsViewModel.Row, String> colReason;
    @FXML private TableColumn<BackupsViewModel.Row, String> colSize;
    @FXML private TableColumn<BackupsViewModel.Row, String> colEnterprises;
    @FXML private TableColumn<BackupsViewModel.Row, String> colLines;
    @FXML private TableColumn<BackupsViewModel.Row, String> colSchema;
    @FXML private TableColumn<BackupsViewModel.Row, String> colStatus;
    @FXML private TableColumn<BackupsViewModel.Row, String> colCode;
    @FXML private Button backupNow;
    @FXML private Button restore;
    @FXML private Button closeButton;
    @FXML private ProgressIndicator busy;

    public BackupsView(BackupsViewModel vm, Runnable close) {
        this.vm = vm;
        this.close = close;
    }

    @FXML
    private void initialize() {
        intro.setText(vm.intro());
        status.textProperty().bind(vm.statusProperty());
        Columns.text(colTime, BackupsViewModel.Row::time);
        Columns.text(colReason, BackupsViewModel.Row::reason);
        Columns.text(colSize, BackupsViewModel.Row::size);
        Columns.text(colEnterprises, BackupsViewModel.Row::enterprises);
        Columns.text(colLines, BackupsViewModel.Row::lines);
        Columns.text(colSchema, BackupsViewModel.Row::schema);
        Columns.text(colStatus, BackupsViewModel.Row::status);
        Columns.text(colCode, BackupsViewModel.Row::code);
        table.setItems(vm.rows());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(BackupsViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unusable"),
                        !empty && row != null && !row.info().usable());
            }
        });
        vm.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        restore.disableProperty().bind(vm.restoreDisabledProperty());
        backupNow.disableProperty().bind(vm.busyProperty());
        closeButton.disableProperty().bind(vm.busyProperty());
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(vm.busyProperty());
        vm.load();
    }

    @FXML
    private void backupNow() {
        vm.backupNow();
    }

    @FXML
    private void restore() {
        vm.restoreSelected();
    }

    @FXML
    private void openFolder() {
        vm.openFolder();
    }

    @FXML
    private void close() {
        close.run();
    }
}
