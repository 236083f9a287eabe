package cn.hazedesk.domain.common;

/** Normalises text typed or pasted by people: full-width ASCII to half-width, ideographic space to space. */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** Full-width forms U+FF01..U+FF5E become ASCII; U+3000 becomes a plain space. */
    public static String toHalfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                b.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
