package cn.hazedesk.domain.common;

/** Normalises text typed or pasted by people: full-width ASCII to half-width, ideographic space to space. */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /**
     * Full-width digits and Latin letters become ASCII and U+3000 a plain space; Chinese punctuation such as
     * （）、。 stays, because it belongs in names and measure texts.
     */
    public static String alphanumericToHalfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A')) {
                b.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
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
