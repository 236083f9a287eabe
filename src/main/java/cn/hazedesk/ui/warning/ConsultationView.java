package cn.hazedesk.ui.warning;

import cn.hazedesk.domain.warning.CriteriaProfile;
import cn.hazedesk.domain.warning.RecommendedLevel;
import cn.hazedesk.ui.common.Choice;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Controller of fxml/warning/Consultation.fxml: one row per area with a field and a dust box per day or half-day (3 to
 * 7 days), and the recommendation with its colour and reason beside it (bound to {@link ConsultationViewModel}).
 */
public final class ConsultationView {
    private final ConsultationViewModel vm;

    @FXML private DatePicker firstDay;
    @FXML private ComboBox<Choice<CriteriaProfile>> profile;
    @FXML private GridPane grid;
    @FXML private javafx.scene.control.ScrollPane gridScroll;
    /**
     * The area's name, its recommendation and primary pollutant, and the header above them: kept at the left edge of
     * the grid's view however far the periods are scrolled (they move back by as much as the grid scrolled), over a
     * backing that hides the periods passing under them.
     */
    private final java.util.List<javafx.scene.Node> pinned = new java.util.ArrayList<>();    @FXML private ComboBox<Integer> dayCount;
    @FXML private ComboBox<Choice<ConsultationViewModel.Granularity>> granularity;
    @FXML private ComboBox<ConsultationViewModel.AreaRow> calcArea;
    @FXML private ComboBox<Integer> calcDay;
    @FXML private TextField calcPm25;
    @FXML private TextField calcPm10;
    @FXML private TextField calcO3;
    @FXML private Button calc;
    @FXML private Label calcResult;
    @FXML private TextField participants;
    @FXML private TextArea opinion;
    @FXML private Button save;
    @FXML private Label saved;
    @FXML private Button readFile;
    @FXML private VBox page;
    private static final javafx.scene.input.KeyCombination SAVE = javafx.scene.input.KeyCombination.keyCombination("Shortcut+S");

    public ConsultationView(ConsultationViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        firstDay.valueProperty().bindBidirectional(vm.firstDayProperty());
        profile.setItems(vm.profileChoices());
        profile.valueProperty().bindBidirectional(vm.profileProperty());
        dayCount.setItems(vm.dayCounts());
        dayCount.valueProperty().bindBidirectional(vm.dayCountProperty());
        granularity.setItems(vm.granularities());
        granularity.valueProperty().bindBidirectional(vm.granularityProperty());
        // the grid scrolls sideways when the periods do not fit; its height always shows every area
        gridScroll.prefViewportHeightProperty().bind(grid.heightProperty());
        gridScroll.hvalueProperty().addListener((o, a, b) -> keepPinned());
        gridScroll.viewportBoundsProperty().addListener((o, a, b) -> keepPinned());
        grid.layoutBoundsProperty().addListener((o, a, b) -> keepPinned());
        vm.slots().addListener((javafx.collections.ListChangeListener<ConsultationViewModel.Slot>) c -> buildGrid());
        buildGrid();
        bindRecord();
    }

    private void pin(javafx.scene.Node node, int column, int row) {
        grid.add(node, column, row);
        pinned.add(node);
    }

    /** Moves the pinned columns back by as much as the grid is scrolled, so they stay at the view's left edge. */
    private void keepPinned() {
        double content = grid.getLayoutBounds().getWidth();
        double viewport = gridScroll.getViewportBounds().getWidth();
        double offset = content > viewport ? gridScroll.getHvalue() * (content - viewport) : 0;
        pinned.forEach(n -> n.setTranslateX(offset));
    }

    /** Scrolls the grid sideways just enough to show {@code cell} whole. */
    private void scrollIntoView(javafx.scene.Node cell) {
        double content = grid.getBoundsInLocal().getWidth();
        double viewport = gridScroll.getViewportBounds().getWidth();
        if (content <= viewport) {
            return;
        }
        javafx.geometry.Bounds b = cell.getBoundsInParent();
        double left = gridScroll.getHvalue() * (content - viewport);
        // the pinned area columns cover the view's left part
        double covered = pinned.isEmpty() ? 0 : pinned.get(0).getBoundsInParent().getWidth();
        double target = left;
        if (b.getMinX() < left + covered) {
            target = b.getMinX() - covered;
        } else if (b.getMaxX() > left + viewport) {
            target = b.getMaxX() - viewport;
        }
        gridScroll.setHvalue(Math.max(0, Math.min(1, target / (content - viewport))));
    }

