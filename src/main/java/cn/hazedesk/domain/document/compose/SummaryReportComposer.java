package cn.hazedesk.domain.document.compose;

import cn.hazedesk.domain.document.DocumentKind;
import cn.hazedesk.domain.document.PollutantReduction;
import cn.hazedesk.domain.document.SummaryReport;
import cn.hazedesk.domain.document.TimelineRow;
import cn.hazedesk.domain.document.Urgency;
import cn.hazedesk.domain.document.compose.Block.Align;
import cn.hazedesk.domain.document.template.TemplateFiller;
import cn.hazedesk.domain.reduction.Verdict;

import java.util.ArrayList;
import java.util.List;

import static cn.hazedesk.domain.document.compose.DocumentFormats.number;
import static cn.hazedesk.domain.document.compose.DocumentFormats.percent;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.body;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.columns;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.done;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.filler;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.putLevel;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.variant;
import static cn.hazedesk.domain.document.compose.NoticeComposer.footer;
import static cn.hazedesk.domain.document.compose.NoticeComposer.header;

/**
 * The summary evaluation report (总结评估报告) of an episode, an official document with the notices' header and
 * footer.
 */
final class SummaryReportComposer {
    private final TemplateSet templates;
    private final DocumentFormats fmt;

    SummaryReportComposer(TemplateSet templates) {
        this.templates = templates;
        this.fmt = DocumentFormats.of(templates);
    }

    /**
     * 总结评估报告: the episode, the timeline, measures, inspections, reductions against targets with a bar chart. It
     * says only what the episode recorded: observed figures as 实测 ({@code [episode]}), forecast ones as 预报 when no
     * observed AQI was entered ({@code [episodeForecast]}); counts as stored; the reductions' heading, table and chart
     * kept on one page.
     */
    ComposedDocument summary(SummaryReport s) {
        TemplateFiller f = filler(templates, DocumentKind.SUMMARY_REPORT, variant(s.highestLevel()));
        f.put("documentNumber", s.documentNumber());
        f.put("date", fmt.date(s.date()));
        f.put("episodeStart", fmt.monthDayTime(s.episodeStart()));
        f.put("episodeEnd", fmt.monthDayTime(s.episodeEnd()));
        f.put("area", fmt.area(s.districts(), f.value("wholeCity")));
        putLevel(fmt, f, "level", s.highestLevel());
        f.put("peakAqi", s.peakAqi() == null ? null : number(s.peakAqi()));
        f.put("peakPm25", s.peakPm25() == null ? null : number(s.peakPm25()));
        f.put("primaryPollutant", s.primaryPollutant());
        f.put("heavyPollutionDays", s.heavyPollutionDays() == null ? null : number(s.heavyPollutionDays()));
        f.put("weatherCause", s.weatherCause());
        f.put("timelineCount", number(s.timeline().size()));
        SummaryReport.Orders o = s.orders();
        f.put("enterprisesInScope", number(o.enterprises()));
        f.put("enterprisesDelivered", number(o.delivered()));
        f.put("enterprisesAcknowledged", number(o.acknowledged()));
        f.put("enterprisesImplemented", number(o.implemented()));
        f.put("enterprisesStopped", number(o.stopped()));
        f.put("enterprisesLimited", number(o.limited()));
        f.put("linesAffected", number(o.lines()));
        f.put("dustSources", s.dustSources());
        f.put("mobileSources", s.mobileSources());
        f.put("inspections", number(s.inspections()));
        f.put("enterprisesChecked", number(s.enterprisesChecked()));
        f.put("problemsFound", number(s.problemsFound()));
        f.put("casesReferred", s.casesReferred() == null ? null : number(s.casesReferred()));
        f.put("airQualityEffect", s.airQualityEffect());
        f.put("problems", s.problems());
        f.put("nextSteps", s.nextSteps());
        long met = s.reductions().stream().filter(r -> r.verdict() == Verdict.MET).count();
        boolean allKnown = s.reductions().stream().allMatch(r -> r.verdict() != Verdict.UNKNOWN);
        f.put("pollutantsMet", number((int) met));
        f.put("pollutantCount", number(s.reductions().size()));

        List<Block> blocks = new ArrayList<>();
        header(fmt, blocks, f, Urgency.NONE, s.documentNumber(), f.section("title"));
        body(fmt, blocks, f.lines(s.observed() ? "episode" : "episodeForecast"));
        body(fmt, blocks, f.lines("warnings"));
        List<List<String>> timeline = new ArrayList<>();
        for (TimelineRow t : s.timeline()) {
            timeline.add(List.of(fmt.monthDayTime(t.at()), t.event(), t.level() == null ? "—" : fmt.levelName(t.level()), t.note()));
        }
        if (!timeline.isEmpty()) {
            blocks.add(new Block.Table(columns(f, "timelineColumns", 4, new double[]{2.2, 2.0, 1.2, 4.0},
                    new Align[]{Align.CENTRE, Align.CENTRE, Align.CENTRE, Align.LEFT}), timeline));
        }
        body(fmt, blocks, f.lines("measures"));
        List<Block> effect = new ArrayList<>();
        body(fmt, effect, f.lines(allKnown ? "effect" : "effectAgainstList"));
        List<List<String>> rows = new ArrayList<>();
        List<Block.Bar> bars = new ArrayList<>();
        for (PollutantReduction r : s.reductions()) {
            rows.add(List.of(r.pollutant(), DocumentFormats.tonnes(r.cutTonnesPerDay()),
                    DocumentFormats.tonnes(r.baselineTonnesPerDay()), percent(r.achievedShare()), percent(r.targetShare()),
                    f.value(switch (r.verdict()) {
                        case MET -> "met";
                        case SHORT -> "notMet";
                        case UNKNOWN -> "unknown";
                    })));
            bars.add(new Block.Bar(r.pollutant(), r.achievedShare().doubleValue() * 100, r.targetShare().doubleValue() * 100));
        }
        if (!rows.isEmpty()) {
            effect.add(new Block.Table(columns(f, "reductionColumns", 6, new double[]{1.3, 1.6, 1.6, 1.4, 1.4, 1.3},
                    new Align[]{Align.CENTRE, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.CENTRE}), rows));
            effect.add(new Block.Chart(f.section(allKnown ? "chartTitle" : "chartTitleAgainstList"), bars,
                    f.section("chartAchieved"), f.section("chartTarget")));
        }
        // the heading, the table and the chart stay together: a chart never stands alone on a page
        blocks.add(new Block.Keep(effect));
        body(fmt, blocks, f.lines("problemsSection"));
        body(fmt, blocks, f.lines("nextStepsSection"));
        footer(fmt, blocks, f, s.date(), false);
        return done(fmt, f, DocumentKind.SUMMARY_REPORT, f.section("title"), ComposedDocument.Format.OFFICIAL, s.drill(), blocks);
    }
}
