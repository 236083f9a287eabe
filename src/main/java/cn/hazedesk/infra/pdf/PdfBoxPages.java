package cn.hazedesk.infra.pdf;

import cn.hazedesk.application.port.PdfPages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;

/** The pages of a PDF rendered by PDFBox, for the preview and printing. One document per instance; not shared. */
public final class PdfBoxPages implements PdfPages {
    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfBoxPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    /** Opens a PDF held in memory. */
    public static PdfPages open(byte[] pdf) throws IOException {
        return new PdfBoxPages(Loader.loadPDF(pdf));
    }

    @Override
    public int count() {
        return document.getNumberOfPages();
    }

    @Override
    public synchronized BufferedImage render(int index, float dpi) throws IOException {
        return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
    }

    @Override
    public float[] sizePoints(int index) {
        PDRectangle box = document.getPage(index).getMediaBox();
        return new float[]{box.getWidth(), box.getHeight()};
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
