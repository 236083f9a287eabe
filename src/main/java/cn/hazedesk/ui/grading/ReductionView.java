package cn.hazedesk.ui.grading;

import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.ui.common.Choice;
import javafx.css.PseudoClass;
import cn.hazedesk.ui.common.Columns;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import java.util.List;
import java.util.Map;

/** Controller of fxml/grading/Reduction.fxml: the table, the shortfalls and a bar chart of percent per region. */
public final class ReductionView {
    private static final PseudoClass UNDER = PseudoClass.getPseudoClass("under");
    private static final PseudoClass UNKNOWN = PseudoClass.getPseudoClass("unknown");
    private final ReductionViewModel vm;

    @FXML private ComboBox<Choice<WarningLevel>> level;
    @FXML private Label target;
    @FXML private Label baselineNote;
    @FXML private TableView<ReductionViewModel.Row> table;
    @FXML private TableColumn<ReductionViewModel.Row, String> colRegion;
    @FXML private TableColumn<ReductionViewModel.Row, String> colPollutant;
    @FXML private TableColumn<ReductionViewModel.Row, String> colCut;
    @FXML private TableColumn<ReductionViewModel.Row, String> colBaseline;
    @FXML private TableColumn<ReductionViewModel.Row, String> colBaselineSource;
    @FXML private TableColumn<ReductionViewModel.Row, String> colPercent;
    @FXML private TableColumn<ReductionViewModel.Row, String> colTarget;
    @FXML private TableColumn<ReductionViewModel.Row, String> colVerdict;
    @FXML private ListView<String> gaps;
    @FXML private BarChart<String, Number> chart;

    public ReductionView(ReductionViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        level.setItems(vm.levels());
        level.valueProperty().bindBidirectional(vm.levelProperty());
        target.textProperty().bind(vm.targetTextProperty());
        baselineNote.textProperty().bind(vm.baselineNoteProperty());
        baselineNote.visibleProperty().bind(vm.baselineNoteProperty().isNotEmpty());
        baselineNote.managedProperty().bind(baselineNote.visibleProperty());
        Columns.text(colRegion, ReductionViewModel.Row::region);
        Columns.text(colPollutant, ReductionViewModel.Row::pollutant);
        Columns.text(colCut, ReductionViewModel.Row::cut);
        Columns.text(colBaseline, ReductionViewModel.Row::baseline);
        Columns.text(colBaselineSource, ReductionViewModel.Row::baselineSource);
        Columns.text(colPercent, ReductionViewModel.Row::percent);
        Columns.text(colTarget, ReductionViewModel.Row::target);
        Columns.text(colVerdict, ReductionViewModel.Row::verdict);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ReductionViewModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(UNDER, !empty && item != null && item.under());
                pseudoClassStateChanged(UNKNOWN, !empty && item != null && item.unknown());
            }
        });
        table.setItems(vm.rows());
        gaps.setItems(vm.shortfalls());
        vm.chartProperty().addListener((o, a, b) -> draw(b));
        // loads when its tab is shown (app.GradingAssembly), not while hidden
    }

    private void draw(Map<String, List<ReductionViewModel.Bar>> bars) {
        chart.getData().clear();
        bars.forEach((pollutant, list) -> {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(pollutant);
            list.forEach(b -> s.getData().add(new XYChart.Data<>(b.region(), b.percent())));
            chart.getData().add(s);
        });
    }


    @FXML private void refresh() { vm.load(); }
}
