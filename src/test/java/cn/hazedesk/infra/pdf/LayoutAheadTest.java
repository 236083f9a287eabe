package cn.hazedesk.infra.pdf;

import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.domain.document.compose.ComposedDocument;
import cn.hazedesk.domain.document.compose.DocumentComposer;
import cn.hazedesk.infra.data.DocumentTemplateFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A batch ({@code renderWithFront}) is made and laid out on a second thread ahead of the drawing: the pages are those
 * of the same documents drawn one after the other by one thread, official and compact alike, and a failure making a
 * document reaches the caller as it was thrown, with the second thread gone.
 */
class LayoutAheadTest {
    private static final DocumentComposer COMPOSER = new DocumentComposer(new DocumentTemplateFiles(null).load());

    private static List<ComposedDocument> documents() {
        List<ComposedDocument> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) { // more than are laid out ahead
            out.add(i % 3 == 0 ? COMPOSER.issue(SampleDocuments.issue(i % 2 == 0))
                    : i % 3 == 1 ? COMPOSER.approval(SampleDocuments.approval(false))
                    : COMPOSER.inspection(SampleDocuments.inspection(i % 2 == 1)));
        }
        return out;
    }

    @Test
    void aBatchHasThePagesOfItsDocumentsDrawnOneAfterTheOther() throws Exception {
        List<ComposedDocument> docs = documents();
        ComposedDocument front = COMPOSER.summary(SampleDocuments.summary(false));
        OpenPdfDocumentRenderer renderer = new OpenPdfDocumentRenderer(List.of());

        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        List<Integer> batchPages = renderer.renderWithFront(docs.size(), docs::get, counts -> front, batch,
                ProgressListener.NONE, CancelToken.NONE);
        List<ComposedDocument> inOrder = new ArrayList<>(List.of(front));
        inOrder.addAll(docs);
        ByteArrayOutputStream oneByOne = new ByteArrayOutputStream();
        List<Integer> pages = renderer.render(inOrder, oneByOne, ProgressListener.NONE, CancelToken.NONE);

        assertThat(batchPages).isEqualTo(pages);
        assertThat(pageTexts(batch.toByteArray())).isEqualTo(pageTexts(oneByOne.toByteArray()))
                .hasSize(pages.stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void aFailureMakingADocumentReachesTheCallerAsThrown() {
        List<ComposedDocument> docs = documents();
        OpenPdfDocumentRenderer renderer = new OpenPdfDocumentRenderer(List.of());
        assertThatThrownBy(() -> renderer.renderWithFront(docs.size(), i -> {
            if (i == 10) {
                throw new IllegalArgumentException("no document 10");
            }
            return docs.get(i);
        }, counts -> docs.get(0), new ByteArrayOutputStream(), ProgressListener.NONE, CancelToken.NONE))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("no document 10");
        // the thread has finished its work when the call returns; it may take a moment more to end
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (layoutThreadAlive() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(layoutThreadAlive()).isFalse();
    }

    private static boolean layoutThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("hazedesk-pdf-layout"));
    }

    private static List<String> pageTexts(byte[] pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                out.add(s.getText(d));
            }
        }
        return out;
    }
}
