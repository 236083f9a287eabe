package cn.hazedesk.domain.enterprise;

import cn.hazedesk.domain.common.TextNormalizer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Turns what people type into list values: full-width digits and signs, stray spaces, thousands separators,
 * and fractions written as 30%, 0.3 or 30 %.
 */
public final class ValueParser {
    private ValueParser() {
    }

    /**
     * Trimmed text with full-width digits and letters made half-width and runs of white space folded to one
     * space; Chinese punctuation stays. Empty stays empty.
     */
    public static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        if (alreadyClean(raw)) {
            return raw;
        }
        // one pass, no regular expression: an import cleans hundreds of thousands of cells
        StringBuilder b = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == TextNormalizer.IDEOGRAPHIC_SPACE) {
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

    /** Printable ASCII and CJK without leading, trailing or double spaces and without full-width letters or digits. */
    private static boolean alreadyClean(String s) {
        if (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == '\u00A0' || c == TextNormalizer.IDEOGRAPHIC_SPACE || TextNormalizer.isFullWidthAlphanumeric(c)
                    || (c == ' ' && s.charAt(i - 1) == ' ') || (c > '~' && Character.isWhitespace(c))) {
                return false;
            }
        }
        return true;
    }

    /** For numbers: every full-width form (digits, ．，％－＋) made half-width, no spaces. */
    private static String numeric(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        boolean simple = true;
        for (int i = 0; i < raw.length() && simple; i++) {
            char c = raw.charAt(i);
            simple = c > ' ' && c <= '~';
        }
        if (simple) {
            return raw;
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == TextNormalizer.IDEOGRAPHIC_SPACE) {
                continue;
            }
            if (TextNormalizer.isFullWidthForm(c)) {
                c = TextNormalizer.halfWidth(c);
            }
            b.append(c);
        }
        return b.toString();
    }

    /** A decimal number, or empty when the text is not one. */
    public static Optional<BigDecimal> decimal(String raw) {
        String s = numeric(raw).replace(",", "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A fraction: "30%" → 0.3, "0.3" → 0.3. Empty when the text is no number; range is checked by the validator. */
    public static Optional<BigDecimal> fraction(String raw) {
        String s = numeric(raw);
        if (s.endsWith("%")) {
            return decimal(s.substring(0, s.length() - 1))
                    .map(v -> v.divide(BigDecimal.valueOf(100), Math.max(2, v.scale() + 2), RoundingMode.UNNECESSARY)
                            .stripTrailingZeros());
        }
        return decimal(s).map(BigDecimal::stripTrailingZeros);
    }

    /** Writes a fraction the way the list shows it: 0.3 → "30%". */
    public static String percent(BigDecimal fraction) {
        return fraction.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
    }
}
