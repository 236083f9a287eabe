package cn.hazedesk.ui.warning;

import cn.hazedesk.application.port.EpisodeStore.TrackStep;
import cn.hazedesk.ui.common.Columns;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.List;

/** Controller of fxml/warning/Response.fxml: dashboard, orders with overdue rows highlighted, tracking, inspections. */
public final class ResponseView {
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass SUPERSEDED = PseudoClass.getPseudoClass("superseded");
    private static final PseudoClass NON_COMPLIANT = PseudoClass.getPseudoClass("noncompliant");
    private final ResponseViewModel vm;

    @FXML private Label dashboard;
    @FXML private Label counts;
    @FXML private TextField filter;
    @FXML private CheckBox overdueOnly;
    @FXML private javafx.scene.control.ComboBox<cn.hazedesk.ui.common.Choice<String>> districtFilter;
    @FXML private javafx.scene.control.ComboBox<cn.hazedesk.ui.common.Choice<ResponseViewModel.Stage>> stageFilter;
    @FXML private javafx.scene.control.TitledPane inspectPane;
    @FXML private Button openInspection;
    @FXML private CheckBox showSuperseded;
    @FXML private TableView<ResponseViewModel.Row> orders;
    @FXML private Button refresh;
    @FXML private Button delivered;
    @FXML private Button acknowledged;
    @FXML private Button implemented;
    @FXML private Button downgrade;
    @FXML private Button printOrders;
    @FXML private Button savePackage;
    @FXML private Label packageSaved;
    @FXML private Button printInspection;
    @FXML private VBox inspectBox;
    @FXML private TextField inspectionTime;
    @FXML private TextField inspector;
    @FXML private TextField finding;
    @FXML private CheckBox compliant;
    @FXML private TextField photo;
    @FXML private Button choosePhoto;
    @FXML private Button inspect;
    @FXML private TextArea detail;

