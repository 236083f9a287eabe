package cn.hazedesk.ui.warning;

import cn.hazedesk.domain.episode.Episode;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

import java.util.Map;

/** Controller of fxml/warning/Episodes.fxml: the episode chooser, its status block and the pages as tabs. */
public final class EpisodesView {
    private final EpisodesViewModel vm;
    private final Map<String, java.util.function.Supplier<Node>> pages;
    private final cn.hazedesk.ui.common.SeatNews news;

    @FXML private ComboBox<Episode> episode;
    @FXML private Button newEpisode;
    @FXML private Button newDrill;
    @FXML private Button newTempControl;
    @FXML private Label tempControlBanner;
    @FXML private Button cancelDraft;
    @FXML private TextField cancelReason;
    @FXML private HBox cancelBox;
    @FXML private Label drillBanner;
    @FXML private Label status;
    @FXML private Label steps;
    @FXML private Label number;
    @FXML private Label levels;
    @FXML private Label issued;
    @FXML private Label responseStart;
    @FXML private Label expectedEnd;
    @FXML private Label yearCount;
    @FXML private TabPane tabs;

    /**
     * {@code pages}: tab title → the page, in order; each page is built the first time its tab is shown, so that the
     * main window opens without loading and styling the pages not yet looked at; {@code news}: other seats' changes
     * of episodes and of the current episode's orders, shown without a refresh by hand (shared mode).
     */
    public EpisodesView(EpisodesViewModel vm, Map<String, java.util.function.Supplier<Node>> pages,
                        cn.hazedesk.ui.common.SeatNews news) {
        this.vm = vm;
        this.pages = pages;
        this.news = news;
    }

    @FXML
    private void initialize() {
        episode.setItems(vm.episodes());
        episode.setButtonCell(cell());
        episode.setCellFactory(l -> cell());
        vm.currentProperty().addListener((o, a, b) -> sync());
        // after the chooser has dealt with its new items (it may clear its value), show the current episode again
        vm.episodes().addListener((javafx.collections.ListChangeListener<Episode>) c ->
                javafx.application.Platform.runLater(this::sync));
        episode.valueProperty().addListener((o, a, b) -> vm.select(b));
        newEpisode.setOnAction(e -> vm.createEpisode());
        newDrill.setOnAction(e -> vm.createDrill());
        newTempControl.setOnAction(e -> vm.createTempControl());
        tempControlBanner.visibleProperty().bind(vm.tempControl());
        tempControlBanner.managedProperty().bind(vm.tempControl());
        cancelDraft.setOnAction(e -> vm.cancelDraft());
        cancelReason.textProperty().bindBidirectional(vm.cancelReasonProperty());
        cancelBox.visibleProperty().bind(vm.cancellable());
        cancelBox.managedProperty().bind(vm.cancellable());
        drillBanner.visibleProperty().bind(vm.drill());
        drillBanner.managedProperty().bind(vm.drill());
        status.textProperty().bind(vm.status());
        steps.textProperty().bind(vm.steps());
        number.textProperty().bind(vm.number());
        levels.textProperty().bind(vm.levels());
        issued.textProperty().bind(vm.issued());
        responseStart.textProperty().bind(vm.responseStart());
        expectedEnd.textProperty().bind(vm.expectedEnd());
        yearCount.textProperty().bind(vm.yearCount());
        Map<Tab, java.util.function.Supplier<Node>> unbuilt = new java.util.HashMap<>();
        pages.forEach((title, page) -> {
            Tab t = new Tab(title);
            t.setClosable(false);
            t.setId("tab-" + tabs.getTabs().size());
            tabs.getTabs().add(t);
            unbuilt.put(t, page);
        });
        java.util.function.Consumer<Tab> build = t -> {
            java.util.function.Supplier<Node> page = t == null ? null : unbuilt.remove(t);
            if (page != null) {
                t.setContent(page.get());
            }
        };
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, t) -> build.accept(t));
        build.accept(tabs.getSelectionModel().getSelectedItem());
        // a step done: its next action's page comes to the front
        vm.pageRequested().addListener((o, was, p) -> {
            if (p != null) {
                tabs.getSelectionModel().select(p.ordinal());
            }
        });
        news.follow(tabs, vm::follows, vm::otherSeatChanged);
        vm.load();
    }

    /** Shows the current episode in the chooser (the list's own copy of it, so the chooser keeps it selected). */
    private void sync() {
        Episode cur = vm.currentProperty().get();
        Episode item = cur == null ? null : vm.episodes().stream().filter(x -> x.id() == cur.id()).findFirst().orElse(null);
        if (episode.getValue() != item) {
            episode.setValue(item);
        }
    }

    private ListCell<Episode> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Episode item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? vm.messages().get("episode.none") : vm.label(item));
            }
        };
    }
}
