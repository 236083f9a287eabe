package cn.hazedesk.domain.uscc;

import cn.hazedesk.domain.common.TextNormalizer;

import java.util.Locale;
import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-symbol alphabet, the last a check character
 * over the first 17 with weights 3^i mod 31.
 */
public final class Uscc {
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    public static final int LENGTH = 18;

    private Uscc() {
    }

    /** Full-width to half-width, spaces and hyphens (ASCII and common dashes) removed, upper case. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String half = TextNormalizer.toHalfWidth(raw);
        StringBuilder b = new StringBuilder(half.length());
        for (int i = 0; i < half.length(); i++) {
            char c = half.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '\u2010'
                    || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212') {
                continue;
            }
            b.append(c);
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    /** The check character for the first 17 characters of a code (which must all be in the alphabet). */
    public static char checkCharacter(String first17) {
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("need 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a USCC character: " + first17.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Normalises and validates; the result says why a code is invalid. */
    public static UsccCheck check(String raw) {
        String code = normalize(raw);
        if (code.isEmpty()) {
            return new UsccCheck(raw, code, Optional.of(UsccProblem.empty()));
        }
        if (code.length() != LENGTH) {
            return new UsccCheck(raw, code, Optional.of(UsccProblem.length(code.length())));
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return new UsccCheck(raw, code, Optional.of(UsccProblem.character(i + 1, code.charAt(i))));
            }
        }
        char expected = checkCharacter(code.substring(0, LENGTH - 1));
        if (expected != code.charAt(LENGTH - 1)) {
            return new UsccCheck(raw, code, Optional.of(UsccProblem.checkDigit(expected, code.charAt(LENGTH - 1))));
        }
        return new UsccCheck(raw, code, Optional.empty());
    }

    public static boolean isValid(String raw) {
        return check(raw).valid();
    }

    /** Positions 3-8 of a valid code: the administrative division code (e.g. 640202 for 大武口区). */
    public static String divisionCode(String validCode) {
        return validCode.substring(2, 8);
    }
}
