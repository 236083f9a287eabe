package cn.hazedesk.ui.placeholder;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Controller of fxml/placeholder/PlaceholderPage.fxml. */
public final class PlaceholderView {
    private final PlaceholderViewModel vm;

    @FXML private VBox root;
    @FXML private Label heading;
    @FXML private Label summary;
    @FXML private VBox planned;
    @FXML private Label status;

    public PlaceholderView(PlaceholderViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        root.setId("page-" + vm.area().key());
        heading.setText(vm.heading());
        summary.setText(vm.summary());
        for (String item : vm.plannedItems()) {
            Label l = new Label(item);
            l.setWrapText(true);
            l.getStyleClass().add("plan-item");
            planned.getChildren().add(l);
        }
        status.setText(vm.status());
    }
}
