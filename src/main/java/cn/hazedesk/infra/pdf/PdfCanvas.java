package cn.hazedesk.infra.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.FopGlyphProcessor;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws on the pages of an OpenPDF document through its direct content. Text in a Unicode TrueType font (Identity-H:
 * two bytes per glyph) is written as OpenPDF writes it ({@code PdfContentByte.showText}: the glyph codes as a PDF
 * string, then Tj), but OpenPDF converts each character only the first time it is drawn in a font in this document —
 * which also marks its glyph for the font's subset — and the bytes it wrote for it are reused after that, instead of
 * its two boxed-integer hash look-ups for every character drawn. One document (one writer) per instance.
 */
final class PdfCanvas implements Canvas {
    private static final byte[] NONE = new byte[0];
    private static final byte[] SHOW = {')', 'T', 'j', '\n'};

    private final Document document;
    private final PdfWriter writer;
    /** Per font: the bytes OpenPDF writes for each character of the BMP in a string (null: not asked yet). */
    private final Map<BaseFont, byte[][]> codes = new HashMap<>();
    /** Where OpenPDF converts a character the first time (the text it writes there is thrown away). */
    private final PdfContentByte scratch;
    private BaseFont scratchFont;

    PdfCanvas(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
        this.scratch = new PdfContentByte(writer);
    }

    private PdfContentByte cb() {
        return writer.getDirectContent();
    }

    @Override
    public void newPage() {
        writer.setPageEmpty(false);
        document.newPage();
        fill = null; // a page's content starts in the default graphics state
        font = null;
    }

    /**
     * The fill colour the page's content is at outside {@link #text} (null: not set on this page yet). Only text sets
     * it without saving the graphics state around it, so a line in the colour of the line before does not set it
     * again; likewise character spacing and horizontal scaling are written only when they differ from the defaults
     * (0, 100 %), and put back right after. The page looks the same to the point, with a third fewer operators.
     */
    private Color fill;
    /**
     * The font and size the page's text is set in outside saved graphics states (null: none yet on this page): they
     * stay in effect from one text object to the next, so a line in the font of the line before does not set them
     * again (a red batch set them some 600,000 times, each a look-up of the font in the page's resources).
     */
    private BaseFont font;
    private float fontSize;

    @Override
    public void text(float x, float baseline, List<Segment> segments, float size, float charSpacing, float hScale,
                     Color color, boolean bold) {
        PdfContentByte cb = cb();
        cb.beginText();
        if (fill == null || fill.getClass() != color.getClass() || !fill.equals(color)) { // RGB and CMYK: both kinds
            cb.setColorFill(color);
            fill = color;
        }
        if (bold) {
            cb.setColorStroke(color);
            cb.setLineWidth(size * 0.035f);
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
        }
        if (charSpacing != 0) {
            cb.setCharacterSpacing(charSpacing);
        }
        if (hScale != 100) {
            cb.setHorizontalScaling(hScale);
        }
        cb.moveText(x, baseline); // a text object starts at the origin: x y Td, as 1 0 0 1 x y Tm but two numbers
        for (int i = 0, n = segments.size(); i < n; i++) {
            Segment s = segments.get(i);
            if (s.font() != font || size != fontSize) {
                cb.setFontAndSize(s.font(), size);
                font = s.font();
                fontSize = size;
            }
            show(cb, s);
        }
        if (bold) {
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
        }
        if (charSpacing != 0) {
            cb.setCharacterSpacing(0);
        }
        if (hScale != 100) {
            cb.setHorizontalScaling(100);
        }
        cb.endText();
    }

    /**
     * As {@code cb.showText(text)}: the same bytes, the same glyphs marked used. A font whose characters OpenPDF does
     * not convert one by one into two-byte codes (not Unicode TrueType, with FOP's glyph substitution on the class path,
     * or laid out by OpenPDF's LayoutProcessor when that is enabled) and text beyond the BMP take OpenPDF's own way.
     */
    private void show(PdfContentByte cb, Segment s) {
        BaseFont font = s.font();
        int[] cps = s.cps();
        if (font.getFontType() != BaseFont.FONT_TYPE_TTUNI || font.isFontSpecific() || FopGlyphProcessor.isFopSupported()
                || LayoutProcessor.supportsFont(font)) {
            cb.showText(s.text());
            return;
        }
        for (int i = s.from(); i < s.to(); i++) {
            if (cps[i] > 0xFFFF || Character.isSurrogate((char) cps[i])) {
                cb.showText(s.text());
                return;
            }
        }
        byte[][] known = codes.computeIfAbsent(font, f -> new byte[0x10000][]);
        ByteBuffer out = cb.getInternalBuffer();
        out.append_i('(');
        for (int i = s.from(); i < s.to(); i++) {
            int c = cps[i];
            byte[] code = known[c];
            if (code == null) {
                code = convert(font, (char) c);
                known[c] = code;
            }
            out.append(code);
        }
        out.append(SHOW); // as OpenPDF's ")Tj" and separator, without making their bytes from a string each time
    }

    /**
     * What OpenPDF writes for {@code c} in {@code font} between the string's parentheses (escaped; empty for a
     * character the font has no glyph for), taken from a throw-away content where it showed it: that also marks the
     * glyph used in this document.
     */
    private byte[] convert(BaseFont font, char c) {
        if (scratchFont != font) {
            scratch.setFontAndSize(font, 12);
            scratchFont = font;
        }
        scratch.getInternalBuffer().reset();
        scratch.showText(String.valueOf(c));
        byte[] shown = scratch.getInternalBuffer().toByteArray();
        scratch.getInternalBuffer().reset();
        // "(" code ")Tj" and the separator
        int end = shown.length;
        while (end > 0 && shown[end - 1] != 'j') {
            end--;
        }
        if (shown.length == 0 || shown[0] != '(' || end < 4 || shown[end - 3] != ')' || shown[end - 2] != 'T') {
            throw new IllegalStateException("unexpected text from OpenPDF for U+" + Integer.toHexString(c));
        }
        return end - 3 == 1 ? NONE : Arrays.copyOfRange(shown, 1, end - 3);
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
