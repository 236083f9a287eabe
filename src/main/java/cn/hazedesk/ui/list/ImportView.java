package cn.hazedesk.ui.list;

import cn.hazedesk.domain.listimport.ImportMode;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import cn.hazedesk.ui.common.Columns;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;


/** Controller of fxml/list/ImportDialog.fxml: one pane per step of {@link ImportViewModel}. */
public final class ImportView {
    private final ImportViewModel vm;
    private final Runnable close;

    @FXML private Label title;
    @FXML private VBox busyPane;
    @FXML private Label progressText;
    @FXML private ProgressBar progressBar;
    @FXML private VBox problemPane;
    @FXML private Label problemSummary;
    @FXML private ListView<String> problems;
    @FXML private Label problemNotesLabel;
    @FXML private ListView<String> problemNotes;
    @FXML private Label previewNotesLabel;
    @FXML private ListView<String> previewNotes;
    @FXML private Button copyNotesButton;
    @FXML private VBox previewPane;
    @FXML private ToggleGroup modeGroup;
    @FXML private RadioButton merge;
    @FXML private RadioButton replace;
    @FXML private Label previewSummary;
    @FXML private TableView<ImportViewModel.EntryRow> entries;
    @FXML private TableColumn<ImportViewModel.EntryRow, String> colStatus;
    @FXML private TableColumn<ImportViewModel.EntryRow, String> colUscc;
    @FXML private TableColumn<ImportViewModel.EntryRow, String> colName;
    @FXML private TableColumn<ImportViewModel.EntryRow, String> colChanges;
    @FXML private VBox outcomePane;
    @FXML private Label outcome;
    @FXML private Button copyButton;
    @FXML private Button cancelButton;
    @FXML private Button commitButton;
    @FXML private Button closeButton;

    public ImportView(ImportViewModel vm, Runnable close) {
        this.vm = vm;
        this.close = close;
    }

    @FXML
    private void initialize() {
        title.setText(vm.title());
        BooleanBinding busy = step(ImportViewModel.Step.READING).or(step(ImportViewModel.Step.WRITING));
        show(busyPane, busy);
        show(problemPane, step(ImportViewModel.Step.PROBLEMS));
        show(previewPane, step(ImportViewModel.Step.PREVIEW));
        show(outcomePane, step(ImportViewModel.Step.DONE).or(step(ImportViewModel.Step.CANCELLED))
                .or(step(ImportViewModel.Step.FAILED)));
        progressText.textProperty().bind(vm.progressTextProperty());
        progressBar.progressProperty().bind(vm.progressProperty());
        problems.setItems(vm.problems());
        problemNotes.setItems(vm.notes());
        previewNotes.setItems(vm.notes());
        BooleanBinding hasNotes = Bindings.isNotEmpty(vm.notes());
        for (javafx.scene.Node n : java.util.List.of(problemNotesLabel, problemNotes, previewNotesLabel, previewNotes)) {
            show(n, hasNotes);
        }
        problemSummary.textProperty().bind(vm.summaryProperty());
        previewSummary.textProperty().bind(vm.summaryProperty());
        outcome.textProperty().bind(vm.outcomeProperty());
        merge.setUserData(ImportMode.MERGE);
        replace.setUserData(ImportMode.REPLACE);
        modeGroup.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                vm.modeProperty().set((ImportMode) b.getUserData());
            }
        });
        Columns.text(colStatus, ImportViewModel.EntryRow::status);
        Columns.text(colUscc, ImportViewModel.EntryRow::uscc);
        Columns.text(colName, ImportViewModel.EntryRow::name);
        Columns.text(colChanges, ImportViewModel.EntryRow::changes);
        entries.setItems(vm.entries());

        show(copyButton, step(ImportViewModel.Step.PROBLEMS));
        show(copyNotesButton, hasNotes.and(step(ImportViewModel.Step.PROBLEMS).or(step(ImportViewModel.Step.PREVIEW))));
        show(cancelButton, busy.or(step(ImportViewModel.Step.PREVIEW)));
        show(commitButton, step(ImportViewModel.Step.PREVIEW));
        commitButton.disableProperty().bind(vm.canCommitProperty().not());
        show(closeButton, busy.not().and(step(ImportViewModel.Step.PREVIEW).not()));
        vm.start();
    }

    private BooleanBinding step(ImportViewModel.Step s) {
        return Bindings.createBooleanBinding(() -> vm.stepProperty().get() == s, vm.stepProperty());
    }

    private static void show(javafx.scene.Node n, BooleanBinding when) {
        n.visibleProperty().bind(when);
        n.managedProperty().bind(when);
    }


    @FXML
    private void copyProblems() {
        ClipboardContent c = new ClipboardContent();
        c.putString(vm.problemsAsText());
        Clipboard.getSystemClipboard().setContent(c);
    }

    @FXML
    private void copyNotes() {
        ClipboardContent c = new ClipboardContent();
        c.putString(vm.notesAsText());
        Clipboard.getSystemClipboard().setContent(c);
    }

    @FXML
    private void cancel() {
        ImportViewModel.Step s = vm.stepProperty().get();
        if (s == ImportViewModel.Step.READING || s == ImportViewModel.Step.WRITING) {
            vm.cancel();
        } else {
            close.run();
        }
    }

    @FXML private void commit() { vm.commit(); }
    @FXML private void close() { close.run(); }
}
