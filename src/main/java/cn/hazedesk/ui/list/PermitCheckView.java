package cn.hazedesk.ui.list;

import cn.hazedesk.ui.common.Columns;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Controller of fxml/list/PermitCheck.fxml: the register's status, its import, and the findings. */
public final class PermitCheckView {
    private final PermitCheckViewModel vm;
    private final Runnable close;

    @FXML private Label status;
    @FXML private Label summary;
    @FXML private TableView<PermitCheckViewModel.Row> table;
    @FXML private TableColumn<PermitCheckViewModel.Row, String> colKind;
    @FXML private TableColumn<PermitCheckViewModel.Row, String> colName;
    @FXML private TableColumn<PermitCheckViewModel.Row, String> colUscc;
    @FXML private TableColumn<PermitCheckViewModel.Row, String> colList;
    @FXML private TableColumn<PermitCheckViewModel.Row, String> colRegister;

    public PermitCheckView(PermitCheckViewModel vm, Runnable close) {
        this.vm = vm;
        this.close = close;
    }

    @FXML
    private void initialize() {
        status.textProperty().bind(vm.statusProperty());
        summary.textProperty().bind(vm.summaryProperty());
        Columns.text(colKind, PermitCheckViewModel.Row::kind);
        Columns.text(colName, PermitCheckViewModel.Row::name);
        Columns.text(colUscc, PermitCheckViewModel.Row::uscc);
        Columns.text(colList, PermitCheckViewModel.Row::list);
        Columns.text(colRegister, PermitCheckViewModel.Row::register);
        table.setItems(vm.rows());
        vm.load();
    }

    @FXML
    private void importRegister() {
        vm.chooseAndImport();
    }

    @FXML
    private void close() {
        close.run();
    }
}