    /** The grid column of the first forecast cell: after the area, its recommendation and its primary pollutant. */
    private static final int FIRST_CELL = 3;

    /**
     * One row per area: its name, the recommendation (level and reason) and the primary pollutant, which stay in view,
     * then one column per slot (a day, a half-day or an hour) that scrolls sideways; rebuilt when the slots change.
     */
    private void buildGrid() {
        grid.getChildren().clear();
        pinned.clear();
        int slots = vm.slots().size();
        for (ConsultationViewModel.Slot slot : vm.slots()) {
            Label header = new Label(slot.label());
            header.getStyleClass().add("section-title");
            header.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(header, slot.index() + FIRST_CELL, 0);
        }
        Label primaryHeader = new Label(vm.primaryText());
        primaryHeader.getStyleClass().add("section-title");
        pin(primaryHeader, 2, 0);
        int row = 1;
        for (ConsultationViewModel.AreaRow area : vm.areas()) {
            Label name = new Label(area.name());
            name.getStyleClass().add("consultation-area");
            pin(name, 0, row);
            for (ConsultationViewModel.Slot slot : vm.slots()) {
                ConsultationViewModel.DayCell cell = area.days().get(slot.index());
                int areaIndex = row - 1;
                TextField aqi = new TextField() {
                    /** A range copied from a spreadsheet fills the grid from this cell; one value is pasted as usual. */
                    @Override
                    public void paste() {
                        String text = javafx.scene.input.Clipboard.getSystemClipboard().getString();
                        if (text != null && PastedGrid.isGrid(text)) {
                            // the grid may be rebuilt for the pasted days: the cursor stays in the cell it was in
                            vm.paste(text, areaIndex, slot.index());
                            javafx.application.Platform.runLater(() -> cell(areaIndex, slot.index())
                                    .ifPresent(javafx.scene.Node::requestFocus));
                        } else {
                            super.paste();
                        }
                    }
                };
                aqi.setOnKeyPressed(e -> move(e, areaIndex, slot.index()));
                aqi.setPrefColumnCount(4);
                aqi.setPromptText("AQI");
                aqi.setId("aqi-" + row + "-" + slot.index());
                aqi.textProperty().bindBidirectional(cell.aqiProperty());
                CheckBox dust = new CheckBox(vm.dustText());
                dust.setId("dust-" + row + "-" + slot.index());
                dust.selectedProperty().bindBidirectional(cell.dustProperty());
                // Tab and Enter go from value to value; the dust box is ticked with the mouse (or Space once clicked)
                dust.setFocusTraversable(false);
                aqi.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                dust.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                HBox box = new HBox(6, aqi, dust);
                box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                // Tab, Enter and the arrows may reach a column scrolled out of view (by the hour there are 168)
                aqi.focusedProperty().addListener((o, was, now) -> {
                    if (now) {
                        scrollIntoView(box);
                    }
                });
                grid.add(box, slot.index() + FIRST_CELL, row);
            }
            Label level = new Label();
            level.setId("level-" + row);
            level.textProperty().bind(Bindings.createStringBinding(() -> vm.levelText(area.levelProperty().get()),
                    area.levelProperty()));
            area.levelProperty().addListener((o, a, b) -> style(level, b));
            style(level, area.levelProperty().get());
            Label reason = new Label();
            reason.setId("reason-" + row);
            reason.setWrapText(true);
            reason.textProperty().bind(Bindings.when(area.problemProperty().isEmpty())
                    .then(area.reasonProperty()).otherwise(area.problemProperty()));
            reason.setMaxWidth(300);
            reason.setMinWidth(240);
            reason.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            TextField primary = new TextField();
            primary.setPrefColumnCount(6);
            primary.setId("primary-" + row);
            primary.setPromptText("PM2.5");
            primary.textProperty().bindBidirectional(area.primaryProperty());
            // the recommendation next to the area's name, always in view however many periods follow
            pin(new VBox(2, level, reason), 1, row);
            pin(primary, 2, row);
            row++;
        }
        // the backing: columns 0-2 of every row and the gaps between them, under the pinned nodes, over the periods
        javafx.scene.layout.Region backing = new javafx.scene.layout.Region();
        backing.getStyleClass().add("consultation-pinned");
        backing.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        backing.setMouseTransparent(true);
        grid.add(backing, 0, 0, FIRST_CELL, row);
        GridPane.setMargin(backing, new javafx.geometry.Insets(0, -grid.getHgap(), 0, 0));
        pinned.add(0, backing);
        pinned.forEach(javafx.scene.Node::toFront);
        keepPinned();
        calcDay.getItems().setAll(vm.slots().stream().map(ConsultationViewModel.Slot::index).toList());
    }

