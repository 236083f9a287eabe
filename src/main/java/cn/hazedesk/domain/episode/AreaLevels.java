package cn.hazedesk.domain.episode;

import cn.hazedesk.domain.enterprise.WarningLevel;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The city's level and each district's level (keyed by region code). A district is never below the city; it may be
 * higher by its own warning (docs/warning-criteria.md, "The city and its districts").
 */
public record AreaLevels(WarningLevel city, Map<String, WarningLevel> districts) {
    public AreaLevels {
        if (city == null) {
            throw new IllegalArgumentException("city level is required");
        }
        districts = Map.copyOf(districts);
    }

    /** Every district at the city's level. */
    public static AreaLevels uniform(WarningLevel city, Iterable<String> districtCodes) {
        Map<String, WarningLevel> m = new TreeMap<>();
        districtCodes.forEach(d -> m.put(d, city));
        return new AreaLevels(city, m);
    }

    /** The first district (by code) whose level is below the city's, if any. */
    public Optional<String> districtBelowCity() {
        return new TreeMap<>(districts).entrySet().stream().filter(e -> e.getValue().compareTo(city) < 0)
                .map(Map.Entry::getKey).findFirst();
    }

    public WarningLevel of(String districtCode) {
        return districts.getOrDefault(districtCode, city);
    }

    /** The highest level anywhere: the one whose signatory must sign. */
    public WarningLevel highest() {
        WarningLevel h = city;
        for (WarningLevel l : districts.values()) {
            if (l.compareTo(h) > 0) {
                h = l;
            }
        }
        return h;
    }
}
