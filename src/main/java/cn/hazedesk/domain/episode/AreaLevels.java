package cn.hazedesk.domain.episode;

import cn.hazedesk.domain.enterprise.WarningLevel;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The city's level and each district's level (keyed by region code). A district is never below the city; it may be
 * higher by its own warning (docs/warning-criteria.md, "The city and its districts").
 * <p>
 * Under a county plan the city may have no level at all (city null): then only the districts named in
 * {@code districts} are under a warning, each at its own level, and a district not named has none. At least one
 * area always has a level.
 */
public record AreaLevels(WarningLevel city, Map<String, WarningLevel> districts) {
    public AreaLevels {
        districts = Map.copyOf(districts);
        if (city == null && districts.isEmpty()) {
            throw new IllegalArgumentException("at least one area needs a level");
        }
    }

    /** Every district at the city's level. */
    public static AreaLevels uniform(WarningLevel city, Iterable<String> districtCodes) {
        Map<String, WarningLevel> m = new TreeMap<>();
        districtCodes.forEach(d -> m.put(d, city));
        return new AreaLevels(city, m);
    }

    /** A warning of some districts only, under their county plans: the city has no level. */
    public static AreaLevels districtsOnly(Map<String, WarningLevel> districtLevels) {
        return new AreaLevels(null, districtLevels);
    }

    /** True when the city has no level: a warning of one or more districts under their county plans. */
    public boolean districtOnly() {
        return city == null;
    }

    /** The city's level, if it has one. */
    public Optional<WarningLevel> cityLevel() {
        return Optional.ofNullable(city);
    }

    /** The first district (by code) whose level is below the city's, if any (none when the city has no level). */
    public Optional<String> districtBelowCity() {
        if (city == null) {
            return Optional.empty();
        }
        return new TreeMap<>(districts).entrySet().stream().filter(e -> e.getValue().compareTo(city) < 0)
                .map(Map.Entry::getKey).findFirst();
    }

    /** The district's level: its own, else the city's; null when neither has one (a district-only warning elsewhere). */
    public WarningLevel of(String districtCode) {
        return districts.getOrDefault(districtCode, city);
    }

    /** True when the district is under a warning. */
    public boolean has(String districtCode) {
        return of(districtCode) != null;
    }

    /** The highest level anywhere: the one whose signatory must sign. */
    public WarningLevel highest() {
        WarningLevel h = city;
        for (WarningLevel l : districts.values()) {
            if (h == null || l.compareTo(h) > 0) {
                h = l;
            }
        }
        return h;
    }
}
