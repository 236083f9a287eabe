package cn.hazedesk.domain.reduction;

import cn.hazedesk.domain.enterprise.Enterprise.Pollutant;
import cn.hazedesk.domain.enterprise.WarningLevel;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reduction against target for every district and the city, per level and pollutant, with the lines behind each
 * figure. {@code results} are ordered district by district (by code), then the city; within a region by level
 * (yellow, orange, red), then pollutant (SO2, NOX, PM, VOCS).
 */
public record AdequacyReport(List<RegionResult> results, List<LineReduction> lines) {
    public AdequacyReport {
        results = List.copyOf(results);
        lines = List.copyOf(lines);
    }

    /** An enterprise's share of a region's cut. */
    public record EnterpriseContribution(String uscc, String name, BigDecimal dailyCut) {
    }

    public Optional<RegionResult> result(String regionCode, WarningLevel level, Pollutant p) {
        return results.stream().filter(r -> r.region().code().equals(regionCode) && r.level() == level
                && r.pollutant() == p).findFirst();
    }

    /**
     * Every region × pollutant × level whose cut is below the target share of its baseline (known or not), the
     * biggest gap (tonnes per day) first.
     */
    public List<RegionResult> shortfalls() {
        return results.stream().filter(RegionResult::belowTargetShare)
                .sorted(Comparator.comparing(RegionResult::dailyShortfall).reversed()).toList();
    }

    /** The lines of a region (the city's code: all lines) at a level. */
    public List<LineReduction> lines(String regionCode, WarningLevel level) {
        boolean city = results.stream().anyMatch(r -> r.region().code().equals(regionCode)
                && r.region().level() == cn.hazedesk.domain.region.Region.Level.CITY);
        return lines.stream().filter(l -> l.level() == level
                && (city || l.enterprise().districtCode().equals(regionCode))).toList();
    }

    /** The {@code n} lines cutting most of {@code p}, biggest first (lines that cut nothing are left out). */
    public List<LineReduction> topLines(String regionCode, WarningLevel level, Pollutant p, int n) {
        return lines(regionCode, level).stream().filter(l -> l.annualCut(p).signum() > 0)
                .sorted(Comparator.comparing((LineReduction l) -> l.annualCut(p)).reversed()).limit(n).toList();
    }

    /** The {@code n} enterprises cutting most of {@code p}, biggest first. */
    public List<EnterpriseContribution> topEnterprises(String regionCode, WarningLevel level, Pollutant p, int n) {
        Map<String, BigDecimal> cut = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (LineReduction l : lines(regionCode, level)) {
            cut.merge(l.enterprise().uscc(), l.annualCut(p), BigDecimal::add);
            names.put(l.enterprise().uscc(), l.enterprise().name());
        }
        return cut.entrySet().stream().filter(e -> e.getValue().signum() > 0)
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()).limit(n)
                .map(e -> new EnterpriseContribution(e.getKey(), names.get(e.getKey()), ReductionMath.daily(e.getValue())))
                .toList();
    }

    /** The {@code n} lines that still emit most of {@code p} under their measure: where more could be cut. */
    public List<LineReduction> largestRemaining(String regionCode, WarningLevel level, Pollutant p, int n) {
        return lines(regionCode, level).stream().filter(l -> l.dailyRemaining(p).signum() > 0)
                .sorted(Comparator.comparing((LineReduction l) -> l.dailyRemaining(p)).reversed()).limit(n).toList();
    }
}
