package cn.hazedesk.ui.grading;

import cn.hazedesk.application.EnterpriseListService;
import cn.hazedesk.application.EnterpriseRow;
import cn.hazedesk.application.GradingService;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.grading.GradeChange;
import cn.hazedesk.domain.grading.GradeRecord;
import cn.hazedesk.domain.grading.GradeStep;
import cn.hazedesk.domain.grading.ReviewStage;
import cn.hazedesk.i18n.GradingText;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.Choice;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.Labels;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The review queue of one step (区县初审, 市级审核, 省级确认, 公示期满): approve one or several with a comment,
 * reject one with its reason, see each record's steps; and file a new application (企业申报).
 */
public final class GradeQueueViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One record as the queue shows it. */
    public record Row(long id, String name, String uscc, String industry, String grade, String status, String since) {
    }

    private final Messages messages;
    private final GradingText text;
    private final Labels labels;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final GradingService grading;
    private final EnterpriseListService list;
    private final cn.hazedesk.domain.access.Actor actor;
    private final ZoneId zone;

    private final ObservableList<Choice<ReviewStage>> stages = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<ReviewStage>> stage = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final javafx.beans.property.StringProperty placeholder = new javafx.beans.property.SimpleStringProperty();
    private final ObservableList<Row> selected = FXCollections.observableArrayList();
    private final ObservableList<String> steps = FXCollections.observableArrayList();
    private final StringProperty comment = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final Map<Long, GradeRecord> records = new HashMap<>();

    private final ObservableList<Choice<EnterpriseRow>> enterprises = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<EnterpriseRow>> applyEnterprise = new SimpleObjectProperty<>();
    private final ObservableList<Choice<PerformanceGrade>> grades = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<PerformanceGrade>> applyGrade = new SimpleObjectProperty<>();
    private final StringProperty applySource = new SimpleStringProperty("");

    public GradeQueueViewModel(Messages messages, Labels labels, TaskRunner tasks, DialogService dialogs,
                               GradingService grading, EnterpriseListService list, cn.hazedesk.domain.access.Actor actor, ZoneId zone) {
        this.messages = messages;
        this.placeholder.set(messages.get("grading.queue.empty"));
        this.text = new GradingText(messages);
        this.labels = labels;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.grading = grading;
        this.list = list;
        this.actor = actor;
        this.zone = zone;
        for (ReviewStage s : ReviewStage.values()) {
            stages.add(new Choice<>(text.stage(s), s));
        }
        stage.set(stages.get(0));
        stage.addListener((o, a, b) -> load());
        for (PerformanceGrade g : PerformanceGrade.values()) {
            if (g != PerformanceGrade.UNRATED) {
                grades.add(new Choice<>(labels.grade(g), g));
            }
        }
        applyGrade.set(grades.get(1));
        selected.addListener((javafx.collections.ListChangeListener<Row>) c -> showSteps());
    }

    private record Loaded(List<GradeRecord> queue, List<EnterpriseRow> rows) {
    }

    /** Reads the queue of the chosen step, and the list's enterprises for names and applications. */
    public void load() {
        ReviewStage s = stage.get().value();
        tasks.load(messages.get("grading.task.loadQueue"), p -> new Loaded(grading.queue(s), list.rows(actor)), loaded -> {
            placeholder.set(messages.get("grading.queue.empty"));
            Map<String, String> names = new HashMap<>();
            loaded.rows().forEach(r -> names.put(r.uscc(), r.name()));
            records.clear();
            rows.setAll(loaded.queue().stream().filter(r -> actor.scope().city() || names.containsKey(r.uscc())).map(r -> {
                records.put(r.id(), r);
                return new Row(r.id(), names.getOrDefault(r.uscc(), r.uscc()), r.uscc(), r.industry(),
                        labels.grade(r.grade()), text.status(r.status()), WHEN.format(r.lastStep().at().atZone(zone)));
            }).toList());
            Choice<EnterpriseRow> keep = applyEnterprise.get();
            enterprises.setAll(loaded.rows().stream().map(labels::enterpriseChoice).toList());
            applyEnterprise.set(keep == null ? null : enterprises.stream()
                    .filter(c -> c.value().uscc().equals(keep.value().uscc())).findFirst().orElse(null));
        }, () -> placeholder.set(messages.get("server.loadRetrying")), null);
    }

    private void showSteps() {
        if (selected.size() != 1) {
            steps.clear();
            return;
        }
        GradeRecord r = records.get(selected.get(0).id());
        steps.setAll(r == null ? List.of() : r.steps().stream().map(this::step).toList());
    }

    private String step(GradeStep s) {
        String c = s.comment() == null || s.comment().isBlank() ? "" : messages.get("grading.queue.comment", s.comment());
        return messages.get("grading.queue.step", WHEN.format(s.at().atZone(zone)), text.action(s.action()), s.actor(), c);
    }

    /** Approves the selected records; several at once only after a confirmation naming how many. */
    public void approveSelected() {
        List<Long> ids = selected.stream().map(Row::id).toList();
        if (ids.isEmpty()) {
            return;
        }
        String note = comment.get();
        ReviewStage seen = stage.get().value(); // the queue shown: a record another reviewer moved on meanwhile is refused
        if (ids.size() > 1) {
            if (!dialogs.confirm(messages.get("grading.queue.batchTitle"), messages.get("grading.queue.batchHeader",
                    ids.size(), stage.get().label()), messages.get("grading.queue.batchContent"))) {
                return;
            }
            tasks.run(messages.get("grading.task.approve"), p -> grading.approveAll(ids, seen, actor, note), result -> {
                message.set(messages.get("grading.queue.batchDone", result.approved().size(), result.refused().size())
                        + result.refused().values().stream().findFirst().map(o -> " " + text.refusal(o.refusal().orElseThrow())).orElse(""));
                comment.set("");
                load();
            });
            return;
        }
        tasks.run(messages.get("grading.task.approve"), p -> grading.approve(ids.get(0), seen, actor, note),
                o -> after(o, "grading.queue.approved"));
    }

    /** Rejects the one selected record; the comment is its reason (required). */
    public void rejectSelected() {
        if (selected.size() != 1) {
            message.set(messages.get("grading.queue.rejectOne"));
            return;
        }
        long id = selected.get(0).id();
        String note = comment.get();
        ReviewStage seen = stage.get().value();
        tasks.run(messages.get("grading.task.reject"), p -> grading.reject(id, seen, actor, note),
                o -> after(o, "grading.queue.rejected"));
    }

    /** 企业申报: files an application for the chosen enterprise in its industry. */
    public void apply() {
        Choice<EnterpriseRow> e = applyEnterprise.get();
        if (e == null || applyGrade.get() == null) {
            message.set(messages.get("grading.queue.chooseEnterprise"));
            return;
        }
        EnterpriseRow row = e.value();
        PerformanceGrade g = applyGrade.get().value();
        String source = applySource.get();
        tasks.run(messages.get("grading.task.apply"), p -> grading.apply(row.uscc(), row.industry(), g, source, actor,
                comment.get()), o -> after(o, "grading.queue.applied"));
    }

    private void after(Outcome<GradeChange> o, String doneKey) {
        if (o.isAccepted()) {
            GradeRecord r = o.value().record().orElseThrow();
            message.set(messages.get(doneKey, labels.grade(r.grade()), r.industry(), text.status(r.status())));
            comment.set("");
            load();
        } else {
            message.set(text.refusal(o.refusal().orElseThrow()));
        }
    }

    public ObservableList<Choice<ReviewStage>> stages() { return stages; }
    public ObjectProperty<Choice<ReviewStage>> stageProperty() { return stage; }
    public ObservableList<Row> rows() { return rows; }
    /** What the empty queue says: nothing to review, or that it cannot be read now (the server out of reach). */
    public javafx.beans.property.ReadOnlyStringProperty placeholderProperty() { return placeholder; }
    public ObservableList<Row> selected() { return selected; }
    public ObservableList<String> steps() { return steps; }
    public StringProperty commentProperty() { return comment; }
    public StringProperty messageProperty() { return message; }
    public ObservableList<Choice<EnterpriseRow>> enterprises() { return enterprises; }
    public ObjectProperty<Choice<EnterpriseRow>> applyEnterpriseProperty() { return applyEnterprise; }
    public ObservableList<Choice<PerformanceGrade>> grades() { return grades; }
    public ObjectProperty<Choice<PerformanceGrade>> applyGradeProperty() { return applyGrade; }
    public StringProperty applySourceProperty() { return applySource; }
}
