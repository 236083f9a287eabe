package cn.hazedesk.ui.list;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.function.Function;

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
        col(colWhen, ChangeHistoryViewModel.Row::when);
        col(colActor, ChangeHistoryViewModel.Row::actor);
        col(colField, ChangeHistoryViewModel.Row::field);
        col(colOld, ChangeHistoryViewModel.Row::oldValue);
        col(colNew, ChangeHistoryViewModel.Row::newValue);
        table.setItems(vm.rows());
        vm.load();
    }

    private static void col(TableColumn<ChangeHistoryViewModel.Row, String> c, Function<ChangeHistoryViewModel.Row, String> f) {
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
    }

    @FXML
    private void close() {
        close.run();
    }
}
