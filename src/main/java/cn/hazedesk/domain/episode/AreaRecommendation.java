package cn.hazedesk.domain.episode;

import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.warning.CriteriaEvaluator;
import cn.hazedesk.domain.warning.CriteriaProfile;
import cn.hazedesk.domain.warning.ForecastPeriod;
import cn.hazedesk.domain.warning.Recommendation;
import cn.hazedesk.domain.warning.RecommendedLevel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a consultation's forecast recommends for one area, and what it would recommend if the dust days counted (to
 * tell a dust-driven episode, which must not start a warning, from a quiet one).
 *
 * @param fromDistrict for the city without its own forecast rows: the district whose level it takes; else null
 */
public record AreaRecommendation(Region region, Recommendation recommendation, RecommendedLevel ignoringDust,
                                 String fromDistrict) {

    public RecommendedLevel level() {
        return recommendation.level();
    }

    /**
     * {@code level} would rest on dust days: the forecast reaches it only if dust days counted, or the forecast
     * reaches no warning at all without its dust days but would with them — then no warning level may be set on it,
     * however high and whatever the reason (docs/warning-criteria.md, "Dust, ozone and other causes").
     */
    public boolean dustDriven(RecommendedLevel level) {
        if (recommendation.level().compareTo(level) >= 0) {
            return false;
        }
        return ignoringDust.compareTo(level) >= 0 || (recommendation.level().compareTo(RecommendedLevel.YELLOW) < 0
                && ignoringDust.compareTo(RecommendedLevel.YELLOW) >= 0);
    }

    /** Each district, then the city (its own rows, or else the highest district). */
    public static Map<String, AreaRecommendation> of(CriteriaProfile profile, Consultation c, RegionCatalog regions) {
        Map<String, AreaRecommendation> out = new LinkedHashMap<>();
        AreaRecommendation highest = null;
        for (Region d : regions.districts()) {
            AreaRecommendation r = evaluate(profile, d, c.periodsOf(d.code()), null);
            out.put(d.code(), r);
            if (highest == null || r.level().compareTo(highest.level()) > 0
                    || (r.level() == highest.level() && r.ignoringDust.compareTo(highest.ignoringDust) > 0)) {
                highest = r;
            }
        }
        Region city = regions.city();
        List<ForecastPeriod> cityDays = c.periodsOf(city.code());
        if (!cityDays.isEmpty() || highest == null) {
            out.put(city.code(), evaluate(profile, city, cityDays, null));
        } else {
            out.put(city.code(), new AreaRecommendation(city, highest.recommendation, highest.ignoringDust,
                    highest.region.name()));
        }
        return out;
    }

    private static AreaRecommendation evaluate(CriteriaProfile profile, Region r, List<ForecastPeriod> days, String from) {
        Recommendation rec = CriteriaEvaluator.recommendPeriods(profile, days);
        List<ForecastPeriod> noDust = new ArrayList<>();
        days.forEach(d -> noDust.add(new ForecastPeriod(d.start(), d.hours(), d.aqi(), false)));
        return new AreaRecommendation(r, rec, CriteriaEvaluator.recommendPeriods(profile, noDust).level(), from);
    }
}
