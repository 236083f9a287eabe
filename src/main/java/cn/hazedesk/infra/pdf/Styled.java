package cn.hazedesk.infra.pdf;

import com.lowagie.text.pdf.BaseFont;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Text ready to measure and draw: its code points with the font of each (the role's font, or the bundled one for
 * glyphs it lacks; a glyph neither has becomes □) and each one's advance width in thousandths of the size.
 */
record Styled(int[] cps, BaseFont[] fonts, int[] widths) {
    /**
     * A piece of text in one font role. Equality written out: it is the key of every text measured (a batch of
     * orders asks millions of times), and a record's generated equals and hashCode go through method handles, which
     * cost more than the comparison itself until the JIT compiler has optimised them.
     */
    record Run(String text, PdfFonts.Role role) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Run r && role == r.role && text.equals(r.text);
        }

        @Override
        public int hashCode() {
            return 31 * text.hashCode() + role.ordinal();
        }
    }

    /** By identity: a measured text is the same instance wherever it is used ({@link Measured}). */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    int length() {
        return cps.length;
    }

    static Styled of(List<Run> runs, Map<PdfFonts.Role, BaseFont> roles, BaseFont fallback) {
        int n = 0;
        for (Run run : runs) {
            n += run.text().length();
        }
        int[] cps = new int[n];
        BaseFont[] fs = new BaseFont[n];
        int[] ws = new int[n];
        Glyphs back = Glyphs.of(fallback);
        int k = 0;
        for (Run run : runs) {
            String text = run.text();
            Glyphs f = Glyphs.of(roles.get(run.role()));
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\r' || cp == '\t') {
                    cp = ' ';
                }
                Glyphs use = cp == '\n' || cp == ' ' || f.exists(cp) ? f : back.exists(cp) ? back : null;
                if (use == null) {
                    cp = '□';
                    use = back;
                }
                cps[k] = cp;
                fs[k] = use.font();
                ws[k] = use.width(cp);
                k++;
            }
        }
        if (k < n) { // characters outside the BMP take two chars each
            cps = Arrays.copyOf(cps, k);
            fs = Arrays.copyOf(fs, k);
            ws = Arrays.copyOf(ws, k);
        }
        return new Styled(cps, fs, ws);
    }

    /** As {@link BaseFont#getWidthPoint(int, float)} plus the spacing. */
    float charWidth(int i, float size, float spacing) {
        return widths[i] * 0.001f * size + spacing;
    }

    float width(float size, float spacing) {
        return width(0, length(), size, spacing);
    }

    float width(int from, int to, float size, float spacing) {
        float w = 0;
        for (int i = from; i < to; i++) {
            w += charWidth(i, size, spacing);
        }
        return w;
    }

    List<Canvas.Segment> segments() {
        return segments(0, length());
    }

    /** The characters [from, to) as runs of one font each. */
    List<Canvas.Segment> segments(int from, int to) {
        List<Canvas.Segment> out = new ArrayList<>(2);
        int i = from;
        while (i < to) {
            BaseFont f = fonts[i];
            int start = i;
            while (i < to && fonts[i] == f) {
                i++;
            }
            out.add(new Canvas.Segment(f, cps, start, i));
        }
        return out;
    }
}
