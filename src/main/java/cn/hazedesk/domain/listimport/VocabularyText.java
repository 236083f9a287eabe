package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.common.TextNormalizer;

import java.util.List;
import java.util.Locale;

/** How {@link ListVocabulary} compares text: its normal form, whole-word search, the separators around a word. */
final class VocabularyText {
    private VocabularyText() {
    }

    /**
     * Text as the vocabulary compares it: half-width, no white space, every bracket （）【】〔〕[] as (), ₂ as 2, no *, no trailing
     * colon, lower case.
     */
    static String norm(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (TextNormalizer.isFullWidthForm(c)) {
                c = TextNormalizer.halfWidth(c);
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '*') {
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.START_PUNCTUATION) {
                c = '('; // any opening bracket: [ and the Chinese ones
            } else if (type == Character.END_PUNCTUATION) {
                c = ')';
            }
            switch (c) {
                case '\u2082' -> c = '2';
                case '\u2093' -> c = 'x';
                case '\u2212', '\u2013' -> c = '-';
                default -> { }
            }
            b.append(c);
        }
        String s = b.toString().toLowerCase(Locale.ROOT);
        while (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Without the separators (- ( ) / , _ and the Chinese 、) at either end. */
    static String stripSeparators(String s) {
        String t = s;
        while (!t.isEmpty() && separator(t.charAt(0))) {
            t = t.substring(1);
        }
        while (!t.isEmpty() && separator(t.charAt(t.length() - 1))) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** Punctuation between a control word and a grade: dashes, brackets, underscores, / and , and a non-ASCII mark (、). */
    private static boolean separator(char c) {
        int type = Character.getType(c);
        return type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.CONNECTOR_PUNCTUATION
                || c == '/' || c == ',' || (type == Character.OTHER_PUNCTUATION && c > '~');
    }

    static boolean containsAny(List<String> words, String n) {
        for (String w : words) {
            if (containsWord(n, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code word} occurs in {@code text}; a word beginning or ending with a Latin letter or digit must not touch
     * another one there (PM is not found in PM10, VOC not in VOCs, I级 not in II级).
     */
    static boolean containsWord(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            int end = at + word.length();
            boolean leftOk = !latin(word.charAt(0)) || at == 0 || !latin(text.charAt(at - 1));
            boolean rightOk = !latin(word.charAt(word.length() - 1)) || end == text.length() || !latinOrDot(text.charAt(end));
            if (leftOk && rightOk) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean latin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean latinOrDot(char c) {
        return latin(c) || c == '.';
    }
}
