package cn.hazedesk.ui.document;

import cn.hazedesk.ui.common.Choice;
import cn.hazedesk.ui.common.Columns;
import cn.hazedesk.domain.enterprise.WarningLevel;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Controller of fxml/document/OrderBatch.fxml: bindings to {@link OrderBatchViewModel}. */
public final class OrderBatchView {
    private final OrderBatchViewModel vm;

    @FXML private ComboBox<Choice<WarningLevel>> level;
    @FXML private ComboBox<Choice<String>> district;
    @FXML private CheckBox drill;
    @FXML private Label count;
    @FXML private Label checks;
    @FXML private TableView<OrderBatchViewModel.Row> table;
    @FXML private Label tablePlaceholder;
    @FXML private TableColumn<OrderBatchViewModel.Row, String> colEnterprise;
    @FXML private TableColumn<OrderBatchViewModel.Row, String> colUscc;
    @FXML private TableColumn<OrderBatchViewModel.Row, String> colDistrict;
    @FXML private TableColumn<OrderBatchViewModel.Row, String> colGrade;
    @FXML private TableColumn<OrderBatchViewModel.Row, String> colMeasures;
    @FXML private Button previewButton;
    @FXML private Button saveButton;
    @FXML private Button folderButton;
    @FXML private ProgressBar progress;
    @FXML private Label progressText;
    @FXML private Button cancelButton;
    @FXML private Label outcome;

    public OrderBatchView(OrderBatchViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        level.setItems(vm.levels());
        level.valueProperty().bindBidirectional(vm.levelProperty());
        district.setItems(vm.districts());
        district.valueProperty().bindBidirectional(vm.districtProperty());
        drill.selectedProperty().bindBidirectional(vm.drillProperty());
        count.textProperty().bind(vm.countProperty());
        checks.textProperty().bind(vm.checksProperty());
        checks.visibleProperty().bind(vm.checksProperty().isNotEmpty());
        checks.managedProperty().bind(checks.visibleProperty());
        table.setItems(vm.rows());
        tablePlaceholder.textProperty().bind(vm.placeholderProperty());
        Columns.text(colEnterprise, OrderBatchViewModel.Row::enterprise);
        Columns.text(colUscc, OrderBatchViewModel.Row::uscc);
        Columns.text(colDistrict, OrderBatchViewModel.Row::district);
        Columns.text(colGrade, OrderBatchViewModel.Row::grade);
        Columns.text(colMeasures, OrderBatchViewModel.Row::measures);
        previewButton.disableProperty().bind(vm.busyProperty());
        saveButton.disableProperty().bind(vm.busyProperty());
        folderButton.disableProperty().bind(vm.busyProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.progressProperty().bind(vm.progressProperty());
        progressText.visibleProperty().bind(vm.busyProperty());
        progressText.textProperty().bind(vm.progressTextProperty());
        cancelButton.visibleProperty().bind(vm.busyProperty());
        outcome.textProperty().bind(vm.outcomeProperty());
        vm.load();
    }

    @FXML private void preview() { vm.preview(); }
    @FXML private void savePdf() { vm.savePdf(); }
    @FXML private void saveFolder() { vm.saveFolder(); }
    @FXML private void cancel() { vm.cancel(); }
    @FXML private void reload() { vm.load(); }
}
