package cn.hazedesk.domain.warning;

import java.util.List;
import java.util.Map;

/**
 * A set of warning criteria (e.g. 2024, 2018): for each level, clauses of which any may be met, each clause a list
 * of conditions that must all hold.
 */
public record CriteriaProfile(String name, Map<RecommendedLevel, List<List<Condition>>> rules) {
    /** The forecast daily AQI stays above {@code aboveAqi} for at least {@code minHours} on consecutive days. */
    public record Condition(int aboveAqi, int minHours) {
        public int days() {
            return (minHours + 23) / 24;
        }
    }

    public CriteriaProfile {
        rules = Map.copyOf(rules);
    }
}
