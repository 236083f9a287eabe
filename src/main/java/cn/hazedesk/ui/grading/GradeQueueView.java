package cn.hazedesk.ui.grading;

import cn.hazedesk.application.EnterpriseRow;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.grading.ReviewStage;
import cn.hazedesk.ui.common.Choice;
import javafx.collections.ListChangeListener;
import cn.hazedesk.ui.common.Columns;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;


/** Controller of fxml/grading/GradeQueue.fxml. */
public final class GradeQueueView {
    private final GradeQueueViewModel vm;

    @FXML private ComboBox<Choice<ReviewStage>> stage;
    @FXML private TextField comment;
    @FXML private Button approve;
    @FXML private Button reject;
    @FXML private Label message;
    @FXML private TableView<GradeQueueViewModel.Row> table;
    @FXML private Label tablePlaceholder;
    @FXML private TableColumn<GradeQueueViewModel.Row, String> colName;
    @FXML private TableColumn<GradeQueueViewModel.Row, String> colUscc;
    @FXML private TableColumn<GradeQueueViewModel.Row, String> colIndustry;
    @FXML private TableColumn<GradeQueueViewModel.Row, String> colGrade;
    @FXML private TableColumn<GradeQueueViewModel.Row, String> colStatus;
    @FXML private TableColumn<GradeQueueViewModel.Row, String> colSince;
    @FXML private ListView<String> steps;
    @FXML private ComboBox<Choice<EnterpriseRow>> applyEnterprise;
    @FXML private ComboBox<Choice<PerformanceGrade>> applyGrade;
    @FXML private TextField applySource;

    public GradeQueueView(GradeQueueViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        stage.setItems(vm.stages());
        stage.valueProperty().bindBidirectional(vm.stageProperty());
        comment.textProperty().bindBidirectional(vm.commentProperty());
        message.textProperty().bind(vm.messageProperty());
        Columns.text(colName, GradeQueueViewModel.Row::name);
        Columns.text(colUscc, GradeQueueViewModel.Row::uscc);
        Columns.text(colIndustry, GradeQueueViewModel.Row::industry);
        Columns.text(colGrade, GradeQueueViewModel.Row::grade);
        Columns.text(colStatus, GradeQueueViewModel.Row::status);
        Columns.text(colSince, GradeQueueViewModel.Row::since);
        table.setItems(vm.rows());
        tablePlaceholder.textProperty().bind(vm.placeholderProperty());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<GradeQueueViewModel.Row>) c ->
                vm.selected().setAll(table.getSelectionModel().getSelectedItems()));
        var none = javafx.beans.binding.Bindings.isEmpty(vm.selected());
        approve.disableProperty().bind(none);
        reject.disableProperty().bind(javafx.beans.binding.Bindings.size(vm.selected()).isNotEqualTo(1));
        steps.setItems(vm.steps());
        applyEnterprise.setItems(vm.enterprises());
        applyEnterprise.valueProperty().bindBidirectional(vm.applyEnterpriseProperty());
        applyGrade.setItems(vm.grades());
        applyGrade.valueProperty().bindBidirectional(vm.applyGradeProperty());
        applySource.textProperty().bindBidirectional(vm.applySourceProperty());
        // loads when its tab is shown (app.GradingAssembly), like the other grading tabs
    }


    @FXML private void approve() { vm.approveSelected(); }
    @FXML private void reject() { vm.rejectSelected(); }
    @FXML private void apply() { vm.apply(); }
}
