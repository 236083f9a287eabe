package cn.hazedesk.ui.list;

import cn.hazedesk.ui.common.Columns;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;


/** Controller of fxml/list/ChangeHistory.fxml. */
public final class ChangeHistoryView {
    private final ChangeHistoryViewModel vm;
    private final Runnable close;

    @FXML private Label title;
    @FXML private Label status;
    @FXML private TableView<ChangeHistoryViewModel.Row> table;
    @FXML private TableColumn<ChangeHistoryViewModel.Row, String> colWhen;
    @FXML private TableColumn<ChangeHistoryViewModel.Row, String> colActor;
    @FXML private TableColumn<ChangeHistoryViewModel.Row, String> colField;
    @FXML private TableColumn<ChangeHistoryViewModel.Row, String> colOld;
    @FXML private TableColumn<ChangeHistoryViewModel.Row, String> colNew;

    public ChangeHistoryView(ChangeHistoryViewModel vm, Runnable close) {
        this.vm = vm;
        this.close = close;
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(vm.titleProperty());
        status.textProperty().bind(vm.statusProperty());
        Columns.text(colWhen, ChangeHistoryViewModel.Row::when);
        Columns.text(colActor, ChangeHistoryViewModel.Row::actor);
        Columns.text(colField, ChangeHistoryViewModel.Row::field);
        Columns.text(colOld, ChangeHistoryViewModel.Row::oldValue);
        Columns.text(colNew, ChangeHistoryViewModel.Row::newValue);
        table.setItems(vm.rows());
        vm.load();
    }


    @FXML
    private void close() {
        close.run();
    }
}
