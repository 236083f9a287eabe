package cn.hazedesk.testing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.nio.file.Files;
import java.nio.file.Path;

/** A document's PDF as a reader checks it: its text, and a copy kept in target/episode-documents/ to look at. */
public final class PdfFiles {
    private PdfFiles() {
    }

    /** The PDF's text with all white space removed (line breaks fall anywhere in a paragraph). */
    public static String compactText(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
    }

    /** Keeps the PDF in target/episode-documents/{@code name}, to turn into images and look at. */
    public static void keep(String name, byte[] pdf) throws Exception {
        Path out = Path.of("target", "episode-documents");
        Files.createDirectories(out);
        Files.write(out.resolve(name), pdf);
    }
}