    /** Enter / Shift+Enter: the next / previous value (row by row); ↓ / ↑: the same column one area down / up. */
    private void move(javafx.scene.input.KeyEvent e, int area, int slot) {
        int slots = vm.slots().size();
        int areas = vm.areas().size();
        int at = area * slots + slot;
        int to = switch (e.getCode()) {
            case ENTER -> e.isShiftDown() ? at - 1 : at + 1;
            case DOWN -> at + slots;
            case UP -> at - slots;
            default -> -2;
        };
        if (to == -2) {
            return;
        }
        e.consume();
        if (to >= areas * slots && e.getCode() == javafx.scene.input.KeyCode.ENTER && save.isVisible()) {
            save.requestFocus();
        } else if (to >= 0 && to < areas * slots) {
            cell(to / slots, to % slots).ifPresent(f -> {
                f.requestFocus();
                f.selectAll();
            });
        }
    }

    private java.util.Optional<TextField> cell(int area, int slot) {
        return java.util.Optional.ofNullable((TextField) grid.lookup("#aqi-" + (area + 1) + "-" + slot));
    }

    private void bindRecord() {
        calcArea.getItems().setAll(vm.areas());
        calcArea.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ConsultationViewModel.AreaRow a) {
                return a == null ? "" : a.name();
            }

            @Override
            public ConsultationViewModel.AreaRow fromString(String s) {
                return null;
            }
        });
        calcArea.valueProperty().bindBidirectional(vm.calcAreaProperty());
        calcDay.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer d) {
                return d == null ? "" : vm.dayLabel(d);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        calcDay.valueProperty().bindBidirectional(vm.calcDayProperty());
        calcPm25.textProperty().bindBidirectional(vm.calcPm25Property());
        calcPm10.textProperty().bindBidirectional(vm.calcPm10Property());
        calcO3.textProperty().bindBidirectional(vm.calcO3Property());
        calc.setOnAction(e -> vm.computeAqi());
        calcResult.textProperty().bind(vm.calcResultProperty());
        participants.textProperty().bindBidirectional(vm.participantsProperty());
        opinion.textProperty().bindBidirectional(vm.opinionProperty());
        save.setOnAction(e -> vm.save());
        readFile.setOnAction(e -> vm.readFile());
        readFile.disableProperty().bind(vm.editableProperty().not());
        // Ctrl+S (⌘S) saves the consultation from anywhere on the page
        page.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e) && vm.editableProperty().get()) {
                e.consume();
                vm.save();
            }
        });
        // a new episode: the cursor waits in the first value, ready for the forecast (typed, pasted or read)
        vm.pageRequested().addListener((o, was, p) -> {
            if (p == EpisodeSession.Page.CONSULTATION) {
                javafx.application.Platform.runLater(() -> cell(0, 0).ifPresent(javafx.scene.Node::requestFocus));
            }
        });
        save.disableProperty().bind(vm.editableProperty().not());
        saved.textProperty().bind(vm.savedProperty());
    }

    /** The national level colours, always with the level's name in text beside them. */
    private static void style(Label l, RecommendedLevel level) {
        l.getStyleClass().removeAll("level-yellow", "level-orange", "level-red", "level-temp", "level-none");
        if (level == null) {
            l.getStyleClass().add("level-none");
            return;
        }
        l.getStyleClass().add(switch (level) {
            case YELLOW -> "level-yellow";
            case ORANGE -> "level-orange";
            case RED -> "level-red";
            case TEMP_CONTROL -> "level-temp";
            case NONE -> "level-none";
        });
    }
}
