package cn.hazedesk.ui.list;

import cn.hazedesk.application.EnterpriseRow;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.ui.common.Choice;
import cn.hazedesk.ui.common.Labels;
import javafx.beans.property.ReadOnlyObjectWrapper;
import cn.hazedesk.ui.common.Columns;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.function.Function;

/** Controller of fxml/list/EnterpriseList.fxml: bindings to {@link EnterpriseListViewModel} and key handling. */
public final class EnterpriseListView {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);

    private final EnterpriseListViewModel vm;
    private final cn.hazedesk.ui.common.SeatNews news;

    @FXML private VBox root;
    @FXML private TextField filterText;
    @FXML private ComboBox<Choice<Region>> district;
    @FXML private ComboBox<Choice<String>> industry;
    @FXML private ComboBox<Choice<PerformanceGrade>> grade;
    @FXML private ComboBox<Choice<ControlType>> controlType;
    @FXML private Button editButton;
    @FXML private Button historyButton;
    @FXML private Button deleteButton;
    @FXML private HBox sampleBox;
    @FXML private Label sample;
    @FXML private TableView<EnterpriseRow> enterprises;
    @FXML private Label tablePlaceholder;
    @FXML private TableColumn<EnterpriseRow, String> colName;
    @FXML private TableColumn<EnterpriseRow, String> colUscc;
    @FXML private TableColumn<EnterpriseRow, String> colDistrict;
    @FXML private TableColumn<EnterpriseRow, String> colIndustry;
    @FXML private TableColumn<EnterpriseRow, PerformanceGrade> colGrade;
    @FXML private TableColumn<EnterpriseRow, String> colControl;
    @FXML private TableColumn<EnterpriseRow, Integer> colLines;
    @FXML private TableColumn<EnterpriseRow, BigDecimal> colSo2;
    @FXML private TableColumn<EnterpriseRow, BigDecimal> colNox;
    @FXML private TableColumn<EnterpriseRow, BigDecimal> colPm;
    @FXML private TableColumn<EnterpriseRow, BigDecimal> colVocs;
    @FXML private TableView<LineRow> lines;
    @FXML private TableColumn<LineRow, String> lineName;
    @FXML private TableColumn<LineRow, String> lineProcess;
    @FXML private TableColumn<LineRow, String> lineCapacity;
    @FXML private TableColumn<LineRow, String> lineSo2;
    @FXML private TableColumn<LineRow, String> lineNox;
    @FXML private TableColumn<LineRow, String> linePm;
    @FXML private TableColumn<LineRow, String> lineVocs;
    @FXML private TableColumn<LineRow, String> lineYellow;
    @FXML private TableColumn<LineRow, String> lineOrange;
    @FXML private TableColumn<LineRow, String> lineRed;
    @FXML private Label counts;
    @FXML private Label checks;

    /** {@code news}: other seats' changes of the list, shown without a refresh by hand (shared mode). */
    public EnterpriseListView(EnterpriseListViewModel vm, cn.hazedesk.ui.common.SeatNews news) {
        this.vm = vm;
        this.news = news;
    }

    @FXML
    private void initialize() {
        Labels labels = vm.labels();
        filterText.textProperty().bindBidirectional(vm.filterTextProperty());
        bindChoice(district, vm.districtChoices(), vm.districtProperty());
        bindChoice(industry, vm.industryChoices(), vm.industryProperty());
        bindChoice(grade, vm.gradeChoices(), vm.gradeProperty());
        bindChoice(controlType, vm.controlTypeChoices(), vm.controlTypeProperty());

        Columns.text(colName, EnterpriseRow::name);
        Columns.text(colUscc, EnterpriseRow::uscc);
        Columns.text(colDistrict, r -> labels.district(r.districtCode()));
        Columns.text(colIndustry, EnterpriseRow::industry);
        // the grade in effect as a coloured badge, always with its text (never colour alone); sorted best first
        colGrade.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().grade()));
        colGrade.setComparator(java.util.Comparator.comparingInt(g -> g == PerformanceGrade.UNRATED ? 99 : cn.hazedesk.domain.grading.GradeOrder.rank(g)));
        colGrade.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final Label badge = new Label();
            private PerformanceGrade shown;

            {
                badge.getStyleClass().add("grade-badge");
                // the badge stays in the cell, hidden while the cell is empty: put in and taken out again as a filter
                // fills and empties rows, it would be styled anew each time (issue 18: a keystroke in one frame)
                badge.setVisible(false);
                setGraphic(badge);
            }

            @Override
            protected void updateItem(PerformanceGrade g, boolean empty) {
                super.updateItem(g, empty);
                if (empty || g == null) {
                    badge.setVisible(false);
                    return;
                }
                if (g != shown) {
                    // the grade's colour is a pseudo-class of the badge (app.css): switched without matching the
                    // badge's selectors anew, as a new style class would (rows change grades at every keystroke)
                    if (shown != null) {
                        badge.pseudoClassStateChanged(gradeClass(shown), false);
                    }
                    shown = g;
                    badge.setText(labels.grade(g));
                    badge.pseudoClassStateChanged(gradeClass(g), true);
                }
                badge.setVisible(true);
            }
        });
        Columns.text(colControl, r -> labels.controlType(r.controlType()));
        colLines.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lines()));
        tonnes(colSo2, EnterpriseRow::so2);
        tonnes(colNox, EnterpriseRow::nox);
        tonnes(colPm, EnterpriseRow::pm);
        tonnes(colVocs, EnterpriseRow::vocs);
        // the view model sorts all rows by the table's comparator and filters the sorted rows (a keystroke then
        // takes rows out of the table rather than replacing them all): sorting is done once the comparator is set
        vm.sortBy(enterprises.comparatorProperty());
        enterprises.setSortPolicy(t -> true);
        enterprises.setItems(vm.filteredRows());
        enterprises.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (enterprises.getSelectionModel().getSelectedItem() != b) {
                if (b == null) {
                    enterprises.getSelectionModel().clearSelection();
                } else {
                    enterprises.getSelectionModel().select(b);
                    if (!vm.othersApplyingProperty().get()) {
                        enterprises.scrollTo(b); // not when another seat's change is put in: the user's place stays
                    }
                }
            }
        });
        enterprises.setRowFactory(t -> {
            TableRow<EnterpriseRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.editSelected();
                }
            });
            return row;
        });
        enterprises.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.editSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.deleteSelected();
                e.consume();
            }
        });
        var none = enterprises.getSelectionModel().selectedItemProperty().isNull();
        editButton.disableProperty().bind(none);
        editButton.setText(vm.openText());
        historyButton.disableProperty().bind(none);
        deleteButton.disableProperty().bind(none);

        Columns.text(lineName, LineRow::name);
        Columns.text(lineProcess, LineRow::process);
        Columns.text(lineCapacity, LineRow::capacity);
        Columns.text(lineSo2, LineRow::so2);
        Columns.text(lineNox, LineRow::nox);
        Columns.text(linePm, LineRow::pm);
        Columns.text(lineVocs, LineRow::vocs);
        Columns.text(lineYellow, LineRow::yellow);
        Columns.text(lineOrange, LineRow::orange);
        Columns.text(lineRed, LineRow::red);
        lines.setItems(vm.lines());

        sample.textProperty().bind(vm.sampleTextProperty());
        sampleBox.visibleProperty().bind(vm.sampleTextProperty().isNotEmpty());
        sampleBox.managedProperty().bind(sampleBox.visibleProperty());
        counts.textProperty().bind(vm.countsTextProperty());
        tablePlaceholder.textProperty().bind(vm.placeholderProperty());
        checks.textProperty().bind(vm.checksTextProperty());
        checks.visibleProperty().bind(vm.checksTextProperty().isNotEmpty());
        checks.managedProperty().bind(checks.visibleProperty());

        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                filterText.requestFocus();
                filterText.selectAll();
                e.consume();
            } else if (NEW.match(e)) {
                vm.newEnterprise();
                e.consume();
            } else if (REFRESH.match(e)) {
                vm.refresh();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && filterText.isFocused() && !filterText.getText().isEmpty()) {
                filterText.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && filterText.isFocused()) {
                enterprises.requestFocus();
                if (enterprises.getSelectionModel().isEmpty()) {
                    enterprises.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        // a workbook dragged onto the list opens the import dialog
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream()
                    .anyMatch(f -> f.getName().toLowerCase().endsWith(".xlsx"))) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            var workbook = e.getDragboard().getFiles().stream()
                    .filter(f -> f.getName().toLowerCase().endsWith(".xlsx")).findFirst();
            workbook.ifPresent(f -> vm.importFrom(f.toPath()));
            e.setDropCompleted(workbook.isPresent());
            e.consume();
        });
        // rows reloaded for another seat's change leave the table scrolled where the user had it
        cn.hazedesk.ui.common.TablePlace.keep(enterprises, vm.othersApplyingProperty(), EnterpriseRow::id);
        news.follow(enterprises, t -> t.kind() == cn.hazedesk.application.port.ChangeFeed.Topic.Kind.LIST,
                vm::otherSeatChanged);
        vm.refresh();
    }

    private static <T> void bindChoice(ComboBox<Choice<T>> box, javafx.collections.ObservableList<Choice<T>> items,
                                       javafx.beans.property.ObjectProperty<Choice<T>> value) {
        box.setItems(items);
        box.valueProperty().bindBidirectional(value);
    }


    /** The badge's pseudo-class of a grade (app.css: .grade-badge:grade-a-plus …). */
    private static javafx.css.PseudoClass gradeClass(PerformanceGrade g) {
        return javafx.css.PseudoClass.getPseudoClass("grade-" + g.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    private static void tonnes(TableColumn<EnterpriseRow, BigDecimal> col, Function<EnterpriseRow, BigDecimal> f) {
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(f.apply(c.getValue())));
        col.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Labels.tonnes(item));
            }
        });
    }


    @FXML private void clearFilters() { vm.clearFilters(); }
    @FXML private void importWorkbook() { vm.chooseAndImport(); }
    @FXML private void permitCheck() { vm.openPermitCheck(); }
    @FXML private void exportAll() { vm.exportAll(); }
    @FXML private void exportFiltered() { vm.exportFiltered(); }
    @FXML private void exportTemplate() { vm.exportTemplate(); }
    @FXML private void newEnterprise() { vm.newEnterprise(); }
    @FXML private void edit() { vm.editSelected(); }
    @FXML private void history() { vm.historyOfSelected(); }
    @FXML private void delete() { vm.deleteSelected(); }
    @FXML private void removeSample() { vm.removeSample(); }
}
