package cn.hazedesk.infra.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A canvas that keeps what is drawn on it, to draw it later on another canvas in the same order: a document numbered
 * "page n of m" is laid out once onto a recording, its page count is then known, and the recording is drawn with the
 * page labels filled in ({@link #later}). For one document at a time.
 */
final class Recording implements Canvas {
    private final List<Consumer<Canvas>> ops = new ArrayList<>();

    /** Something drawn only on replay, in its place among the rest (a page label, once the page count is known). */
    void later(Consumer<Canvas> op) {
        ops.add(op);
    }

    /** Draws everything recorded, in order, on {@code to}. */
    void replay(Canvas to) {
        for (Consumer<Canvas> op : ops) {
            op.accept(to);
        }
    }

    @Override
    public void newPage() {
        ops.add(Canvas::newPage);
    }

    @Override
    public void text(float x, float baseline, List<Segment> segments, float size, float charSpacing, float hScale,
                     Color color, boolean bold) {
        ops.add(c -> c.text(x, baseline, segments, size, charSpacing, hScale, color, bold));
    }

    @Override
    public void rotatedText(float x, float y, Segment segment, float size, float degrees, Color color, float opacity) {
        ops.add(c -> c.rotatedText(x, y, segment, size, degrees, color, opacity));
    }

    @Override
    public void line(float x1, float y1, float x2, float y2, float width, Color color, float[] dash) {
        ops.add(c -> c.line(x1, y1, x2, y2, width, color, dash));
    }

    @Override
    public void rect(float x, float y, float w, float h, Color fill, Color stroke, float lineWidth) {
        ops.add(c -> c.rect(x, y, w, h, fill, stroke, lineWidth));
    }
}
