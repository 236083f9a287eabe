package cn.hazedesk.application;

import cn.hazedesk.domain.document.AreaLevel;
import cn.hazedesk.domain.document.LevelChange;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.AreaLevels;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.Proposal;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the warning levels moved between an episode's proposals, and how a document names the areas: the levels in
 * force before a proposal, the direction of a change, the districts at a level other than the city's, the areas an
 * adjustment changed.
 */
final class LevelChanges {
    private final RegionCatalog regions;

    private final java.util.function.Supplier<cn.hazedesk.domain.document.compose.Phrases> phrases;

    LevelChanges(RegionCatalog regions, java.util.function.Supplier<cn.hazedesk.domain.document.compose.Phrases> phrases) {
        this.regions = regions;
        this.phrases = phrases;
    }

    /** The name of the district with code {@code code}, if any. */
    Optional<String> districtName(Optional<String> code) {
        return code.flatMap(regions::byCode).map(Region::name);
    }

    /** The levels the last published level-setting proposal before {@code p} set. */
    static Optional<AreaLevels> previousLevels(Episode e, Proposal p) {
        return e.published().stream().filter(q -> q.seq() < p.seq() && q.kind().setsLevels() && q.levels() != null)
                .reduce((a, b) -> b).map(Proposal::levels);
    }

    /** +1 when {@code next} is higher than {@code prev} (the city, else the highest district), −1 lower, 0 same. */
    static int direction(AreaLevels prev, AreaLevels next) {
        if (next == null) {
            return 0;
        }
        int c = Integer.compare(rank(next.city()), rank(prev.city()));
        c = c != 0 ? c : next.highest().compareTo(prev.highest());
        if (c != 0) {
            return Integer.signum(c);
        }
        // the same city and highest level: a district raised (e.g. one more county under its plan) is an upgrade
        java.util.Set<String> codes = new java.util.TreeSet<>(prev.districts().keySet());
        codes.addAll(next.districts().keySet());
        boolean up = codes.stream().anyMatch(d -> rank(next.of(d)) > rank(prev.of(d)));
        boolean down = codes.stream().anyMatch(d -> rank(next.of(d)) < rank(prev.of(d)));
        return up ? 1 : down ? -1 : 0;
    }

    /** The previous level comparable with the new one: the city's if the city changed, else the highest. */
    static WarningLevel levelOf(AreaLevels prev, AreaLevels next) {
        return next.city() != prev.city() && prev.city() != null ? prev.city() : prev.highest();
    }

    /** The level a form or report heads with: the city's, or under a county plan (no city level) the highest district's. */
    static WarningLevel headline(AreaLevels l) {
        return l.city() != null ? l.city() : l.highest();
    }

    private static int rank(WarningLevel l) {
        return l == null ? -1 : l.ordinal();
    }

    /**
     * The districts an approval form names: none (全市) when every district is at the city's level, otherwise each
     * district with its level when it differs from the city's (e.g. 惠农区（橙色）).
     */
    List<String> districts(AreaLevels l) {
        var words = phrases.get();
        return areaLevels(l).stream().map(a -> a.level() == l.city() ? a.area()
                : words.get("form.areaLevel", "area", a.area(), "level", words.get("WarningLevel." + a.level().name()))).toList();
    }

    /** Each district with its level, or none (全市) when every district is at the city's level. */
    List<AreaLevel> areaLevels(AreaLevels l) {
        if (l.districtOnly()) {
            // a county-plan warning names only the districts that have a level
            return regions.districts().stream().filter(d -> l.has(d.code())).map(d -> new AreaLevel(d.name(), l.of(d.code()))).toList();
        }
        boolean uniform = regions.districts().stream().allMatch(d -> l.of(d.code()) == l.city());
        if (uniform) {
            return List.of();
        }
        return regions.districts().stream().map(d -> new AreaLevel(d.name(), l.of(d.code()))).toList();
    }

    /**
     * The areas an adjustment changed, grouped by old and new level (in district order): the whole city (area null)
     * when every district changed alike; none unchanged is named.
     */
    List<LevelChange> changes(AreaLevels prev, AreaLevels next) {
        Map<String, List<String>> byChange = new java.util.LinkedHashMap<>();
        Map<String, WarningLevel[]> pairs = new java.util.HashMap<>();
        int changed = 0;
        for (Region d : regions.districts()) {
            WarningLevel a = prev.of(d.code());
            WarningLevel b = next.of(d.code());
            if (a != b) {
                String key = a + ">" + b;
                byChange.computeIfAbsent(key, k -> new ArrayList<>()).add(d.name());
                pairs.put(key, new WarningLevel[]{a, b});
                changed++;
            }
        }
        if (changed == 0) {
            return List.of(new LevelChange(null, headline(prev), next.city() != prev.city() && next.city() != null ? next.city() : next.highest()));
        }
        if (byChange.size() == 1 && changed == regions.districts().size()) {
            WarningLevel[] ab = pairs.values().iterator().next();
            return List.of(new LevelChange(null, ab[0], ab[1]));
        }
        List<LevelChange> out = new ArrayList<>();
        var words = phrases.get();
        byChange.forEach((k, names) -> out.add(new LevelChange(words.joinAll("listSeparator", names), pairs.get(k)[0], pairs.get(k)[1])));
        return out;
    }

    /** The districts whose level differs from the city's, e.g. 惠农区橙色; null when all are at the city's level. */
    String districtNote(AreaLevels l) {
        var words = phrases.get();
        List<String> parts = new ArrayList<>();
        for (Region d : regions.districts()) {
            WarningLevel x = l.of(d.code());
            if (x != l.city() && x != null) {
                parts.add(words.get("report.areaLevel", "area", d.name(), "level", words.get("WarningLevel." + x.name())));
            }
        }
        return parts.isEmpty() ? null : words.joinAll("listSeparator", parts);
    }
}
