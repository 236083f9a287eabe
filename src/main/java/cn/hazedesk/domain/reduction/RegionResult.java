package cn.hazedesk.domain.reduction;

import cn.hazedesk.domain.enterprise.Enterprise.Pollutant;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.region.Region;

import java.math.BigDecimal;

/**
 * A district's (or the city's) reduction of one pollutant at one level against its target. Amounts are exact
 * annual-equivalent tonnes: what industry (the list's lines) cuts and what the other sources the plan counts cut
 * (mobile, dust, others; {@link SourceReductions}); the daily and percent views are derived (see
 * {@link ReductionMath}). Whether the target is met is said by {@link #verdict()}: only against the inventory.
 */
public record RegionResult(Region region, WarningLevel level, Pollutant pollutant, BigDecimal baselineAnnual,
                           BaselineSource baselineSource, BigDecimal industryCutAnnual, BigDecimal otherCutAnnual,
                           BigDecimal targetShare) {

    /** The whole cut: industry plus the other sources. */
    public BigDecimal cutAnnual() {
        return industryCutAnnual.add(otherCutAnnual);
    }

    public BigDecimal dailyCut() {
        return ReductionMath.daily(cutAnnual());
    }

    public BigDecimal dailyBaseline() {
        return ReductionMath.daily(baselineAnnual);
    }

    /** The cut as a percent of the baseline (full precision; 0 for a zero baseline). */
    public BigDecimal percent() {
        return ReductionMath.percent(cutAnnual(), baselineAnnual);
    }

    /** True when the baseline is the area's total emissions from the inventory (and not zero). */
    public boolean baselineKnown() {
        return baselineSource == BaselineSource.INVENTORY && baselineAnnual.signum() > 0;
    }

    /**
     * MET / SHORT, decided exactly (cut ≥ target share × baseline), only when the baseline is the inventory's total;
     * UNKNOWN (待核定) when it is the list's own total or zero.
     */
    public Verdict verdict() {
        if (!baselineKnown()) {
            return Verdict.UNKNOWN;
        }
        return cutAnnual().compareTo(targetShare.multiply(baselineAnnual)) >= 0 ? Verdict.MET : Verdict.SHORT;
    }

    /** True when the cut is below the target share of the baseline used, whatever that baseline is. */
    public boolean belowTargetShare() {
        return cutAnnual().compareTo(targetShare.multiply(baselineAnnual)) < 0;
    }

    /** Tonnes per day still missing to reach the target share of the baseline used (0 when reached). */
    public BigDecimal dailyShortfall() {
        BigDecimal gap = targetShare.multiply(baselineAnnual).subtract(cutAnnual());
        return gap.signum() <= 0 ? BigDecimal.ZERO : ReductionMath.daily(gap);
    }
}
