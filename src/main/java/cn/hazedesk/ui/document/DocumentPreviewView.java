package cn.hazedesk.ui.document;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;

/** Controller of fxml/document/DocumentPreview.fxml: bindings to {@link DocumentPreviewViewModel}. */
public final class DocumentPreviewView {
    private final DocumentPreviewViewModel vm;
    private final Runnable closeWindow;

    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Label pageLabel;
    @FXML private Button zoomOutButton;
    @FXML private Button zoomInButton;
    @FXML private Button fitButton;
    @FXML private Label zoomLabel;
    @FXML private Button printButton;
    @FXML private Button saveButton;
    @FXML private ScrollPane scroll;
    @FXML private StackPane pageHolder;
    @FXML private ImageView pageImage;
    @FXML private ProgressBar progress;
    @FXML private Label progressText;
    @FXML private Button cancelButton;
    @FXML private Label outcome;

    public DocumentPreviewView(DocumentPreviewViewModel vm, Runnable closeWindow) {
        this.vm = vm;
        this.closeWindow = closeWindow;
    }

    @FXML
    private void initialize() {
        pageLabel.textProperty().bind(vm.pageLabel());
        zoomLabel.textProperty().bind(vm.zoomLabel());
        previousButton.disableProperty().bind(vm.canPrevious().not());
        nextButton.disableProperty().bind(vm.canNext().not());
        printButton.disableProperty().bind(vm.ready().not());
        saveButton.disableProperty().bind(vm.ready().not());
        zoomInButton.disableProperty().bind(vm.ready().not());
        zoomOutButton.disableProperty().bind(vm.ready().not());
        fitButton.disableProperty().bind(vm.ready().not());
        pageImage.imageProperty().bind(vm.imageProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.progressProperty().bind(vm.progressProperty());
        progressText.visibleProperty().bind(vm.busyProperty());
        progressText.textProperty().bind(vm.progressTextProperty());
        cancelButton.visibleProperty().bind(vm.busyProperty());
        cancelButton.managedProperty().bind(vm.busyProperty());
        outcome.textProperty().bind(vm.outcomeProperty());
        pageHolder.minWidthProperty().bind(scroll.widthProperty().subtract(4));
        scroll.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.RIGHT) {
                vm.next();
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.LEFT) {
                vm.previous();
                e.consume();
            }
        });
    }

    @FXML private void previous() { vm.previous(); }
    @FXML private void next() { vm.next(); }
    @FXML private void zoomIn() { vm.zoomIn(); }
    @FXML private void zoomOut() { vm.zoomOut(); }
    @FXML private void fit() { vm.fitWidth(scroll.getViewportBounds().getWidth()); }
    @FXML private void print() { vm.print(); }
    @FXML private void save() { vm.saveAsPdf(); }
    @FXML private void cancel() { vm.cancel(); }

    @FXML
    private void close() {
        vm.close();
        closeWindow.run();
    }
}
