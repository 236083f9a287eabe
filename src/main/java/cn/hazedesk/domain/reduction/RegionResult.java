package cn.hazedesk.domain.reduction;

import cn.hazedesk.domain.enterprise.Enterprise.Pollutant;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.region.Region;

import java.math.BigDecimal;

/**
 * A district's (or the city's) reduction of one pollutant at one level against its target. Amounts are exact
 * annual-equivalent tonnes; the daily and percent views are derived (see {@link ReductionMath}).
 */
public record RegionResult(Region region, WarningLevel level, Pollutant pollutant, BigDecimal baselineAnnual,
                           BaselineSource baselineSource, BigDecimal cutAnnual, BigDecimal targetShare) {

    public BigDecimal dailyCut() {
        return ReductionMath.daily(cutAnnual);
    }

    public BigDecimal dailyBaseline() {
        return ReductionMath.daily(baselineAnnual);
    }

    /** The cut as a percent of the baseline (full precision). */
    public BigDecimal percent() {
        return ReductionMath.percent(cutAnnual, baselineAnnual);
    }

    /** Exact: cut ≥ target share × baseline. A zero baseline is met by any cut. */
    public boolean meetsTarget() {
        return cutAnnual.compareTo(targetShare.multiply(baselineAnnual)) >= 0;
    }

    /** Tonnes per day still missing to reach the target (0 when met). */
    public BigDecimal dailyShortfall() {
        BigDecimal gap = targetShare.multiply(baselineAnnual).subtract(cutAnnual);
        return gap.signum() <= 0 ? BigDecimal.ZERO : ReductionMath.daily(gap);
    }
}
