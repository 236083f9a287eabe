package cn.hazedesk.infra.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks styled text into lines of a given width: CJK may break anywhere, Latin words are kept whole, closing
 * punctuation never starts a line (it hangs in the margin) and opening punctuation never ends one — which characters
 * these are is data ({@link Typography}, data/typography.csv).
 */
final class LineBreaker {
    private static final Typography RULES = Typography.rules();

    private LineBreaker() {
    }

    private static boolean wordChar(int cp) {
        return cp < 128 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == '-' || cp == '_' || cp == '/');
    }

    /** Breaks {@code s} into lines [from, to): CJK anywhere, Latin words kept whole, closing punctuation hung. */
    static List<int[]> wrap(Styled s, float size, float spacing, float firstWidth, float restWidth) {
        List<int[]> lines = new ArrayList<>();
        int n = s.length();
        int start = 0;
        float w = 0;
        float avail = firstWidth;
        int i = 0;
        while (i < n) {
            int cp = s.cps()[i];
            if (cp == '\n') {
                lines.add(new int[]{start, i});
                start = ++i;
                w = 0;
                avail = restWidth;
                continue;
            }
            float cw = s.charWidth(i, size, spacing);
            if (w + cw > avail + 0.01f && i > start) {
                int brk;
                if (RULES.noLineStart(cp)) {
                    brk = i + 1; // hang the punctuation in the margin, with any that follows it directly
                    while (brk < n && brk < i + 3 && RULES.noLineStart(s.cps()[brk])) {
                        brk++;
                    }
                } else {
                    brk = i;
                    if (wordChar(cp) && wordChar(s.cps()[i - 1])) {
                        int j = i;
                        while (j > start && wordChar(s.cps()[j - 1])) {
                            j--;
                        }
                        if (j > start) {
                            brk = j;
                        }
                    }
                    if (brk - 1 > start && RULES.noLineEnd(s.cps()[brk - 1])) {
                        brk--;
                    }
                }
                lines.add(new int[]{start, brk});
                start = brk;
                while (start < n && s.cps()[start] == ' ') {
                    start++;
                }
                i = start;
                w = 0;
                avail = restWidth;
                continue;
            }
            w += cw;
            i++;
        }
        if (start < n || lines.isEmpty()) {
            lines.add(new int[]{start, n});
        }
        return lines;
    }
}
