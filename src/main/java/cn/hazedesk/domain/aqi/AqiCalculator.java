package cn.hazedesk.domain.aqi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * IAQI and AQI per HJ 633 with exact decimal arithmetic:
 * IAQI = (IAQI_hi − IAQI_lo) / (BP_hi − BP_lo) · (C − BP_lo) + IAQI_lo, rounded up to a whole number.
 */
public final class AqiCalculator {
    private static final BigDecimal O3_8H_TOP = BigDecimal.valueOf(800);

    private AqiCalculator() {
    }

    /** Rounds a daily concentration as GB/T 8170 prescribes (round half to even). */
    public static BigDecimal roundConcentration(Pollutant p, BigDecimal c) {
        return c.setScale(p.decimals(), RoundingMode.HALF_EVEN);
    }

    public static Iaqi iaqi(AqiStandard standard, Pollutant p, BigDecimal rawConcentration) {
        if (rawConcentration.signum() < 0) {
            throw new AqiInputException(p, AqiInputException.Reason.NEGATIVE);
        }
        BigDecimal c = roundConcentration(p, rawConcentration);
        BigDecimal[] bp = p.breakpoints(standard);
        int[] levels = Pollutant.IAQI_LEVELS;
        BigDecimal top = bp[bp.length - 1];
        if (c.compareTo(top) > 0) {
            if (p == Pollutant.O3_8H) {
                // HJ 633-2026: O3_8h above 800 counts as IAQI 300; HJ 633-2012 wants the 1-hour value instead.
                if (standard == AqiStandard.HJ633_2012) {
                    throw new AqiInputException(p, AqiInputException.Reason.O3_8H_ABOVE_800_NEEDS_1H);
                }
                return new Iaqi(p, c, levels[bp.length - 1], false);
            }
            return new Iaqi(p, c, levels[bp.length - 1], true);
        }
        if (p == Pollutant.O3_8H && c.compareTo(O3_8H_TOP) == 0) {
            return new Iaqi(p, c, levels[bp.length - 1], false);
        }
        for (int i = 1; i < bp.length; i++) {
            if (c.compareTo(bp[i]) <= 0) {
                BigDecimal numerator = BigDecimal.valueOf(levels[i] - levels[i - 1]).multiply(c.subtract(bp[i - 1]));
                BigDecimal denominator = bp[i].subtract(bp[i - 1]);
                int above = numerator.divide(denominator, 0, RoundingMode.CEILING).intValueExact();
                return new Iaqi(p, c, levels[i - 1] + above, false);
            }
        }
        throw new IllegalStateException("unreachable: " + c);
    }

    /** The highest AQI there is: HJ 633 defines the index from 1 (0 under the 2012 edition) to 500 (docs/aqi.md). */
    public static final int MAX_AQI = 500;

    /** Whether a value can be an AQI at all (a forecast or an observed value typed by hand). */
    public static boolean possible(int aqi) {
        return aqi >= 0 && aqi <= MAX_AQI;
    }

    /** Computes the AQI from any non-empty set of daily concentrations; sub-indices keep the given order. */
    public static AqiResult compute(AqiStandard standard, Map<Pollutant, BigDecimal> concentrations) {
        if (concentrations.isEmpty()) {
            throw new IllegalArgumentException("at least one concentration is needed");
        }
        List<Iaqi> subs = new ArrayList<>();
        int aqi = 0;
        for (Map.Entry<Pollutant, BigDecimal> e : concentrations.entrySet()) {
            Iaqi i = iaqi(standard, e.getKey(), e.getValue());
            subs.add(i);
            aqi = Math.max(aqi, i.value());
        }
        if (standard == AqiStandard.HJ633_2026 && aqi == 0) {
            aqi = 1; // HJ 633-2026 defines the AQI range as 1-500
        }
        List<Pollutant> primary = new ArrayList<>();
        if (aqi > 50) {
            for (Iaqi i : subs) {
                if (i.value() == aqi) {
                    primary.add(i.pollutant());
                }
            }
        }
        return new AqiResult(standard, aqi, AqiCategory.of(aqi), primary, subs);
    }
}
