package cn.hazedesk.domain.episode;

import cn.hazedesk.domain.enterprise.WarningLevel;

import java.util.EnumMap;
import java.util.Map;

/**
 * Who must sign an approval form at each level (docs/episode.md, "Who signs": local practice, UNCONFIRMED for 石嘴山 — the
 * values come from data/warning-workflow.csv, rows signatory.<LEVEL>, and a site overrides them in its rules folder),
 * and who signs a warning that districts issue under their county plans with no city level (row signatory.COUNTY).
 *
 * @param county the signatory of a county-plan warning; null when not set, and then the level's signatory signs
 */
public record SignatoryPolicy(Map<WarningLevel, String> byLevel, String county) {
    public SignatoryPolicy {
        for (WarningLevel l : WarningLevel.values()) {
            if (!byLevel.containsKey(l) || byLevel.get(l).isBlank()) {
                throw new IllegalArgumentException("no signatory for " + l);
            }
        }
        byLevel = Map.copyOf(new EnumMap<>(byLevel));
        county = county == null || county.isBlank() ? null : county.strip();
    }

    /** The city's signatories only (a county-plan warning is signed as its highest level's). */
    public SignatoryPolicy(Map<WarningLevel, String> byLevel) {
        this(byLevel, null);
    }

    public String requiredFor(WarningLevel level) {
        return byLevel.get(level);
    }

    /** The signatory of {@code levels}: the county's when no city level is set and the policy names one. */
    public String requiredFor(AreaLevels levels) {
        if (levels.city() == null && county != null) {
            return county;
        }
        return requiredFor(levels.highest());
    }
}