    public ResponseView(ResponseViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        var m = vm.messages();
        dashboard.textProperty().bind(vm.dashboardProperty());
        counts.textProperty().bind(vm.countsProperty());
        filter.textProperty().bindBidirectional(vm.filterProperty());
        overdueOnly.selectedProperty().bindBidirectional(vm.overdueOnlyProperty());
        districtFilter.setItems(vm.districts());
        districtFilter.valueProperty().bindBidirectional(vm.districtProperty());
        stageFilter.setItems(vm.stages());
        stageFilter.valueProperty().bindBidirectional(vm.stageProperty());
        // the inspection form opens for the order chosen: 督查…, or a double-click on the order
        openInspection.disableProperty().bind(orders.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.trackableProperty().not()));
        openInspection.setOnAction(e -> openInspection());
        orders.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && orders.getSelectionModel().getSelectedItem() != null) {
                openInspection();
            }
        });
        showSuperseded.selectedProperty().bindBidirectional(vm.showSupersededProperty());
        var sorted = new javafx.collections.transformation.SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(orders.comparatorProperty());
        orders.setItems(sorted);
        orders.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // a reload (after a step here or on another seat) keeps the orders chosen and the place in the table
        cn.hazedesk.ui.common.TablePlace.keep(orders, vm.replacingProperty(), ResponseViewModel.Row::id);
        orders.getColumns().setAll(List.<TableColumn<ResponseViewModel.Row, ?>>of(
                Columns.text(m.get("response.col.district"), ResponseViewModel.Row::district),
                Columns.text(m.get("response.col.name"), ResponseViewModel.Row::name),
                Columns.text(m.get("response.col.uscc"), ResponseViewModel.Row::uscc),
                Columns.text(m.get("response.col.grade"), ResponseViewModel.Row::grade),
                Columns.text(m.get("response.col.level"), ResponseViewModel.Row::level),
                Columns.text(m.get("response.col.status"), ResponseViewModel.Row::status),
                Columns.text(m.get("response.col.delivered"), ResponseViewModel.Row::delivered),
                Columns.text(m.get("response.col.acknowledged"), ResponseViewModel.Row::acknowledged),
                Columns.text(m.get("response.col.implemented"), ResponseViewModel.Row::implemented),
                Columns.text(m.get("response.col.inspections"), ResponseViewModel.Row::inspections),
                Columns.text(m.get("response.col.round"), ResponseViewModel.Row::round)));
        double[] widths = {70, 230, 160, 70, 80, 150, 120, 120, 120, 90, 50};
        for (int i = 0; i < widths.length; i++) {
            orders.getColumns().get(i).setPrefWidth(widths[i]);
        }
        orders.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ResponseViewModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVERDUE, !empty && item != null && item.overdue());
                pseudoClassStateChanged(SUPERSEDED, !empty && item != null && !item.current());
                pseudoClassStateChanged(NON_COMPLIANT, !empty && item != null && item.nonCompliant());
            }
        });
        orders.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.select(b));
        delivered.setOnAction(e -> vm.track(List.copyOf(orders.getSelectionModel().getSelectedItems()), TrackStep.DELIVERED));
        acknowledged.setOnAction(e -> vm.track(List.copyOf(orders.getSelectionModel().getSelectedItems()), TrackStep.ACKNOWLEDGED));
        implemented.setOnAction(e -> vm.track(List.copyOf(orders.getSelectionModel().getSelectedItems()), TrackStep.IMPLEMENTED));
        downgrade.setOnAction(e -> vm.offerDowngrade(orders.getSelectionModel().getSelectedItem()));
        var chosen = orders.getSelectionModel().selectedItemProperty();
        var current = vm.session().currentProperty();
        printOrders.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !vm.canPrint(), current));
        printInspection.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !vm.canPrint() || chosen.get() == null, chosen, current));
        printOrders.setOnAction(e -> vm.printOrders());
        savePackage.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !vm.canPrint() || !vm.session().actor().scope().city(), current));
        savePackage.setOnAction(e -> vm.savePackage());
        packageSaved.textProperty().bind(vm.packageSavedProperty());
        packageSaved.managedProperty().bind(vm.packageSavedProperty().isNotEmpty());
        // brought forward after publishing: the next action is the package to send out (also when this page is built
        // by being brought forward: the tab's page is loaded when first shown)
        FocusWhenShown.onPage(vm.session().pageProperty(), EpisodeSession.Page.RESPONSE, () -> true, savePackage, () -> { });
        printInspection.setOnAction(e -> vm.printInspection(chosen.get()));
        for (Button b : List.of(delivered, acknowledged, implemented, inspect, downgrade)) {
            b.disableProperty().bind(vm.trackableProperty().not());
        }
        inspectionTime.textProperty().bindBidirectional(vm.inspectionTimeProperty());
        inspector.textProperty().bindBidirectional(vm.inspectorProperty());
        finding.textProperty().bindBidirectional(vm.findingProperty());
        compliant.selectedProperty().bindBidirectional(vm.compliantProperty());
        photo.textProperty().bindBidirectional(vm.photoProperty());
        choosePhoto.setOnAction(e -> vm.choosePhoto());
        inspect.setOnAction(e -> vm.inspect(orders.getSelectionModel().getSelectedItem()));
        detail.textProperty().bind(vm.inspectionsTextProperty());
        refresh.setOnAction(e -> vm.load());
        orders.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F5) {
                vm.load();
            }
        });
        Timeline minute = new Timeline();
        minute.getKeyFrames().add(new KeyFrame(Duration.minutes(1), e -> {
            boolean showing = orders.getScene() != null && orders.getScene().getWindow() != null
                    && orders.getScene().getWindow().isShowing();
            if (showing) {
                vm.tick();
            } else {
                minute.stop();
            }
        }));
        minute.setCycleCount(Timeline.INDEFINITE);
        // the clock runs only while the page is in a window, so a closed window leaves no timer behind
        orders.sceneProperty().addListener((o, a, b) -> {
            if (b == null) {
                minute.stop();
            } else {
                minute.play();
            }
        });
        if (orders.getScene() != null) {
            minute.play();
        }
        vm.load();
    }

    /** The inspection form's own window while it is open (null when closed). */
    private javafx.stage.Stage inspection;

    /**
     * The inspection form in a window of its own beside the table (not modal: choosing another order in the table
     * points the form at it), so that the form is whole however small the main window, and the table keeps the page.
     */
    private void openInspection() {
        if (inspection != null) {
            inspection.toFront();
            inspector.requestFocus();
            return;
        }
        javafx.scene.Node form = inspectPane.getContent();
        inspectPane.setContent(null);
        form.setVisible(true); // the collapsed pane that holds it had hidden it
        VBox root = new VBox(form);
        root.setPadding(new javafx.geometry.Insets(10));
        javafx.scene.Scene scene = new javafx.scene.Scene(root);
        scene.getStylesheets().setAll(orders.getScene().getStylesheets());
        javafx.stage.Stage window = new javafx.stage.Stage();
        window.initOwner(orders.getScene().getWindow());
        window.setTitle(inspectPane.getText());
        window.setScene(scene);
        window.setOnHidden(e -> {
            root.getChildren().clear();
            inspectPane.setContent(form);
            inspection = null;
        });
        inspection = window;
        window.show();
        window.requestFocus();
        javafx.application.Platform.runLater(inspector::requestFocus);
    }
}
