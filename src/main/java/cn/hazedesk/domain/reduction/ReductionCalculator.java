package cn.hazedesk.domain.reduction;

import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise.Pollutant;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.measure.MeasureSelector;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reduction accounting for the list (docs/measures-and-reductions.md). For each level, each line's measure is chosen
 * ({@link MeasureSelector}) and its cut is annual tonnes × counted fraction (daily: / 365). Totals are summed per
 * district and for the city. The baseline of a region and pollutant is the inventory figure when
 * data/emission-inventory.csv gives one for that region code, otherwise the list's own total for the region
 * (its districts' lines for the city): a district is measured against its own baseline. 长期停产 enterprises
 * emit nothing, so they are left out of a list-total baseline as well as out of the cut. The other sources the plan
 * counts (mobile, dust, others: {@link SourceReductions}) are added to industry's cut; a result says 达标 only
 * against the inventory ({@link RegionResult#verdict()}).
 */
public final class ReductionCalculator {
    private final MeasureSelector selector;
    private final ReductionTargets targets;
    private final EmissionInventory inventory;
    private final RegionCatalog regions;
    private final SourceReductions otherSources;

    public ReductionCalculator(MeasureSelector selector, ReductionTargets targets, EmissionInventory inventory,
                               SourceReductions otherSources, RegionCatalog regions) {
        this.selector = selector;
        this.targets = targets;
        this.inventory = inventory;
        this.otherSources = otherSources;
        this.regions = regions;
    }

    public AdequacyReport compute(List<GradedEnterprise> list, Collection<WarningLevel> levels) {
        List<LineReduction> lines = new ArrayList<>();
        List<WarningLevel> ordered = List.of(WarningLevel.values()).stream().filter(levels::contains).toList();
        for (WarningLevel level : ordered) {
            for (GradedEnterprise g : list) {
                for (MeasureSelector.LineChoice c : selector.choose(g.enterprise(), g.grade(), level)) {
                    lines.add(new LineReduction(g.enterprise(), c.line(), level, c.choice()));
                }
            }
        }
        List<Region> order = new ArrayList<>(regions.districts().stream()
                .sorted(java.util.Comparator.comparing(Region::code)).toList());
        order.add(regions.city());
        List<RegionResult> results = new ArrayList<>();
        for (Region region : order) {
            Predicate<String> inRegion = region.level() == Region.Level.CITY ? code -> true
                    : code -> code.equals(region.code());
            for (WarningLevel level : ordered) {
                for (Pollutant p : Pollutant.values()) {
                    BigDecimal cut = BigDecimal.ZERO;
                    for (LineReduction l : lines) {
                        if (l.level() == level && inRegion.test(l.enterprise().districtCode())) {
                            cut = cut.add(l.annualCut(p));
                        }
                    }
                    BigDecimal listTotal = BigDecimal.ZERO;
                    for (GradedEnterprise g : list) {
                        if (g.enterprise().controlType() != ControlType.LONG_TERM_SHUTDOWN
                                && inRegion.test(g.enterprise().districtCode())) {
                            for (ProductionLine line : g.enterprise().lines()) {
                                BigDecimal t = line.tonnes(p);
                                listTotal = listTotal.add(t == null ? BigDecimal.ZERO : t);
                            }
                        }
                    }
                    var inv = inventory.annual(region.code(), p);
                    results.add(new RegionResult(region, level, p, inv.orElse(listTotal),
                            inv.isPresent() ? BaselineSource.INVENTORY : BaselineSource.LIST_TOTAL, cut,
                            otherSources.annualCut(inRegion, level, p), targets.share(level, p)));
                }
            }
        }
        return new AdequacyReport(results, lines);
    }
}
