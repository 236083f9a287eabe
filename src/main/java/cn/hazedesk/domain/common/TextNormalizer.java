package cn.hazedesk.domain.common;

/** Normalises text typed or pasted by people: full-width ASCII to half-width, ideographic space to space. */
public final class TextNormalizer {
    /** U+3000, the ideographic (full-width) space. Code points, not words: no Chinese literal in Java (issue 13). */
    public static final char IDEOGRAPHIC_SPACE = (char) 0x3000;
    /** The full-width forms U+FF01..U+FF5E are ASCII '!'..'~' shifted by this much. */
    private static final int FULL_WIDTH_SHIFT = 0xFEE0;

    private TextNormalizer() {
    }

    /** U+FF01..U+FF5E, the full-width forms of printable ASCII (！ … ～). */
    public static boolean isFullWidthForm(char c) {
        return c >= '!' + FULL_WIDTH_SHIFT && c <= '~' + FULL_WIDTH_SHIFT;
    }

    /** A full-width digit or Latin letter (０-９, Ａ-Ｚ, ａ-ｚ). */
    public static boolean isFullWidthAlphanumeric(char c) {
        if (!isFullWidthForm(c)) {
            return false;
        }
        char h = halfWidth(c);
        return (h >= '0' && h <= '9') || (h >= 'A' && h <= 'Z') || (h >= 'a' && h <= 'z');
    }

    /** The ASCII character of a full-width form; call only when {@link #isFullWidthForm} holds. */
    public static char halfWidth(char c) {
        return (char) (c - FULL_WIDTH_SHIFT);
    }

    /**
     * Full-width digits and Latin letters become ASCII and U+3000 a plain space; Chinese punctuation such as
     * （）、。 stays, because it belongs in names and measure texts.
     */
    public static String alphanumericToHalfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isFullWidthAlphanumeric(c)) {
                b.append(halfWidth(c));
            } else if (c == IDEOGRAPHIC_SPACE) {
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
            if (isFullWidthForm(c)) {
                b.append(halfWidth(c));
            } else if (c == IDEOGRAPHIC_SPACE) {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
