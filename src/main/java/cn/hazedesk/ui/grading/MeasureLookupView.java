package cn.hazedesk.ui.grading;

import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.reduction.GradedEnterprise;
import cn.hazedesk.ui.common.Choice;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.function.Function;

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
        col(colLine, MeasureLookupViewModel.Row::line);
        col(colType, MeasureLookupViewModel.Row::type);
        col(colFraction, MeasureLookupViewModel.Row::fraction);
        col(colCounted, MeasureLookupViewModel.Row::counted);
        col(colText, MeasureLookupViewModel.Row::text);
        col(colTransport, MeasureLookupViewModel.Row::transport);
        col(colRule, MeasureLookupViewModel.Row::rule);
        col(colSource, MeasureLookupViewModel.Row::source);
        table.setItems(vm.rows());
        // loads when its tab is shown (UiAssembly), not while hidden
    }

    private static void col(TableColumn<MeasureLookupViewModel.Row, String> c, Function<MeasureLookupViewModel.Row, String> f) {
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
    }
}
