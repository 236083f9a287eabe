package cn.hazedesk.infra.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF's text as a reader sees it, for tests outside this package. */
public final class PdfText {
    private PdfText() {
    }

    /** Every page's text, whitespace (and ideographic spaces) removed. */
    public static String flat(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("[\\s\\u3000]+", "");
        }
    }
}
