package cn.hazedesk.infra.data;

import cn.hazedesk.domain.warning.CriteriaProfile;
import cn.hazedesk.domain.warning.RecommendedLevel;
import org.apache.commons.csv.CSVRecord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** data/warning-criteria.csv (or the site's rules/warning-criteria.csv): the criteria profiles by name. */
public final class CriteriaCsv {
    public static final String DEFAULT_PROFILE = "2024";
    private static final String FILE = "warning-criteria.csv";

    private CriteriaCsv() {
    }

    public static Map<String, CriteriaProfile> load(Path siteRules) {
        Map<String, Map<RecommendedLevel, Map<String, List<CriteriaProfile.Condition>>>> raw = new TreeMap<>();
        for (CSVRecord r : BundledData.readCsv(FILE, true, siteRules)) {
            RecommendedLevel level;
            try {
                level = RecommendedLevel.valueOf(r.get("level"));
            } catch (IllegalArgumentException e) {
                throw BundledData.problemInRecord(FILE, r, "unknown level " + r.get("level"));
            }
            int above;
            int hours;
            try {
                above = Integer.parseInt(r.get("above_aqi").trim());
                hours = Integer.parseInt(r.get("min_hours").trim());
            } catch (NumberFormatException e) {
                throw BundledData.problemInRecord(FILE, r, "above_aqi and min_hours must be whole numbers");
            }
            raw.computeIfAbsent(r.get("profile").trim(), k -> new EnumMap<>(RecommendedLevel.class))
                    .computeIfAbsent(level, k -> new TreeMap<>())
                    .computeIfAbsent(r.get("clause").trim(), k -> new ArrayList<>())
                    .add(new CriteriaProfile.Condition(above, hours));
        }
        Map<String, CriteriaProfile> out = new TreeMap<>();
        raw.forEach((name, levels) -> {
            Map<RecommendedLevel, List<List<CriteriaProfile.Condition>>> rules = new EnumMap<>(RecommendedLevel.class);
            levels.forEach((level, clauses) -> rules.put(level, List.copyOf(clauses.values())));
            out.put(name, new CriteriaProfile(name, rules));
        });
        return out;
    }

    public static Optional<CriteriaProfile> profile(String name, Path siteRules) {
        return Optional.ofNullable(load(siteRules).get(name));
    }
}
