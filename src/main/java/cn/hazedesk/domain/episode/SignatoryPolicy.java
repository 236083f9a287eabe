package cn.hazedesk.domain.episode;

import cn.hazedesk.domain.enterprise.WarningLevel;

import java.util.EnumMap;
import java.util.Map;

/**
 * Who must sign an approval form at each level (docs/episode.md, "Who signs": local practice, UNCONFIRMED for 石嘴山 — the
 * values come from data/warning-workflow.csv, rows signatory.<LEVEL>, and a site overrides them in its rules folder),
 * who signs a warning that districts issue under their county plans with no city level (row signatory.COUNTY), and who
 * decides a temporary control (轻中度污染临时管控, row signatory.TEMP_CONTROL).
 *
 * @param county      the signatory of a county-plan warning; null when not set, and then the level's signatory signs
 * @param tempControl the signatory of a temporary control; null when not set, and then the yellow level's signs
 */
public record SignatoryPolicy(Map<WarningLevel, String> byLevel, String county, String tempControl) {
    public SignatoryPolicy {
        for (WarningLevel l : WarningLevel.values()) {
            if (!byLevel.containsKey(l) || byLevel.get(l).isBlank()) {
                throw new IllegalArgumentException("no signatory for " + l);
            }
        }
        byLevel = Map.copyOf(new EnumMap<>(byLevel));
        county = county == null || county.isBlank() ? null : county.strip();
        tempControl = tempControl == null || tempControl.isBlank() ? null : tempControl.strip();
    }

    /** The city's signatories only (a county-plan warning is signed as its highest level's). */
    public SignatoryPolicy(Map<WarningLevel, String> byLevel) {
        this(byLevel, null, null);
    }

    public String requiredFor(WarningLevel level) {
        return byLevel.get(level);
    }

    /** The signatory of a temporary control. */
    public String forTempControl() {
        return tempControl != null ? tempControl : requiredFor(WarningLevel.YELLOW);
    }

    /**
     * The signatory of a step that acts on {@code before} (the levels in force; null before the issue) and sets
     * {@code after}: the county's when neither has a city level (the county bodies decide under their own plans) and
     * the policy names one; otherwise the city's signatory of the highest level the step sets — so a step that brings
     * a city level in, or takes the city's away, is the city's.
     */
    public String requiredFor(AreaLevels before, AreaLevels after) {
        if (county != null && (before == null || before.districtOnly()) && after.districtOnly()) {
            return county;
        }
        return requiredFor(after.highest());
    }
}
