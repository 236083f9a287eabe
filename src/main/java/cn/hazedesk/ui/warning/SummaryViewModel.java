package cn.hazedesk.ui.warning;

import cn.hazedesk.application.EpisodeService;
import cn.hazedesk.application.port.EpisodeStore;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.EpisodeAction;
import cn.hazedesk.domain.episode.EpisodePhase;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.i18n.EpisodeText;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.Choice;
import cn.hazedesk.ui.common.Labels;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 时间线与总结评估: every recorded action of the episode (who, when, what, before/after), the levels by district over
 * time, observed AQI, and the evaluation (compliance, estimated reductions against targets) from which the
 * summary is written; closing the episode keeps the summary.
 */
public final class SummaryViewModel {
    /** One audit record of the episode. */
    public record TimelineRow(String time, String actor, String action, String detail) {
    }

    private final EpisodeSession session;
    private final Messages m;
    private final EpisodeText text;
    private final Labels labels;
    private final RegionCatalog regions;
    private final ObservableList<TimelineRow> timeline = FXCollections.observableArrayList();
    private final StringProperty evaluation = new SimpleStringProperty("");
    /** The summary text as last generated from the evaluation, and for which episode. */
    private String generated = "";
    private long generatedFor = -1;
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty closable = new SimpleBooleanProperty(false);
    private final ObservableList<Choice<Region>> areas = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Region>> area = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final StringProperty aqi = new SimpleStringProperty("");
    private final StringProperty reportNumber = new SimpleStringProperty("");
    private boolean observedEntered;

    private final EpisodePrinting printing;

    public boolean canPreview() {
        Episode e = session.current();
        // the summary report is a warning's (it states the highest level): a temporary control has none
        return e != null && e.issuedAt() != null && !e.tempControl();
    }

    /**
     * 预览总结评估报告…: without observed AQI the report can only label its peak as 预报, so the officer is asked to enter
     * it first (or go on with forecast values); the report number typed is kept with the episode (refused when another
     * notice or report has it), then the preview opens.
     */
    public void previewReport() {
        if (!canPreview()) {
            return;
        }
        Episode e = session.current();
        if (!observedEntered && !session.dialogs().confirm(m.get("summary.noObserved.title"), m.get("summary.noObserved.header"),
                m.get("summary.noObserved.content"))) {
            return;
        }
        String n = reportNumber.get() == null ? "" : reportNumber.get().strip();
        cn.hazedesk.domain.access.Actor who = session.actor();
        session.tasks().run(m.get("episode.task.save"), p -> session.service().setSummaryNumber(e.id(), n, who), r -> {
            if (r instanceof Outcome.Refused<?> no) {
                session.refused(no.why());
                return;
            }
            printing.summary(e);
        });
    }

    public EpisodeSession session() { return session; }

    /** {@code printing} opens the summary report in the preview window. */
    public SummaryViewModel(EpisodeSession session, Labels labels, RegionCatalog regions, LocalDate today,
                            EpisodePrinting printing) {
        this.session = session;
        this.printing = java.util.Objects.requireNonNull(printing);
        this.m = session.messages();
        this.text = session.text();
        this.labels = labels;
        this.regions = regions;
        regions.districts().forEach(r -> areas.add(new Choice<>(r.name(), r)));
        areas.add(new Choice<>(regions.city().name(), regions.city()));
        area.set(areas.get(areas.size() - 1));
        day.set(today);
        session.revisionProperty().addListener((o, a, b) -> load());
    }

    public void load() {
        Episode e = session.current();
        if (e == null) {
            timeline.clear();
            evaluation.set("");
            closable.set(false);
            return;
        }
        record Loaded(EpisodeService.Evaluation ev, String number) {
        }
        session.tasks().run(m.get("summary.task.load"), p -> new Loaded(session.service().evaluate(e.id()),
                session.service().summaryNumber(e.id()).orElse("")), l -> {
            reportNumber.set(l.number());
            show(l.ev());
        });
    }

    private void show(EpisodeService.Evaluation ev) {
        Episode e = ev.episode();
        observedEntered = !ev.observed().isEmpty();
        closable.set(e.phase() == EpisodePhase.LIFTED);
        timeline.setAll(ev.timeline().stream().map(t -> new TimelineRow(text.time(t.at()), t.actor(), action(t),
                text.auditDetail(t.detail()))).toList());
        String report = report(ev);
        evaluation.set(report);
        if (e.phase() == EpisodePhase.CLOSED) {
            summary.set(e.summary());
            generated = e.summary();
        } else if (e.id() != generatedFor || !edited()) {
            // the summary follows the evaluation until the officer edits it; another episode starts afresh
            summary.set(report);
            generated = report;
        }
        generatedFor = e.id();
    }

    /** Whether the officer has changed the summary since it was last generated. */
    private boolean edited() {
        return !summary.get().isBlank() && !summary.get().equals(generated);
    }

    private String action(EpisodeStore.TimelineEntry t) {
        String key = "audit.action." + t.action();
        return m.has(key) ? m.get(key) : t.action();
    }

