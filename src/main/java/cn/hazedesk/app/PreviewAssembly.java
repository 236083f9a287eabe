package cn.hazedesk.app;

import cn.hazedesk.ui.document.DocumentPreviewView;
import cn.hazedesk.ui.document.DocumentPreviewViewModel;
import cn.hazedesk.ui.document.DocumentPreviews;
import cn.hazedesk.ui.document.PdfSource;
import javafx.stage.Stage;

/**
 * The document preview window (pages as images, navigation, zoom, print, save as PDF) for every screen that
 * prints; the PDF is made in the background by the source.
 */
final class PreviewAssembly implements DocumentPreviews {
    private final Screens s;

    PreviewAssembly(Screens screens) {
        this.s = screens;
    }

    @Override
    public void open(String title, String suggestedFileName, PdfSource source) {
        Stage window = new Stage();
        window.initOwner(s.stage);
        window.setTitle(s.messages.get("document.preview.title", title));
        DocumentPreviewViewModel vm = new DocumentPreviewViewModel(s.messages, s.tasks, s.dialogsOver(window), s.files,
                s.ui.printing(), s.ctx.pdfPages(), title, suggestedFileName, source, new DocumentPreviewViewModel.Record() {
                    @Override
                    public void printed(int pages) {
                        s.ctx.documentLog().printed(s.ctx.actor().name(), title, pages);
                    }

                    @Override
                    public void saved(java.nio.file.Path file, int pages) {
                        s.ctx.documentLog().saved(s.ctx.actor().name(), title, file, pages);
                    }
                });
        window.setScene(Screens.scene(s.load("document/DocumentPreview.fxml", DocumentPreviewView.class,
                () -> new DocumentPreviewView(vm, window::close))));
        window.setOnHidden(e -> vm.close());
        window.show();
        vm.load();
    }
}
