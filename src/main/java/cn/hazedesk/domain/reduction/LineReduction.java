package cn.hazedesk.domain.reduction;

import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.Enterprise.Pollutant;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.measure.MeasureChoice;

import java.math.BigDecimal;

/** One line at one level: its measure, the rule that chose it, and what it cuts. */
public record LineReduction(Enterprise enterprise, ProductionLine line, WarningLevel level, MeasureChoice choice) {

    /** The line's annual emission of {@code p} (0 when the list gives none). */
    public BigDecimal annual(Pollutant p) {
        BigDecimal t = line.tonnes(p);
        return t == null ? BigDecimal.ZERO : t;
    }

    /** Annual-equivalent tonnes cut: annual × counted fraction, exact. */
    public BigDecimal annualCut(Pollutant p) {
        return annual(p).multiply(choice.countedFraction());
    }

    /** Tonnes per day cut: annual / 365 × fraction. */
    public BigDecimal dailyCut(Pollutant p) {
        return ReductionMath.daily(annualCut(p));
    }

    /** Tonnes per day the line still emits under its measure. */
    public BigDecimal dailyRemaining(Pollutant p) {
        return ReductionMath.daily(annual(p).subtract(annualCut(p)));
    }
}
