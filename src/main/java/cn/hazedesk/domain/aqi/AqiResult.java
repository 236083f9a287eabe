package cn.hazedesk.domain.aqi;

import java.util.List;

/** AQI = max IAQI; primary pollutants are those with the highest IAQI when AQI > 50 (empty otherwise). */
public record AqiResult(AqiStandard standard, int aqi, AqiCategory category, List<Pollutant> primaryPollutants,
                        List<Iaqi> subIndices) {
    public AqiResult {
        primaryPollutants = List.copyOf(primaryPollutants);
        subIndices = List.copyOf(subIndices);
    }

    public boolean anyCapped() {
        return subIndices.stream().anyMatch(Iaqi::capped);
    }
}
