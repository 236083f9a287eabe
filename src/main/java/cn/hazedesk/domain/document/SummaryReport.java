package cn.hazedesk.domain.document;

import cn.hazedesk.domain.enterprise.WarningLevel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 总结评估报告 of one episode (DOCUMENTS.md §2.7): number, date; the episode (from, to, districts, highest level, peak
 * AQI and PM2.5, primary pollutant, heavy-pollution days, weather cause); the timeline of issue / adjust / lift; what
 * industry did (enterprises in scope, stopped, limited, lines); dust and mobile sources (text); inspections (visits,
 * enterprises checked, problems, cases referred); reductions per pollutant against the target (the chart); the
 * effect on air quality, problems, next steps; drill. Null figures and texts are not known (e.g. no PM2.5 observed,
 * no cases recorded): the template's pending wording is printed.
 */
public record SummaryReport(String documentNumber, LocalDate date, LocalDateTime episodeStart, LocalDateTime episodeEnd,
                            List<String> districts, WarningLevel highestLevel, Integer peakAqi, Integer peakPm25,
                            String primaryPollutant, int heavyPollutionDays, String weatherCause,
                            List<TimelineRow> timeline, int enterprisesInScope, int enterprisesStopped,
                            int enterprisesLimited, int linesAffected, String dustSources, String mobileSources,
                            int inspections, int enterprisesChecked, int problemsFound, Integer casesReferred,
                            List<PollutantReduction> reductions, String airQualityEffect, String problems,
                            String nextSteps, boolean drill) {
    public SummaryReport {
        districts = List.copyOf(districts);
        timeline = List.copyOf(timeline);
        reductions = List.copyOf(reductions);
    }
}
