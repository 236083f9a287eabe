package cn.hazedesk.ui.warning;

import cn.hazedesk.domain.region.Region;
import cn.hazedesk.ui.common.Choice;
import cn.hazedesk.ui.common.Columns;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import java.util.List;

/** Controller of fxml/warning/Summary.fxml: the timeline, observed AQI, the evaluation and the closing summary. */
public final class SummaryView {
    private final SummaryViewModel vm;

    @FXML private TableView<SummaryViewModel.TimelineRow> timeline;
    @FXML private ComboBox<Choice<Region>> area;
    @FXML private DatePicker day;
    @FXML private TextField aqi;
    @FXML private Button saveObserved;
    @FXML private TextArea evaluation;
    @FXML private TextArea summary;
    @FXML private Button regenerate;
    @FXML private Button close;
    @FXML private Button previewReport;
    @FXML private TextField reportNumber;
    @FXML private Button suggestNumber;

    public SummaryView(SummaryViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        var m = vm.messages();
        timeline.setItems(vm.timeline());
        timeline.getColumns().setAll(List.<TableColumn<SummaryViewModel.TimelineRow, ?>>of(
                Columns.text(m.get("summary.col.time"), SummaryViewModel.TimelineRow::time),
                Columns.text(m.get("summary.col.actor"), SummaryViewModel.TimelineRow::actor),
                Columns.text(m.get("summary.col.action"), SummaryViewModel.TimelineRow::action),
                Columns.text(m.get("summary.col.detail"), SummaryViewModel.TimelineRow::detail)));
        double[] widths = {140, 90, 130, 640};
        for (int i = 0; i < widths.length; i++) {
            timeline.getColumns().get(i).setPrefWidth(widths[i]);
        }
        area.setItems(vm.areas());
        area.valueProperty().bindBidirectional(vm.areaProperty());
        day.valueProperty().bindBidirectional(vm.dayProperty());
        aqi.textProperty().bindBidirectional(vm.aqiProperty());
        saveObserved.setOnAction(e -> vm.saveObserved());
        evaluation.textProperty().bind(vm.evaluationProperty());
        summary.textProperty().bindBidirectional(vm.summaryProperty());
        regenerate.setOnAction(e -> vm.regenerate());
        close.setOnAction(e -> vm.close());
        previewReport.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !vm.canPreview(),
                vm.session().currentProperty()));
        previewReport.setOnAction(e -> vm.previewReport());
        reportNumber.textProperty().bindBidirectional(vm.reportNumberProperty());
        suggestNumber.setOnAction(e -> vm.suggestReportNumber());
        close.disableProperty().bind(vm.closableProperty().not());
        vm.load();
    }
}
