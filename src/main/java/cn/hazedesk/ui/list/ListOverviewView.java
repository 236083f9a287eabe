package cn.hazedesk.ui.list;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** Controller of fxml/list/ListOverview.fxml. */
public final class ListOverviewView {
    private final ListOverviewViewModel vm;

    @FXML private Label counts;
    @FXML private Label sample;
    @FXML private Button removeSample;

    public ListOverviewView(ListOverviewViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        counts.textProperty().bind(vm.countsTextProperty());
        sample.textProperty().bind(vm.sampleTextProperty());
        removeSample.disableProperty().bind(vm.canRemoveSampleProperty().not());
        vm.refresh();
    }

    @FXML
    private void removeSample() {
        vm.removeSample();
    }
}
