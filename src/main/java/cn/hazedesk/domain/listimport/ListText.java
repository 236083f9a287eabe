package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.common.TextNormalizer;
/**
 * Free text from a list cell (names, addresses, measures): full-width digits and Latin letters become ASCII,
 * runs of white space (including the ideographic space and line breaks) fold to one space, the ends are trimmed.
 * Chinese punctuation such as （示例） or ， stays as written.
 */
public final class ListText {
    private ListText() {
    }

    public static String text(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        if (plain(raw)) {
            return raw; // most cells need nothing: no copy
        }
        StringBuilder b = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            if (TextNormalizer.isFullWidthAlphanumeric(c)) {
                c = TextNormalizer.halfWidth(c);
            }
            b.append(c);
        }
        return b.toString();
    }

    /** True when {@link #text} would return the text unchanged. */
    private static boolean plain(String s) {
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        if (Character.isWhitespace(first) || Character.isSpaceChar(first) || Character.isWhitespace(last)
                || Character.isSpaceChar(last)) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFEFF' || TextNormalizer.isFullWidthAlphanumeric(c) || (c <= ' ' || (c > '~' && (Character.isWhitespace(c)
                    || Character.isSpaceChar(c))))) {
                if (c == ' ' && i > 0 && s.charAt(i - 1) != ' ') {
                    continue; // a single space between words stays
                }
                return false;
            }
        }
        return true;
    }

    /** {@link #text} or null when that is empty: optional facts are null when the list does not give them. */
    public static String optional(String raw) {
        String t = text(raw);
        return t.isEmpty() ? null : t;
    }
}
