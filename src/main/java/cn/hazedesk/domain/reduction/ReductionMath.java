package cn.hazedesk.domain.reduction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The arithmetic of reduction accounting, in one place. Amounts are kept as exact annual-equivalent tonnes
 * (annual tonnes × fraction, exact BigDecimal products and sums); a daily figure is that divided by 365 with 34
 * significant digits (DECIMAL128), and a ratio is computed from the annual figures, where the 365 cancels. Whether
 * a target is met is decided exactly (cut ≥ target × baseline), never from a rounded figure. Rounding happens only
 * for display: tonnes per day to 3 decimals, percents to 1 decimal, both half-up.
 */
public final class ReductionMath {
    public static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
    public static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReductionMath() {
    }

    /** Tonnes per day from tonnes per year. */
    public static BigDecimal daily(BigDecimal annual) {
        return annual.divide(DAYS_PER_YEAR, PRECISION);
    }

    /** {@code part} as a percent of {@code whole}; 0 when the whole is 0. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return part.multiply(HUNDRED).divide(whole, PRECISION);
    }

    public static BigDecimal displayTonnes(BigDecimal tonnesPerDay) {
        return tonnesPerDay.setScale(3, RoundingMode.HALF_UP);
    }

    public static BigDecimal displayPercent(BigDecimal percent) {
        return percent.setScale(1, RoundingMode.HALF_UP);
    }
}
