package cn.hazedesk.domain.episode;

import cn.hazedesk.domain.enterprise.WarningLevel;

import java.util.EnumMap;
import java.util.Map;

/**
 * Who must sign an approval form at each level (docs/episode.md, "Who signs": local practice, UNCONFIRMED for 石嘴山 — the
 * values come from data/warning-workflow.csv, rows signatory.<LEVEL>, and a site overrides them in its rules folder).
 */
public record SignatoryPolicy(Map<WarningLevel, String> byLevel) {
    public SignatoryPolicy {
        for (WarningLevel l : WarningLevel.values()) {
            if (!byLevel.containsKey(l) || byLevel.get(l).isBlank()) {
                throw new IllegalArgumentException("no signatory for " + l);
            }
        }
        byLevel = Map.copyOf(new EnumMap<>(byLevel));
    }

    public String requiredFor(WarningLevel level) {
        return byLevel.get(level);
    }
}
