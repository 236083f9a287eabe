package cn.hazedesk.infra.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.util.List;

/** Draws on the pages of an OpenPDF document through its direct content. */
final class PdfCanvas implements Canvas {
    private final Document document;
    private final PdfWriter writer;

    PdfCanvas(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
    }

    private PdfContentByte cb() {
        return writer.getDirectContent();
    }

    @Override
    public void newPage() {
        writer.setPageEmpty(false);
        document.newPage();
    }

    @Override
    public void text(float x, float baseline, List<Segment> segments, float size, float charSpacing, float hScale,
                     Color color, boolean bold) {
        PdfContentByte cb = cb();
        cb.beginText();
        cb.setColorFill(color);
        if (bold) {
            cb.setColorStroke(color);
            cb.setLineWidth(size * 0.035f);
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
        }
        cb.setCharacterSpacing(charSpacing);
        cb.setHorizontalScaling(hScale);
        cb.setTextMatrix(x, baseline);
        for (Segment s : segments) {
            cb.setFontAndSize(s.font(), size);
            cb.showText(s.text());
        }
        if (bold) {
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
        }
        cb.setCharacterSpacing(0);
        cb.setHorizontalScaling(100);
        cb.endText();
    }

    @Override
    public void rotatedText(float x, float y, Segment segment, float size, float degrees, Color color, float opacity) {
        PdfContentByte cb = cb();
        cb.saveState();
        PdfGState gs = new PdfGState();
        gs.setFillOpacity(opacity);
        cb.setGState(gs);
        double r = Math.toRadians(degrees);
        float cos = (float) Math.cos(r);
        float sin = (float) Math.sin(r);
        cb.beginText();
        cb.setColorFill(color);
        cb.setFontAndSize(segment.font(), size);
        cb.setTextMatrix(cos, sin, -sin, cos, x, y);
        cb.showText(segment.text());
        cb.endText();
        cb.restoreState();
    }

    @Override
    public void line(float x1, float y1, float x2, float y2, float width, Color color, float[] dash) {
        PdfContentByte cb = cb();
        cb.saveState();
        cb.setColorStroke(color);
        cb.setLineWidth(width);
        if (dash != null) {
            cb.setLineDash(dash, 0);
        }
        cb.moveTo(x1, y1);
        cb.lineTo(x2, y2);
        cb.stroke();
        cb.restoreState();
    }

    @Override
    public void rect(float x, float y, float w, float h, Color fill, Color stroke, float lineWidth) {
        PdfContentByte cb = cb();
        cb.saveState();
        cb.rectangle(x, y, w, h);
        if (fill != null) {
            cb.setColorFill(fill);
        }
        if (stroke != null) {
            cb.setColorStroke(stroke);
            cb.setLineWidth(lineWidth);
        }
        if (fill != null && stroke != null) {
            cb.fillStroke();
        } else if (fill != null) {
            cb.fill();
        } else if (stroke != null) {
            cb.stroke();
        }
        cb.restoreState();
    }
}
