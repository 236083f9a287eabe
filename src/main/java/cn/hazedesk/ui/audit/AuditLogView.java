package cn.hazedesk.ui.audit;

import cn.hazedesk.ui.common.Choice;
import cn.hazedesk.ui.common.Columns;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

import java.time.LocalDate;

/** Controller of fxml/audit/AuditLog.fxml: bindings to {@link AuditLogViewModel} and its keys (Ctrl+F, F5). */
public final class AuditLogView {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);

    private final AuditLogViewModel vm;

    @FXML private VBox root;
    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private TextField actor;
    @FXML private ComboBox<Choice<String>> action;
    @FXML private TextField text;
    @FXML private Label count;
    @FXML private Label tablePlaceholder;
    @FXML private Label chain;
    @FXML private Button more;
    @FXML private TableView<AuditLogViewModel.Row> table;
    @FXML private TableColumn<AuditLogViewModel.Row, String> colWhen;
    @FXML private TableColumn<AuditLogViewModel.Row, String> colActor;
    @FXML private TableColumn<AuditLogViewModel.Row, String> colAction;
    @FXML private TableColumn<AuditLogViewModel.Row, String> colSubject;
    @FXML private TableColumn<AuditLogViewModel.Row, String> colDetail;
    @FXML private TextArea detail;

    public AuditLogView(AuditLogViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        date(from, vm.fromProperty());
        date(to, vm.toProperty());
        actor.textProperty().bindBidirectional(vm.actorProperty());
        text.textProperty().bindBidirectional(vm.textProperty());
        action.setItems(vm.actions());
        action.valueProperty().bindBidirectional(vm.actionProperty());
        count.textProperty().bind(vm.countTextProperty());
        tablePlaceholder.textProperty().bind(vm.placeholderProperty());
        chain.textProperty().bind(vm.chainTextProperty());
        more.visibleProperty().bind(vm.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.disableProperty().bind(vm.loadingProperty());

        Columns.text(colWhen, AuditLogViewModel.Row::when);
        Columns.text(colActor, AuditLogViewModel.Row::actor);
        Columns.text(colAction, AuditLogViewModel.Row::action);
        Columns.text(colSubject, AuditLogViewModel.Row::subject);
        Columns.text(colDetail, AuditLogViewModel.Row::detail);
        SortedList<AuditLogViewModel.Row> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        detail.textProperty().bind(vm.detailProperty());

        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                text.requestFocus();
                text.selectAll();
                e.consume();
            } else if (REFRESH.match(e)) {
                vm.reload();
                e.consume();
            }
        });
        // read again each time the page is shown, so that it lists what the other areas just did
        root.sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.reload();
            }
        });
    }

    /** A typed date counts when the field loses focus too, not only on Enter. */
    private static void date(DatePicker picker, javafx.beans.property.ObjectProperty<LocalDate> value) {
        picker.valueProperty().bindBidirectional(value);
        picker.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                try {
                    picker.setValue(picker.getConverter().fromString(picker.getEditor().getText()));
                } catch (java.time.format.DateTimeParseException ignored) {
                    picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
                }
            }
        });
    }

    @FXML private void apply() { vm.apply(); }
    @FXML private void clearFilters() { vm.clearFilters(); }
    @FXML private void loadMore() { vm.loadMore(); }
    @FXML private void export() { vm.export(); }
}
