package cn.hazedesk.ui.list;

import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.ui.common.Choice;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.Property;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * Controller of fxml/list/EnterpriseEditor.fxml: binds each control to its property in
 * {@link EnterpriseEditorViewModel} and marks invalid fields (red border, the reason as tooltip).
 */
public final class EnterpriseEditorView {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO2 = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final EnterpriseEditorViewModel vm;
    private final List<Runnable> unbindLine = new ArrayList<>();

    @FXML private BorderPane root;
    @FXML private Label title;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private TextField name;
    @FXML private TextField uscc;
    @FXML private ComboBox<Choice<cn.hazedesk.domain.region.Region>> district;
    @FXML private ComboBox<Choice<String>> industry;
    @FXML private ComboBox<Choice<cn.hazedesk.domain.enterprise.PerformanceGrade>> grade;
    @FXML private ComboBox<Choice<cn.hazedesk.domain.enterprise.ControlType>> controlType;
    @FXML private TextField address;
    @FXML private TextField longitude;
    @FXML private TextField latitude;
    @FXML private TextField contact;
    @FXML private TextField phone;
    @FXML private TextField permitNumber;
    @FXML private TextField permitManagement;
    @FXML private CheckBox bulkTransport;
    @FXML private TextField trucks;
    @FXML private TextField truckStandard;
    @FXML private ListView<LineEditModel> lineList;
    @FXML private Button removeLineButton;
    @FXML private GridPane lineGrid;
    @FXML private TextField lineName;
    @FXML private TextField lineProcess;
    @FXML private TextField lineCapacity;
    @FXML private TextField lineCoking;
    @FXML private TextField lineSo2;
    @FXML private TextField lineNox;
    @FXML private TextField linePm;
    @FXML private TextField lineVocs;
    @FXML private ComboBox<Choice<MeasureType>> yellowType;
    @FXML private TextField yellowFraction;
    @FXML private TextField yellowText;
    @FXML private ComboBox<Choice<MeasureType>> orangeType;
    @FXML private TextField orangeFraction;
    @FXML private TextField orangeText;
    @FXML private ComboBox<Choice<MeasureType>> redType;
    @FXML private TextField redFraction;
    @FXML private TextField redText;
    @FXML private VBox problemBox;
    @FXML private ListView<String> problems;
    @FXML private Label hint;
    @FXML private VBox yoursBox;
    @FXML private ListView<String> yours;
    @FXML private Label saveMessage;
    @FXML private Button saveButton;

