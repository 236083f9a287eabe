package cn.hazedesk.domain.episode;

import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.common.Outcome.Refusal;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.warning.RecommendedLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The levels an ISSUE or ADJUST proposal sets, checked against the region and the consultation it rests on: every
 * district has a level and none is below the city's; an adjustment changes something; a level is not reached on
 * dust days alone; and a level other than the one recommended needs a reason (a district may follow the city's
 * level, see docs/warning-criteria.md).
 */
final class ProposedLevels {
    private final RegionCatalog regions;
    private final Function<Consultation, Map<String, AreaRecommendation>> recommend;

    ProposedLevels(RegionCatalog regions, Function<Consultation, Map<String, AreaRecommendation>> recommend) {
        this.regions = regions;
        this.recommend = recommend;
    }

    Optional<Refusal> check(Episode e, AreaLevels levels, Consultation c, String reason, ProposalKind kind) {
        if (levels == null) {
            return Optional.of(Refusal.of(EpisodeRefusal.DISTRICT_MISSING, regions.city().name()));
        }
        // with a city level every district has one; without (a county-plan warning) a district not named has none
        for (Region d : regions.districts()) {
            if (levels.city() != null && !levels.districts().containsKey(d.code())) {
                return Optional.of(Refusal.of(EpisodeRefusal.DISTRICT_MISSING, d.name()));
            }
        }
        Optional<String> below = levels.districtBelowCity();
        if (below.isPresent()) {
            return Optional.of(Refusal.of(EpisodeRefusal.DISTRICT_BELOW_CITY, name(below.get()),
                    levels.of(below.get()), levels.city()));
        }
        if (kind == ProposalKind.ADJUST && levels.equals(e.levels())) {
            return Optional.of(Refusal.of(EpisodeRefusal.SAME_LEVELS));
        }
        Map<String, AreaRecommendation> rec = recommend.apply(c);
        List<Region> areas = new ArrayList<>(regions.districts());
        areas.add(regions.city());
        // a district at (or below) the city's level follows the city (docs/warning-criteria.md): when the forecast carries the
        // city's level without dust, that district's own dust days do not stop it from following
        boolean cityByForecast = levels.city() != null
                && rec.get(regions.city().code()).level().compareTo(asRecommended(levels.city())) >= 0;
        for (Region a : areas) {
            boolean isCity = a.code().equals(regions.city().code());
            WarningLevel proposed = isCity ? levels.city() : levels.of(a.code());
            if (proposed == null || !isCity && cityByForecast && proposed.compareTo(levels.city()) <= 0) {
                continue;
            }
            AreaRecommendation r = rec.get(a.code());
            WarningLevel before = e.levels() == null ? null : isCity ? e.levels().city() : e.levels().of(a.code());
            if (kind == ProposalKind.ISSUE || asRecommended(proposed).compareTo(asRecommended(before)) > 0) {
                if (r.dustDriven(asRecommended(proposed))) {
                    return Optional.of(Refusal.of(EpisodeRefusal.DUST_DRIVEN, a.name(), proposed));
                }
            }
        }
        if (!reason.isEmpty()) {
            return Optional.empty();
        }
        RecommendedLevel cityRec = rec.get(regions.city().code()).level();
        if (asRecommended(levels.city()) != warning(cityRec)) {
            return Optional.of(Refusal.of(EpisodeRefusal.LEVEL_REASON_REQUIRED, regions.city().name(), cityRec,
                    asRecommended(levels.city())));
        }
        for (Region d : regions.districts()) {
            RecommendedLevel expected = max(asRecommended(levels.city()), rec.get(d.code()).level());
            if (asRecommended(levels.of(d.code())) != warning(expected)) {
                return Optional.of(Refusal.of(EpisodeRefusal.LEVEL_REASON_REQUIRED, d.name(), expected,
                        asRecommended(levels.of(d.code()))));
            }
        }
        return Optional.empty();
    }

    private String name(String code) {
        return regions.byCode(code).map(Region::name).orElse(code);
    }

    /** The level as the criteria name it; no level is NONE. */
    static RecommendedLevel asRecommended(WarningLevel l) {
        return l == null ? RecommendedLevel.NONE : RecommendedLevel.valueOf(l.name());
    }

    /** A recommendation as a warning level: a temporary control (below yellow) is no warning level. */
    private static RecommendedLevel warning(RecommendedLevel r) {
        return r == RecommendedLevel.TEMP_CONTROL ? RecommendedLevel.NONE : r;
    }

    private static RecommendedLevel max(RecommendedLevel a, RecommendedLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
