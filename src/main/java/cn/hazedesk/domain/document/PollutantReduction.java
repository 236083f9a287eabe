package cn.hazedesk.domain.document;

import cn.hazedesk.domain.reduction.Verdict;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The reduction of one pollutant over an episode against its target: daily cut and baseline in t/d, the share of
 * the baseline the level required (e.g. 0.20), and whether the baseline is the area's total emissions from the
 * inventory ({@code baselineKnown}) or only the list's own total. A zero baseline counts as 0 % achieved. The verdict
 * is 达标 / 未达标 only against a known, non-zero baseline; otherwise 待核定.
 */
public record PollutantReduction(String pollutant, BigDecimal cutTonnesPerDay, BigDecimal baselineTonnesPerDay,
                                 BigDecimal targetShare, boolean baselineKnown) {
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

    public Verdict verdict() {
        if (!baselineKnown || baselineTonnesPerDay.signum() == 0) {
            return Verdict.UNKNOWN;
        }
        return cutTonnesPerDay.compareTo(targetShare.multiply(baselineTonnesPerDay)) >= 0 ? Verdict.MET : Verdict.SHORT;
    }
}
