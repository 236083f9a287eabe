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
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("[\\s\\u00A0]+");

    private ValueParser() {
    }

    /**
     * Trimmed text with full-width digits and letters made half-width and runs of white space folded to one
     * space; Chinese punctuation stays. Empty stays empty.
     */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        // compiled once: an import cleans hundreds of thousands of cells
        return WHITE_SPACE.matcher(TextNormalizer.alphanumericToHalfWidth(raw)).replaceAll(" ").trim();
    }

    /** For numbers: every full-width form (digits, ．，％－＋) made half-width, no spaces. */
    private static String numeric(String raw) {
        return raw == null ? "" : WHITE_SPACE.matcher(TextNormalizer.toHalfWidth(raw)).replaceAll("");
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

    /** 是/否, yes/no, true/false, Y/N, 1/0, √; empty when blank or unreadable. */
    public static Optional<Boolean> yesNo(String raw) {
        String s = numeric(raw).toLowerCase(java.util.Locale.ROOT);
        return switch (s) {
            case "是", "有", "涉及", "yes", "y", "true", "1", "√" -> Optional.of(true);
            case "否", "无", "不涉及", "no", "n", "false", "0", "×" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** Writes a fraction the way the list shows it: 0.3 → "30%". */
    public static String percent(BigDecimal fraction) {
        return fraction.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
    }
}
