package cn.hazedesk.ui.grading;

import cn.hazedesk.application.EnterpriseRow;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.grading.DowngradeReason;
import cn.hazedesk.ui.common.Choice;
import cn.hazedesk.ui.common.Columns;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;


/** Controller of fxml/grading/GradeHistory.fxml. */
public final class GradeHistoryView {
    private final GradeHistoryViewModel vm;

    @FXML private ComboBox<Choice<EnterpriseRow>> enterprise;
    @FXML private Label inEffect;
    @FXML private TableView<GradeHistoryViewModel.Row> table;
    @FXML private TableColumn<GradeHistoryViewModel.Row, String> colIndustry;
    @FXML private TableColumn<GradeHistoryViewModel.Row, String> colGrade;
    @FXML private TableColumn<GradeHistoryViewModel.Row, String> colStatus;
    @FXML private TableColumn<GradeHistoryViewModel.Row, String> colPeriod;
    @FXML private TableColumn<GradeHistoryViewModel.Row, String> colSteps;
    @FXML private ComboBox<Choice<PerformanceGrade>> downgradeTo;
    @FXML private ComboBox<Choice<DowngradeReason>> reason;
    @FXML private TextField comment;
    @FXML private Button downgrade;
    @FXML private Button revoke;
    @FXML private Label message;

    public GradeHistoryView(GradeHistoryViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        enterprise.setItems(vm.enterprises());
        enterprise.valueProperty().bindBidirectional(vm.enterpriseProperty());
        inEffect.textProperty().bind(vm.inEffectProperty());
        Columns.text(colIndustry, GradeHistoryViewModel.Row::industry);
        Columns.text(colGrade, GradeHistoryViewModel.Row::grade);
        Columns.text(colStatus, GradeHistoryViewModel.Row::status);
        Columns.text(colPeriod, GradeHistoryViewModel.Row::period);
        Columns.text(colSteps, GradeHistoryViewModel.Row::steps);
        table.setItems(vm.rows());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        downgradeTo.setItems(vm.grades());
        downgradeTo.valueProperty().bindBidirectional(vm.downgradeToProperty());
        reason.setItems(vm.reasons());
        reason.valueProperty().bindBidirectional(vm.reasonProperty());
        comment.textProperty().bindBidirectional(vm.commentProperty());
        downgrade.disableProperty().bind(vm.canActProperty().not());
        revoke.disableProperty().bind(vm.canActProperty().not());
        message.textProperty().bind(vm.messageProperty());
        // loads when its tab is shown (app.GradingAssembly), not while hidden
    }


    @FXML private void downgrade() { vm.downgrade(); }
    @FXML private void revoke() { vm.revoke(); }
}