    public EnterpriseEditorView(EnterpriseEditorViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(vm.titleProperty());
        text(name, vm.nameProperty(), ListField.NAME);
        text(uscc, vm.usccProperty(), ListField.USCC);
        choice(district, vm.districtChoices(), vm.districtProperty(), ListField.DISTRICT);
        choice(industry, vm.industryChoices(), vm.industryProperty(), ListField.INDUSTRY);
        choice(grade, vm.gradeChoices(), vm.gradeProperty(), ListField.GRADE);
        choice(controlType, vm.controlTypeChoices(), vm.controlTypeProperty(), ListField.CONTROL_TYPE);
        text(address, vm.addressProperty(), ListField.ADDRESS);
        text(longitude, vm.longitudeProperty(), ListField.LONGITUDE);
        text(latitude, vm.latitudeProperty(), ListField.LATITUDE);
        text(contact, vm.contactProperty(), ListField.CONTACT);
        text(phone, vm.phoneProperty(), ListField.PHONE);
        text(permitNumber, vm.permitNumberProperty(), ListField.PERMIT_NUMBER);
        text(permitManagement, vm.permitManagementProperty(), ListField.PERMIT_MANAGEMENT);
        bulkTransport.selectedProperty().bindBidirectional(vm.bulkTransportProperty());
        text(trucks, vm.trucksProperty(), ListField.TRUCKS);
        text(truckStandard, vm.truckStandardProperty(), ListField.TRUCK_STANDARD);

        lineList.setItems(vm.lines());
        lineList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(LineEditModel item, boolean empty) {
                super.updateItem(item, empty);
                textProperty().unbind();
                if (empty || item == null) {
                    setText(null);
                    pseudoClassStateChanged(INVALID, false);
                } else {
                    textProperty().bind(javafx.beans.binding.Bindings.when(item.nameProperty().isEmpty())
                            .then(vm.labels().messages().get("editor.unnamedLine")).otherwise(item.nameProperty()));
                    pseudoClassStateChanged(INVALID, vm.lineHasProblems(item));
                }
            }
        });
        vm.revisionProperty().addListener((o, a, b) -> lineList.refresh());
        vm.selectedLineProperty().addListener((o, old, now) -> bindLine(now));
        lineList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.selectedLineProperty().get()) {
                vm.selectedLineProperty().set(b);
            }
        });
        for (ComboBox<Choice<MeasureType>> box : List.of(yellowType, orangeType, redType)) {
            box.setItems(vm.measureTypeChoices());
        }
        lineDecoration(lineName, ListField.LINE_NAME);
        lineDecoration(lineSo2, ListField.SO2);
        lineDecoration(lineCoking, ListField.DESIGN_COKING_HOURS);
        lineDecoration(lineNox, ListField.NOX);
        lineDecoration(linePm, ListField.PM);
        lineDecoration(lineVocs, ListField.VOCS);
        lineDecoration(yellowFraction, ListField.YELLOW_FRACTION);
        lineDecoration(orangeFraction, ListField.ORANGE_FRACTION);
        lineDecoration(redFraction, ListField.RED_FRACTION);
        lineGrid.disableProperty().bind(vm.selectedLineProperty().isNull());
        removeLineButton.disableProperty().bind(vm.selectedLineProperty().isNull());
        bindLine(vm.selectedLineProperty().get());

        problems.setItems(vm.problems());
        problemBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.problems()));
        problemBox.managedProperty().bind(problemBox.visibleProperty());
        hint.textProperty().bind(javafx.beans.binding.Bindings.when(javafx.beans.binding.Bindings.isEmpty(vm.problems()))
                .then("").otherwise(vm.labels().messages().get("editor.fixFirst")));
        saveButton.disableProperty().bind(vm.canSaveProperty().not());
        yours.setItems(vm.yourValues());
        yoursBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.yourValues()));
        yoursBox.managedProperty().bind(yoursBox.visibleProperty());
        saveMessage.textProperty().bind(vm.saveMessageProperty());
        saveMessage.visibleProperty().bind(vm.saveMessageProperty().isNotEmpty());
        saveMessage.managedProperty().bind(saveMessage.visibleProperty());
        undoButton.disableProperty().bind(vm.canUndoProperty().not());
        redoButton.disableProperty().bind(vm.canRedoProperty().not());
        if (!vm.editable()) {
            // a user who may not change the list looks at it: nothing to type into or choose (the buttons that change
            // something are hidden by their FXML's may:ENTERPRISE_EDIT); the lines can still be chosen and read
            for (TextField f : java.util.List.of(name, uscc, address, longitude, latitude, contact, phone, permitNumber,
                    permitManagement, trucks, truckStandard, lineName, lineProcess, lineCapacity, lineCoking, lineSo2, lineNox,
                    linePm, lineVocs, yellowFraction, yellowText, orangeFraction, orangeText, redFraction, redText)) {
                f.setEditable(false);
            }
            for (javafx.scene.control.Control c : java.util.List.of(district, industry, grade, controlType, bulkTransport,
                    yellowType, orangeType, redType)) {
                c.setDisable(true);
                c.getStyleClass().add("read-only"); // drawn as readable as the text fields (app.css)
            }
        }

        // our undo, not the text field's own: one history for the whole form
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                vm.undo();
                e.consume();
            } else if (REDO.match(e) || REDO2.match(e)) {
                vm.redo();
                e.consume();
            } else if (SAVE.match(e)) {
                vm.save();
                e.consume();
            }
        });
        vm.load();
    }

    private void bindLine(LineEditModel m) {
        unbindLine.forEach(Runnable::run);
        unbindLine.clear();
        if (lineList.getSelectionModel().getSelectedItem() != m) {
            lineList.getSelectionModel().select(m);
        }
        if (m == null) {
            for (TextField f : List.of(lineName, lineProcess, lineCapacity, lineCoking, lineSo2, lineNox, linePm, lineVocs,
                    yellowFraction, yellowText, orangeFraction, orangeText, redFraction, redText)) {
                f.clear();
            }
            return;
        }
        bothWays(lineName.textProperty(), m.nameProperty());
        bothWays(lineProcess.textProperty(), m.processProperty());
        bothWays(lineCapacity.textProperty(), m.capacityProperty());
        bothWays(lineCoking.textProperty(), m.cokingProperty());
        bothWays(lineSo2.textProperty(), m.so2Property());
        bothWays(lineNox.textProperty(), m.noxProperty());
        bothWays(linePm.textProperty(), m.pmProperty());
        bothWays(lineVocs.textProperty(), m.vocsProperty());
        bothWays(yellowType.valueProperty(), m.typeProperty(WarningLevel.YELLOW));
        bothWays(yellowFraction.textProperty(), m.fractionProperty(WarningLevel.YELLOW));
        bothWays(yellowText.textProperty(), m.textProperty(WarningLevel.YELLOW));
        bothWays(orangeType.valueProperty(), m.typeProperty(WarningLevel.ORANGE));
        bothWays(orangeFraction.textProperty(), m.fractionProperty(WarningLevel.ORANGE));
        bothWays(orangeText.textProperty(), m.textProperty(WarningLevel.ORANGE));
        bothWays(redType.valueProperty(), m.typeProperty(WarningLevel.RED));
        bothWays(redFraction.textProperty(), m.fractionProperty(WarningLevel.RED));
        bothWays(redText.textProperty(), m.textProperty(WarningLevel.RED));
    }

    private <T> void bothWays(Property<T> control, Property<T> model) {
        control.bindBidirectional(model);
        unbindLine.add(() -> control.unbindBidirectional(model));
    }

    private void text(TextField f, javafx.beans.property.StringProperty p, ListField field) {
        f.textProperty().bindBidirectional(p);
        decorate(f, vm.problemFor(field));
    }

    private <T> void choice(ComboBox<Choice<T>> box, javafx.collections.ObservableList<Choice<T>> items,
                            javafx.beans.property.ObjectProperty<Choice<T>> p, ListField field) {
        box.setItems(items);
        box.valueProperty().bindBidirectional(p);
        decorate(box, vm.problemFor(field));
    }

    private void lineDecoration(Control c, ListField field) {
        decorate(c, vm.lineProblemFor(field));
    }

    private static void decorate(Control c, StringBinding problem) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(problem);
        c.getProperties().put("hazedesk.problem", problem); // keeps the binding alive as long as the control
        Runnable apply = () -> {
            boolean bad = !problem.get().isEmpty();
            c.pseudoClassStateChanged(INVALID, bad);
            c.setTooltip(bad ? tip : null);
        };
        problem.addListener((o, a, b) -> apply.run());
        apply.run();
    }

    @FXML private void undo() { vm.undo(); }
    @FXML private void redo() { vm.redo(); }
    @FXML private void addLine() { vm.addLine(); lineName.requestFocus(); }
    @FXML private void removeLine() { vm.removeSelectedLine(); }
    @FXML private void save() { vm.save(); }
    @FXML private void cancel() { vm.requestClose(); }
}
