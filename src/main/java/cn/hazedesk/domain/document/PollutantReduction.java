package cn.hazedesk.domain.document;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The reduction of one pollutant over an episode against its target: daily cut and baseline in t/d, and the share
 * of the baseline the level required (e.g. 0.20). A zero baseline counts as 0 % achieved.
 */
public record PollutantReduction(String pollutant, BigDecimal cutTonnesPerDay, BigDecimal baselineTonnesPerDay,
                                 BigDecimal targetShare) {
    public PollutantReduction {
        if (pollutant == null || cutTonnesPerDay == null || baselineTonnesPerDay == null || targetShare == null) {
            throw new IllegalArgumentException("incomplete reduction row");
        }
    }

    /** Share of the baseline cut (0 when the baseline is 0). */
    public BigDecimal achievedShare() {
        return baselineTonnesPerDay.signum() == 0 ? BigDecimal.ZERO
                : cutTonnesPerDay.divide(baselineTonnesPerDay, MathContext.DECIMAL64);
    }

    public boolean meetsTarget() {
        return cutTonnesPerDay.compareTo(targetShare.multiply(baselineTonnesPerDay)) >= 0;
    }
}
