package cn.hazedesk.infra.pdf;

import com.lowagie.text.pdf.BaseFont;

import java.awt.Color;
import java.util.List;

/** Where the layout draws: a PDF page, or nothing (when only measuring). Coordinates in points, origin bottom left. */
interface Canvas {
    /** A run of text in one font: the code points [from, to) of {@code cps} (shared with the text it was cut from). */
    record Segment(BaseFont font, int[] cps, int from, int to) {
        static Segment of(BaseFont font, String text) {
            int[] cps = text.codePoints().toArray();
            return new Segment(font, cps, 0, cps.length);
        }

        String text() {
            return new String(cps, from, to - from);
        }
    }

    void newPage();

    /** One line of text starting at (x, baseline); {@code hScale} in percent; bold is simulated by stroking. */
    void text(float x, float baseline, List<Segment> segments, float size, float charSpacing, float hScale, Color color,
              boolean bold);

    /** Text rotated by {@code degrees} around its start, at the given fill opacity (a watermark). */
    void rotatedText(float x, float y, Segment segment, float size, float degrees, Color color, float opacity);

    void line(float x1, float y1, float x2, float y2, float width, Color color, float[] dash);

    /** A rectangle from (x, y) bottom left; {@code fill} and {@code stroke} may be null. */
    void rect(float x, float y, float w, float h, Color fill, Color stroke, float lineWidth);

    /** Draws nothing: used to count pages and to measure blocks kept together. */
    Canvas NONE = new Canvas() {
        @Override
        public void newPage() {
        }

        @Override
        public void text(float x, float baseline, List<Segment> segments, float size, float charSpacing, float hScale,
                         Color color, boolean bold) {
        }

        @Override
        public void rotatedText(float x, float y, Segment segment, float size, float degrees, Color color, float opacity) {
        }

        @Override
        public void line(float x1, float y1, float x2, float y2, float width, Color color, float[] dash) {
        }

        @Override
        public void rect(float x, float y, float w, float h, Color fill, Color stroke, float lineWidth) {
        }
    };
}