    /** The evaluation in words, as the summary's starting point. */
    String report(EpisodeService.Evaluation ev) {
        Episode e = ev.episode();
        List<String> lines = new ArrayList<>();
        if (e.drill()) {
            lines.add(m.get("summary.drill"));
        }
        lines.add(m.get("summary.head", text.title(e), text.time(e.issuedAt()), text.time(e.responseStart()),
                text.time(e.liftedAt())));
        if (e.liftedAt() != null && e.responseStart() != null && e.liftedAt().isBefore(e.responseStart())) {
            lines.add(m.get("summary.liftedBeforeResponse"));
        }
        lines.add(m.get("summary.levels"));
        for (EpisodeService.LevelChange c : ev.levels()) {
            lines.add(m.get("summary.levelRow", text.time(c.at()), c.number(), text.kind(c.kind()),
                    c.kind().setsLevels() ? text.levels(c.levels())
                            : m.get(c.kind() == cn.hazedesk.domain.episode.ProposalKind.LIFT ? "summary.allLifted"
                            : "summary.noLevelChange")));
        }
        lines.add(m.get("summary.compliance", ev.orders(), ev.notices(), ev.delivered(), ev.acknowledged(), ev.implemented(),
                ev.inspected(), ev.nonCompliant().size(),
                ev.nonCompliant().isEmpty() ? "—" : String.join(m.get("summary.listSeparator"), ev.nonCompliant())));
        lines.add(m.get("summary.reductions"));
        if (ev.reductions().stream().anyMatch(r -> r.verdict() == cn.hazedesk.domain.reduction.Verdict.UNKNOWN)) {
            lines.add(m.get("summary.reductions.listBaseline"));
        }
        if (ev.reductions().isEmpty()) {
            lines.add(m.get("summary.reductions.none"));
        }
        for (EpisodeService.ReductionRow r : ev.reductions()) {
            lines.add(m.get("summary.reductionRow", r.region().name(), labels.level(r.level()), r.pollutant().name(),
                    r.percent().setScale(1, RoundingMode.HALF_UP).toPlainString(),
                    r.targetPercent().setScale(0, RoundingMode.HALF_UP).toPlainString(),
                    m.get("summary.verdict." + r.verdict().name())));
        }
        lines.add(m.get("summary.observed"));
        if (ev.observed().isEmpty()) {
            lines.add(m.get("summary.observed.none"));
        }
        for (Map.Entry<String, Map<LocalDate, Integer>> a : ev.observed().entrySet()) {
            String name = regions.byCode(a.getKey()).map(Region::name).orElse(a.getKey());
            List<String> days = a.getValue().entrySet().stream().map(d -> m.get("summary.observedDay",
                    d.getKey().toString(), d.getValue())).toList();
            lines.add(name + m.get("summary.colon") + String.join(m.get("summary.listSeparator"), days));
        }
        return String.join("\n", lines);
    }

    /** Stores the observed AQI typed for the chosen area and day (blank clears it). */
    public void saveObserved() {
        Episode e = session.current();
        if (e == null || area.get() == null || day.get() == null) {
            return;
        }
        String t = aqi.get().strip();
        Integer value = null;
        if (!t.isEmpty()) {
            try {
                value = Integer.parseInt(cn.hazedesk.domain.common.TextNormalizer.toHalfWidth(t));
            } catch (NumberFormatException ex) {
                value = -1;
            }
            if (!cn.hazedesk.domain.aqi.AqiCalculator.possible(value)) {
                session.dialogs().error(m.get("episode.refused.title"), m.get("episode.refused.header"),
                        m.get("consultation.badCell", area.get().label(), day.get(), t));
                return;
            }
        }
        Integer v = value;
        cn.hazedesk.domain.access.Actor who = session.actor();
        session.tasks().run(m.get("episode.task.save"), p -> {
            session.service().setObservedAqi(e.id(), area.get().value().code(), day.get(), v, who);
            return null;
        }, x -> {
            aqi.set("");
            session.bumpRevision();
        });
    }

    /** Regenerates the summary text from the evaluation (replacing what was typed, after confirmation). */
    public void regenerate() {
        if (!edited() || session.dialogs().confirm(m.get("summary.regenerate.title"),
                m.get("summary.regenerate.header"), m.get("summary.regenerate.content"))) {
            summary.set(evaluation.get());
            generated = evaluation.get();
        }
    }

    /** Closes the lifted episode with the summary, after confirmation. */
    public void close() {
        if (!session.dialogs().confirm(m.get("summary.close.title"), m.get("summary.close.header"),
                m.get("summary.close.content"))) {
            return;
        }
        session.act(new EpisodeAction.Close(summary.get()), null);
    }

    public ObservableList<TimelineRow> timeline() { return timeline; }
    public StringProperty evaluationProperty() { return evaluation; }
    public StringProperty summaryProperty() { return summary; }
    public BooleanProperty closableProperty() { return closable; }
    public ObservableList<Choice<Region>> areas() { return areas; }
    public ObjectProperty<Choice<Region>> areaProperty() { return area; }
    public ObjectProperty<LocalDate> dayProperty() { return day; }
    public StringProperty aqiProperty() { return aqi; }
    /** The summary report's own number (e.g. 石污防指〔2026〕5号); kept with the episode when the report is previewed. */
    public StringProperty reportNumberProperty() { return reportNumber; }
    /** The next number of the city's series, for the officer to take or change. */
    public void suggestReportNumber() {
        Episode e = session.current();
        if (e == null) {
            return;
        }
        session.tasks().run(m.get("summary.task.load"), p -> session.service().suggestNumber(e.drill(), e.tempControl()), reportNumber::set);
    }
    public Messages messages() { return m; }
}
