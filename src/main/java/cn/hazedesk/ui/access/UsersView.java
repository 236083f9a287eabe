package cn.hazedesk.ui.access;

import cn.hazedesk.domain.access.Role;
import cn.hazedesk.domain.access.Scope;
import cn.hazedesk.ui.common.Choice;
import cn.hazedesk.ui.common.Columns;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Controller of fxml/access/Users.fxml. */
public final class UsersView {
    private final UsersViewModel vm;
    private final Runnable close;

    @FXML private TableView<UsersViewModel.Row> table;
    @FXML private TableColumn<UsersViewModel.Row, String> colName;
    @FXML private TableColumn<UsersViewModel.Row, String> colRole;
    @FXML private TableColumn<UsersViewModel.Row, String> colScope;
    @FXML private TableColumn<UsersViewModel.Row, String> colState;
    @FXML private Button disable;
    @FXML private Button enable;
    @FXML private Button reset;
    @FXML private TextField name;
    @FXML private ComboBox<Choice<Role>> role;
    @FXML private ComboBox<Choice<Scope>> scope;
    @FXML private PasswordField password;
    @FXML private PasswordField repeat;
    @FXML private Label message;
    @FXML private Button addButton;

    public UsersView(UsersViewModel vm, Runnable close) {
        this.vm = vm;
        this.close = close;
    }

    @FXML
    private void initialize() {
        Columns.text(colName, UsersViewModel.Row::name);
        Columns.text(colRole, UsersViewModel.Row::role);
        Columns.text(colScope, UsersViewModel.Row::scope);
        Columns.text(colState, UsersViewModel.Row::state);
        table.setItems(vm.rows());
        vm.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        for (Button b : new Button[]{disable, enable, reset}) {
            b.disableProperty().bind(vm.selectedProperty().isNull());
        }
        name.textProperty().bindBidirectional(vm.nameProperty());
        role.setItems(vm.roleChoices());
        role.valueProperty().bindBidirectional(vm.roleProperty());
        scope.setItems(vm.scopeChoices());
        scope.valueProperty().bindBidirectional(vm.scopeProperty());
        password.textProperty().bindBidirectional(vm.passwordProperty());
        repeat.textProperty().bindBidirectional(vm.repeatProperty());
        message.textProperty().bind(vm.messageProperty());
        vm.refresh();
    }

    @FXML private void add() { vm.add(); }
    @FXML private void disable() { vm.setDisabled(true); }
    @FXML private void enable() { vm.setDisabled(false); }
    @FXML private void reset() { vm.reset(); }
    @FXML private void close() { close.run(); }
}
