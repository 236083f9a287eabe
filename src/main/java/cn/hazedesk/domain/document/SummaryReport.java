package cn.hazedesk.domain.document;

import cn.hazedesk.domain.enterprise.WarningLevel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 总结评估报告 of one episode (docs/documents.md, "The documents"), saying only what the episode recorded: its own number
 * (null: a line to fill in), date; the period (from the warning's issue to its lift), districts, highest level; the
 * peak daily AQI and whether it was observed ({@code observed}) or only forecast, the heavy-pollution days (observed
 * only; null otherwise), PM2.5 peak, primary pollutant, weather cause; the timeline of notices; the orders as stored
 * (enterprises ordered, delivered, acknowledged, implemented; of the last round those stopped or limited, and their
 * lines); dust and mobile sources (text); inspections (visits, enterprises checked, problems, cases referred);
 * reductions per pollutant against the target (the chart); the effect on air quality, problems, next steps; drill. Null
 * figures and texts are not known: the template prints its pending wording (a line to fill in by hand).
 */
public record SummaryReport(String documentNumber, LocalDate date, LocalDateTime episodeStart, LocalDateTime episodeEnd,
                            List<String> districts, WarningLevel highestLevel, Integer peakAqi, boolean observed,
                            Integer peakPm25, String primaryPollutant, Integer heavyPollutionDays, String weatherCause,
                            List<TimelineRow> timeline, Orders orders, String dustSources, String mobileSources,
                            int inspections, int enterprisesChecked, int problemsFound, Integer casesReferred,
                            List<PollutantReduction> reductions, String airQualityEffect, String problems,
                            String nextSteps, boolean drill) {
    public SummaryReport {
        districts = List.copyOf(districts);
        timeline = List.copyOf(timeline);
        reductions = List.copyOf(reductions);
    }

    /**
     * The response orders as the episode stored them: enterprises that got an order (any round) and how many of
     * them are recorded as delivered, acknowledged and implemented; of the last round's orders, the enterprises told
     * to stop or to limit production and the lines concerned.
     */
    public record Orders(int enterprises, int delivered, int acknowledged, int implemented, int stopped, int limited,
                         int lines) {
    }
}
