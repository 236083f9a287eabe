package cn.hazedesk.ui.grading;

import cn.hazedesk.application.ReductionService;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.measure.MeasureChoice;
import cn.hazedesk.domain.measure.MeasureSelector;
import cn.hazedesk.domain.reduction.GradedEnterprise;
import cn.hazedesk.i18n.GradingText;
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

import java.time.Clock;
import java.util.List;

/** For any enterprise and level: the measure each line takes, and which rule chose it (own measure, matrix, exemption…). */
public final class MeasureLookupViewModel {
    /** One line's measure as the table shows it. */
    public record Row(String line, String type, String fraction, String counted, String text, String transport,
                      String rule, String source) {
    }

    private final Messages messages;
    private final GradingText text;
    private final Labels labels;
    private final TaskRunner tasks;
    private final ReductionService reductions;
    private final Clock clock;
    private final ObservableList<Choice<GradedEnterprise>> enterprises = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<GradedEnterprise>> enterprise = new SimpleObjectProperty<>();
    private final ObservableList<Choice<WarningLevel>> levels = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<WarningLevel>> level = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty gradeText = new SimpleStringProperty("");

    public MeasureLookupViewModel(Messages messages, Labels labels, TaskRunner tasks, ReductionService reductions, Clock clock) {
        this.messages = messages;
        this.text = new GradingText(messages);
        this.labels = labels;
        this.tasks = tasks;
        this.reductions = reductions;
        this.clock = clock;
        for (WarningLevel l : WarningLevel.values()) {
            levels.add(new Choice<>(labels.level(l), l));
        }
        level.set(levels.get(0));
        enterprise.addListener((o, a, b) -> show());
        level.addListener((o, a, b) -> show());
    }

    /** Reads the list with the grades in effect now. */
    public void load() {
        tasks.run(messages.get("measure.task.load"), p -> reductions.graded(clock.instant()), list -> {
            enterprises.setAll(list.stream().map(g -> new Choice<>(g.enterprise().name(), g)).toList());
            if (!enterprises.isEmpty() && enterprise.get() == null) {
                enterprise.set(enterprises.get(0));
            }
        });
    }

    private void show() {
        Choice<GradedEnterprise> e = enterprise.get();
        if (e == null || level.get() == null) {
            rows.clear();
            gradeText.set("");
            return;
        }
        GradedEnterprise g = e.value();
        gradeText.set(messages.get("measure.lookup.grade", labels.grade(g.grade()), g.enterprise().industry(),
                labels.controlType(g.enterprise().controlType())));
        List<MeasureSelector.LineChoice> choices = reductions.measures(g, level.get().value());
        rows.setAll(choices.stream().map(c -> row(c.line().name(), c.choice())).toList());
    }

    private Row row(String line, MeasureChoice c) {
        String source = c.matrixEntry().map(m -> m.source() + " · " + text.confidence(m.confidence())).orElse("");
        return new Row(line, labels.measureType(c.type()), Labels.percent(c.fraction()), Labels.percent(c.countedFraction()),
                c.text() == null ? "" : c.text(), c.transport() == null ? "" : text.transport(c.transport()),
                text.rule(c.rule()), source);
    }

    public ObservableList<Choice<GradedEnterprise>> enterprises() { return enterprises; }
    public ObjectProperty<Choice<GradedEnterprise>> enterpriseProperty() { return enterprise; }
    public ObservableList<Choice<WarningLevel>> levels() { return levels; }
    public ObjectProperty<Choice<WarningLevel>> levelProperty() { return level; }
    public ObservableList<Row> rows() { return rows; }
    public StringProperty gradeTextProperty() { return gradeText; }
}
