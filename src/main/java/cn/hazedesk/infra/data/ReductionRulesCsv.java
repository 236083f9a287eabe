package cn.hazedesk.infra.data;

import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise.Pollutant;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.measure.ExemptionPolicy;
import cn.hazedesk.domain.reduction.EmissionInventory;
import cn.hazedesk.domain.reduction.OtherSource;
import cn.hazedesk.domain.reduction.SourceReductions;
import cn.hazedesk.domain.reduction.ReductionTargets;
import cn.hazedesk.domain.region.RegionCatalog;
import org.apache.commons.csv.CSVRecord;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reduction rule files: data/reduction-targets.csv (percent per level and pollutant),
 * data/exemptions.csv (up to which level 豁免 / 保障类 are exempt), data/emission-inventory.csv (the city's
 * inventory) and data/source-reductions.csv (mobile, dust and other sources' reductions); the last two are shipped
 * without rows.
 */
public final class ReductionRulesCsv {
    static final String TARGETS = "reduction-targets.csv";
    static final String EXEMPTIONS = "exemptions.csv";
    static final String INVENTORY = "emission-inventory.csv";
    static final String SOURCES = "source-reductions.csv";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReductionRulesCsv() {
    }

    public static ReductionTargets targets(java.nio.file.Path siteRules) {
        Map<WarningLevel, Map<Pollutant, BigDecimal>> shares = new EnumMap<>(WarningLevel.class);
        for (CSVRecord r : BundledData.readCsv(TARGETS, true, siteRules)) {
            try {
                BigDecimal percent = new BigDecimal(r.get("target_percent"));
                BigDecimal before = shares.computeIfAbsent(RuleValues.level(r.get("level")),
                        k -> new EnumMap<>(Pollutant.class)).put(RuleValues.pollutant(r.get("pollutant")),
                        percent.divide(HUNDRED));
                if (before != null) {
                    throw new IllegalArgumentException("given twice");
                }
            } catch (IllegalArgumentException e) {
                throw BundledData.problemInRecord(TARGETS, r, e.getMessage());
            }
        }
        try {
            return new ReductionTargets(shares);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("data/" + TARGETS + ": " + e.getMessage(), e);
        }
    }

    public static ExemptionPolicy exemptions(java.nio.file.Path siteRules) {
        Map<ControlType, WarningLevel> upTo = new EnumMap<>(ControlType.class);
        cn.hazedesk.domain.listimport.ListVocabulary words = ListReadingCsv.vocabulary(siteRules);
        for (CSVRecord r : BundledData.readCsv(EXEMPTIONS, true, siteRules)) {
            ControlType type = words.values().control(r.get("control_type"))
                    .orElseThrow(() -> BundledData.problemInRecord(EXEMPTIONS, r, "unknown control type"));
            String level = r.get("exempt_up_to").strip();
            if (level.equalsIgnoreCase("none")) {
                continue;
            }
            try {
                upTo.put(type, RuleValues.level(level));
            } catch (IllegalArgumentException e) {
                throw BundledData.problemInRecord(EXEMPTIONS, r, "exempt_up_to must be none, yellow, orange or red");
            }
        }
        return new ExemptionPolicy(upTo);
    }

    public static EmissionInventory inventory(RegionCatalog regions, java.nio.file.Path siteRules) {
        Map<String, Map<Pollutant, BigDecimal>> tonnes = new HashMap<>();
        for (CSVRecord r : BundledData.readCsv(INVENTORY, true, siteRules)) {
            String code = r.get("region_code").strip();
            if (regions.byCode(code).isEmpty()) {
                throw BundledData.problemInRecord(INVENTORY, r, "unknown region code " + code);
            }
            try {
                BigDecimal t = new BigDecimal(r.get("annual_tonnes").strip());
                if (t.signum() < 0) {
                    throw new IllegalArgumentException("negative tonnes");
                }
                if (tonnes.computeIfAbsent(code, k -> new EnumMap<>(Pollutant.class))
                        .put(RuleValues.pollutant(r.get("pollutant")), t) != null) {
                    throw new IllegalArgumentException("given twice");
                }
            } catch (IllegalArgumentException e) {
                throw BundledData.problemInRecord(INVENTORY, r, e.getMessage());
            }
        }
        return new EmissionInventory(tonnes);
    }

    /** Mobile, dust and other sources' reductions per region, level and pollutant (tonnes per day). */
    public static SourceReductions sourceReductions(RegionCatalog regions, java.nio.file.Path siteRules) {
        List<SourceReductions.Entry> out = new ArrayList<>();
        for (CSVRecord r : BundledData.readCsv(SOURCES, true, siteRules)) {
            String code = r.get("region_code").strip();
            if (regions.byCode(code).isEmpty()) {
                throw BundledData.problemInRecord(SOURCES, r, "unknown region code " + code);
            }
            try {
                out.add(new SourceReductions.Entry(code, OtherSource.valueOf(r.get("source").strip().toUpperCase(Locale.ROOT)),
                        RuleValues.level(r.get("level")), RuleValues.pollutant(r.get("pollutant")),
                        new BigDecimal(r.get("daily_tonnes").strip()), r.get("basis")));
            } catch (IllegalArgumentException e) {
                throw BundledData.problemInRecord(SOURCES, r, e.getMessage());
            }
        }
        return new SourceReductions(out);
    }

    /** The bundled source reductions (no site override). */
    public static SourceReductions sourceReductions(RegionCatalog regions) {
        return sourceReductions(regions, null);
    }

    /** The bundled targets (no site override). */
    public static ReductionTargets targets() {
        return targets(null);
    }

    /** The bundled exemptions (no site override). */
    public static ExemptionPolicy exemptions() {
        return exemptions(null);
    }

    /** The bundled inventory (no site override). */
    public static EmissionInventory inventory(RegionCatalog regions) {
        return inventory(regions, null);
    }
}
