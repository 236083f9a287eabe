package cn.hazedesk.ui.grading;

import cn.hazedesk.application.ReductionService;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.reduction.AdequacyReport;
import cn.hazedesk.domain.reduction.ReductionMath;
import cn.hazedesk.domain.reduction.RegionResult;
import cn.hazedesk.domain.reduction.Verdict;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.Choice;
import cn.hazedesk.ui.common.Labels;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reduction accounting for one level: each district and the city, each pollutant, the daily cut against its
 * baseline and target, the shortfalls with the lines that could cut more; the chart's data per pollutant.
 */
public final class ReductionViewModel {
    /**
     * One row of the table. {@code baselineSource} says what the baseline is (the inventory, or the list's own total,
     * which is not 全社会排放量); {@code verdict} is 达标 / 未达标 only against the inventory, otherwise 待核定;
     * {@code under} marks a row short of its target, {@code unknown} one whose verdict is 待核定.
     */
    public record Row(String region, String pollutant, String cut, String baseline, String baselineSource,
                      String percent, String target, String verdict, boolean under, boolean unknown) {
    }

    /** One bar: a region's percent for a pollutant. */
    public record Bar(String region, double percent) {
    }

    private final Messages messages;
    private final Labels labels;
    private final TaskRunner tasks;
    private final ReductionService reductions;
    private final ObservableList<Choice<WarningLevel>> levels = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<WarningLevel>> level = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> shortfalls = FXCollections.observableArrayList();
    private final ObjectProperty<Map<String, List<Bar>>> chart = new SimpleObjectProperty<>(Map.of());
    private final StringProperty targetText = new SimpleStringProperty("");
    private final StringProperty baselineNote = new SimpleStringProperty("");
    private AdequacyReport report;

    public ReductionViewModel(Messages messages, Labels labels, TaskRunner tasks, ReductionService reductions) {
        this.messages = messages;
        this.labels = labels;
        this.tasks = tasks;
        this.reductions = reductions;
        for (WarningLevel l : WarningLevel.values()) {
            levels.add(new Choice<>(labels.level(l), l));
        }
        level.set(levels.get(1));
        level.addListener((o, a, b) -> show());
    }

    /** Computes the report for all levels in the background, with the grades in effect now. */
    public void load() {
        tasks.run(messages.get("reduction.task.compute"), p -> reductions.report(List.of(WarningLevel.values())), r -> {
            report = r;
            show();
        });
    }

    private void show() {
        if (report == null) {
            return;
        }
        WarningLevel l = level.get().value();
        List<Row> out = new ArrayList<>();
        Map<String, List<Bar>> bars = new LinkedHashMap<>();
        BigDecimal target = null;
        int unknown = 0;
        for (RegionResult r : report.results()) {
            if (r.level() != l) {
                continue;
            }
            target = r.targetShare();
            Verdict v = r.verdict();
            unknown += v == Verdict.UNKNOWN ? 1 : 0;
            out.add(new Row(r.region().name(), pollutant(r.pollutant()), tonnes(r.dailyCut()), tonnes(r.dailyBaseline()),
                    messages.get("reduction.baseline." + r.baselineSource().name()),
                    ReductionMath.displayPercent(r.percent()).toPlainString() + "%", percent(r.targetShare()),
                    messages.get("reduction.verdict." + v.name()), v == Verdict.SHORT, v == Verdict.UNKNOWN));
            bars.computeIfAbsent(pollutant(r.pollutant()), k -> new ArrayList<>())
                    .add(new Bar(r.region().name(), r.percent().doubleValue()));
        }
        rows.setAll(out);
        baselineNote.set(unknown == 0 ? "" : messages.get("reduction.baselineNote", unknown, out.size()));
        chart.set(bars);
        targetText.set(target == null ? "" : messages.get("reduction.target", labels.level(l), percent(target)));
        List<String> gaps = new ArrayList<>();
        for (RegionResult r : report.shortfalls()) {
            if (r.level() != l) {
                continue;
            }
            List<String> top = report.largestRemaining(r.region().code(), l, r.pollutant(), 3).stream()
                    .map(x -> x.enterprise().name() + "·" + x.line().name()).toList();
            gaps.add(messages.get("reduction.gap", r.region().name(), pollutant(r.pollutant()),
                    tonnes(r.dailyShortfall()), top.isEmpty() ? "-" : messages.list(top)));
        }
        if (gaps.isEmpty()) {
            gaps.add(messages.get(unknown == 0 ? "reduction.noGap" : "reduction.noGapAgainstList"));
        }
        // the biggest contributors city-wide, per pollutant
        String city = report.results().stream().filter(r -> r.region().level() == cn.hazedesk.domain.region.Region.Level.CITY)
                .map(r -> r.region().code()).findFirst().orElse(null);
        if (city != null) {
            for (Enterprise.Pollutant p : Enterprise.Pollutant.values()) {
                List<String> top = report.topEnterprises(city, l, p, 3).stream()
                        .map(c -> c.name() + " " + tonnes(c.dailyCut())).toList();
                gaps.add(messages.get("reduction.contributors", pollutant(p), top.isEmpty() ? "-" : messages.list(top)));
            }
        }
        shortfalls.setAll(gaps);
    }

    private static String pollutant(Enterprise.Pollutant p) {
        return switch (p) {
            case SO2 -> "SO2";
            case NOX -> "NOx";
            case PM -> "PM";
            case VOCS -> "VOCs";
        };
    }

    private static String tonnes(BigDecimal t) {
        return ReductionMath.displayTonnes(t).toPlainString();
    }

    private static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
    }

    public ObservableList<Choice<WarningLevel>> levels() { return levels; }
    public ObjectProperty<Choice<WarningLevel>> levelProperty() { return level; }
    public ObservableList<Row> rows() { return rows; }
    public ObservableList<String> shortfalls() { return shortfalls; }
    public ObjectProperty<Map<String, List<Bar>>> chartProperty() { return chart; }
    public StringProperty targetTextProperty() { return targetText; }
    public StringProperty baselineNoteProperty() { return baselineNote; }
}
