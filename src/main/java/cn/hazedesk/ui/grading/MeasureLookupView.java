package cn.hazedesk.ui.grading;

import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.reduction.GradedEnterprise;
import cn.hazedesk.ui.common.Choice;
import cn.hazedesk.ui.common.Columns;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;


/** Controller of fxml/grading/MeasureLookup.fxml. */
public final class MeasureLookupView {
    private final MeasureLookupViewModel vm;

    @FXML private ComboBox<Choice<GradedEnterprise>> enterprise;
    @FXML private ComboBox<Choice<WarningLevel>> level;
    @FXML private Label grade;
    @FXML private TableView<MeasureLookupViewModel.Row> table;
    @FXML private TableColumn<MeasureLookupViewModel.Row, String> colLine;
    @FXML private TableColumn<MeasureLookupViewModel.Row, String> colType;
    @FXML private TableColumn<MeasureLookupViewModel.Row, String> colFraction;
    @FXML private TableColumn<MeasureLookupViewModel.Row, String> colCounted;
    @FXML private TableColumn<MeasureLookupViewModel.Row, String> colText;
    @FXML private TableColumn<MeasureLookupViewModel.Row, String> colTransport;
    @FXML private TableColumn<MeasureLookupViewModel.Row, String> colRule;
    @FXML private TableColumn<MeasureLookupViewModel.Row, String> colSource;

    public MeasureLookupView(MeasureLookupViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        enterprise.setItems(vm.enterprises());
        enterprise.valueProperty().bindBidirectional(vm.enterpriseProperty());
        level.setItems(vm.levels());
        level.valueProperty().bindBidirectional(vm.levelProperty());
        grade.textProperty().bind(vm.gradeTextProperty());
        Columns.text(colLine, MeasureLookupViewModel.Row::line);
        Columns.text(colType, MeasureLookupViewModel.Row::type);
        Columns.text(colFraction, MeasureLookupViewModel.Row::fraction);
        Columns.text(colCounted, MeasureLookupViewModel.Row::counted);
        Columns.text(colText, MeasureLookupViewModel.Row::text);
        Columns.text(colTransport, MeasureLookupViewModel.Row::transport);
        Columns.text(colRule, MeasureLookupViewModel.Row::rule);
        Columns.text(colSource, MeasureLookupViewModel.Row::source);
        table.setItems(vm.rows());
        // loads when its tab is shown (app.GradingAssembly), not while hidden
    }

}
