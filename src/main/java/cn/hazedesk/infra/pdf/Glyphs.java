package cn.hazedesk.infra.pdf;

import com.lowagie.text.pdf.BaseFont;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * What a font answers about a character (whether it has a glyph, its advance width in thousandths of the size),
 * remembered per character of the Basic Multilingual Plane: OpenPDF looks each one up in boxed-integer hash maps, and
 * a batch of orders asks about the same few thousand characters millions of times. The answers are OpenPDF's own
 * ({@link BaseFont#charExists}, {@link BaseFont#getWidth(int)}), so measuring gives the same widths to the bit.
 * Characters above the BMP are asked directly. Not thread-safe by itself: used under the renderer's lock.
 */
final class Glyphs {
    private static final int BMP = 0x10000;
    private static final byte UNKNOWN = 0;
    private static final byte PRESENT = 1;
    private static final byte MISSING = 2;
    private static final Map<BaseFont, Glyphs> BY_FONT = new WeakHashMap<>();

    private final BaseFont font;
    private final byte[] state = new byte[BMP];
    private final int[] width = new int[BMP];

    private Glyphs(BaseFont font) {
        this.font = font;
    }

    /** The one cache of {@code font} (fonts are loaded once per renderer and kept, so this is a handful). */
    static Glyphs of(BaseFont font) {
        synchronized (BY_FONT) {
            return BY_FONT.computeIfAbsent(font, Glyphs::new);
        }
    }

    BaseFont font() {
        return font;
    }

    boolean exists(int cp) {
        if (cp >= BMP || cp < 0) {
            return font.charExists(cp);
        }
        lookUp(cp);
        return state[cp] == PRESENT;
    }

    /** The advance width in thousandths of the font size, as {@link BaseFont#getWidth(int)}. */
    int width(int cp) {
        if (cp >= BMP || cp < 0) {
            return font.getWidth(cp);
        }
        lookUp(cp);
        return width[cp];
    }

    private void lookUp(int cp) {
        if (state[cp] == UNKNOWN) {
            width[cp] = font.getWidth(cp);
            state[cp] = font.charExists(cp) ? PRESENT : MISSING;
        }
    }
}
