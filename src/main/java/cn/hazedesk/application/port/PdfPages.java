package cn.hazedesk.application.port;

import java.awt.image.BufferedImage;
import java.io.IOException;

/** The pages of one PDF as images, for the preview and for printing (implemented with PDFBox in infra.pdf). */
public interface PdfPages extends AutoCloseable {
    int count();

    /** Page {@code index} (0-based) at {@code dpi} dots per inch. */
    BufferedImage render(int index, float dpi) throws IOException;

    /** The page's size in points (1/72 inch): width, height. */
    float[] sizePoints(int index);

    @Override
    void close() throws IOException;

    /** Opens PDFs as page images. */
    interface Opener {
        PdfPages open(byte[] pdf) throws IOException;
    }
}
