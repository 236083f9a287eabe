package cn.hazedesk.infra.pdf;

import cn.hazedesk.application.DocumentService;
import cn.hazedesk.domain.document.compose.ComposedDocument;
import cn.hazedesk.domain.document.compose.DocumentComposer;
import cn.hazedesk.infra.data.DocumentTemplateFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each document drawn from hand-made records, read back with PDFBox. */
class DocumentPdfTest {
    static final DocumentService DOCS = new DocumentService(new DocumentTemplateFiles(null), new OpenPdfDocumentRenderer(List.of()));

    static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    static int pages(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        }
    }

    static byte[] save(String name, ComposedDocument doc) throws Exception {
        byte[] pdf = DOCS.pdf(doc);
        Path dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
        return pdf;
    }

    @Test
    void everyNoticeAndForm() throws Exception {
        DocumentComposer c = DOCS.composer();
        save("issue-notice", c.issue(SampleDocuments.issue(false)));
        save("issue-notice-drill", c.issue(SampleDocuments.issue(true)));
        save("adjust-notice", c.adjust(SampleDocuments.adjust(false)));
        save("lift-notice", c.lift(SampleDocuments.lift(false)));
        save("approval-form", c.approval(SampleDocuments.approval(false)));
        save("inspection-record", c.inspection(SampleDocuments.inspection(false)));
        save("summary-report", c.summary(SampleDocuments.summary(true)));
    }

    @Test
    void orderBatch() throws Exception {
        var orders = new cn.hazedesk.domain.response.ResponseOrderGenerator(
                new cn.hazedesk.domain.measure.MeasureSelector(cn.hazedesk.infra.data.MeasureMatrixCsv.load(cn.hazedesk.infra.data.IndustriesCsv.load()),
                        cn.hazedesk.infra.data.ReductionRulesCsv.exemptions(), cn.hazedesk.infra.data.IndustriesCsv.load()),
                cn.hazedesk.infra.data.RegionsCsv.load()).generate(cn.hazedesk.domain.reduction.SmallList.graded(),
                cn.hazedesk.domain.enterprise.WarningLevel.ORANGE, java.util.Set.of());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        DOCS.writeOrders(orders, SampleDocuments.envelope(true), cn.hazedesk.domain.enterprise.WarningLevel.ORANGE, null, out,
                cn.hazedesk.application.ProgressListener.NONE, cn.hazedesk.application.CancelToken.NONE);
        Files.write(Path.of("target", "documents", "orders.pdf"), out.toByteArray());
    }
}
