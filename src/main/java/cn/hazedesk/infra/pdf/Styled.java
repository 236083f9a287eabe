package cn.hazedesk.infra.pdf;

import com.lowagie.text.pdf.BaseFont;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Text ready to measure and draw: its code points with the font of each (the role's font, or the bundled one for
 * glyphs it lacks; a glyph neither has becomes □).
 */
record Styled(int[] cps, BaseFont[] fonts) {
    /** A piece of text in one font role. */
    record Run(String text, PdfFonts.Role role) {
    }

    int length() {
        return cps.length;
    }

    static Styled of(List<Run> runs, Map<PdfFonts.Role, BaseFont> roles, BaseFont fallback) {
        List<Integer> cps = new ArrayList<>();
        List<BaseFont> fs = new ArrayList<>();
        for (Run run : runs) {
            String text = run.text();
            BaseFont f = roles.get(run.role());
            text.codePoints().forEach(cp -> {
                if (cp == '\r' || cp == '\t') {
                    cp = ' ';
                }
                BaseFont use = cp == '\n' || cp == ' ' || f.charExists(cp) ? f : fallback.charExists(cp) ? fallback : null;
                if (use == null) {
                    cp = '□';
                    use = fallback;
                }
                cps.add(cp);
                fs.add(use);
            });
        }
        int[] a = new int[cps.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = cps.get(i);
        }
        return new Styled(a, fs.toArray(new BaseFont[0]));
    }

    float charWidth(int i, float size, float spacing) {
        return fonts[i].getWidthPoint(cps[i], size) + spacing;
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
        List<Canvas.Segment> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            BaseFont f = fonts[i];
            StringBuilder b = new StringBuilder();
            while (i < to && fonts[i] == f) {
                b.appendCodePoint(cps[i]);
                i++;
            }
            out.add(new Canvas.Segment(f, b.toString()));
        }
        return out;
    }
}
