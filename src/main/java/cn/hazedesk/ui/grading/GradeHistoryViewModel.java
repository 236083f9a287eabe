package cn.hazedesk.ui.grading;

import cn.hazedesk.application.EnterpriseListService;
import cn.hazedesk.application.EnterpriseRow;
import cn.hazedesk.application.GradingService;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.grading.DowngradeReason;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.grading.GradeChange;
import cn.hazedesk.domain.grading.GradeRecord;
import cn.hazedesk.domain.grading.GradeStatus;
import cn.hazedesk.i18n.GradingText;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.Choice;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.Labels;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One enterprise's grade records with every step, and the actions on a grade in effect: 降级 (to a lower grade,
 * with its reason) and 撤销 (with a comment). Each asks first; a refused step says why.
 */
public final class GradeHistoryViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One record as the table shows it. */
    public record Row(long id, String industry, String grade, String status, String period, String steps,
                      boolean effective) {
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

    private final ObservableList<Choice<EnterpriseRow>> enterprises = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<EnterpriseRow>> enterprise = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ObservableList<Choice<PerformanceGrade>> grades = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<PerformanceGrade>> downgradeTo = new SimpleObjectProperty<>();
    private final ObservableList<Choice<DowngradeReason>> reasons = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<DowngradeReason>> reason = new SimpleObjectProperty<>();
    private final StringProperty comment = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty inEffect = new SimpleStringProperty("");
    private final BooleanBinding canAct;

    public GradeHistoryViewModel(Messages messages, Labels labels, TaskRunner tasks, DialogService dialogs,
                                 GradingService grading, EnterpriseListService list, cn.hazedesk.domain.access.Actor actor, ZoneId zone) {
        this.messages = messages;
        this.text = new GradingText(messages);
        this.labels = labels;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.grading = grading;
        this.list = list;
        this.actor = actor;
        this.zone = zone;
        for (PerformanceGrade g : PerformanceGrade.values()) {
            if (g != PerformanceGrade.UNRATED) {
                grades.add(new Choice<>(labels.grade(g), g));
            }
        }
        for (DowngradeReason r : DowngradeReason.values()) {
            reasons.add(new Choice<>(text.reason(r), r));
        }
        reason.set(reasons.get(0));
        enterprise.addListener((o, a, b) -> showHistory());
        canAct = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().effective(), selected);
    }

    public void load() {
        tasks.run(messages.get("grading.task.loadQueue"), p -> list.rows(actor), rowsLoaded -> {
            Choice<EnterpriseRow> keep = enterprise.get();
            enterprises.setAll(rowsLoaded.stream().map(labels::enterpriseChoice).toList());
            if (keep != null) { // the same enterprise stays chosen after a reload
                enterprise.set(enterprises.stream().filter(c -> c.value().uscc().equals(keep.value().uscc()))
                        .findFirst().orElse(null));
            }
        });
    }


    private void showHistory() {
        Choice<EnterpriseRow> e = enterprise.get();
        if (e == null) {
            rows.clear();
            return;
        }
        String uscc = e.value().uscc();
        tasks.run(messages.get("grading.task.history"), p -> grading.history(uscc), records -> {
            rows.setAll(records.stream().map(this::row).toList());
            Instant now = Instant.now();
            String effective = messages.list(records.stream().filter(r -> r.inEffectAt(now))
                    .map(r -> r.industry() + " " + labels.grade(r.grade())).toList());
            inEffect.set(messages.get("grading.history.inEffect", effective.isEmpty() ? labels.grade(PerformanceGrade.UNRATED) : effective));
        });
    }

    private Row row(GradeRecord r) {
        String from = r.effectiveFrom() == null ? "" : WHEN.format(r.effectiveFrom().atZone(zone));
        String to = r.effectiveTo() == null ? "" : WHEN.format(r.effectiveTo().atZone(zone));
        String period = from.isEmpty() ? "" : from + " – " + to;
        String steps = messages.clauses(r.steps().stream().map(s -> {
            String step = WHEN.format(s.at().atZone(zone)) + " " + messages.aside(text.action(s.action()), s.actor());
            return s.comment() == null || s.comment().isBlank() ? step : messages.pair(step, s.comment());
        }).toList());
        return new Row(r.id(), r.industry(), labels.grade(r.grade()), text.status(r.status()), period, steps,
                r.status() == GradeStatus.EFFECTIVE && r.inEffectAt(Instant.now()));
    }

    /** 降级 of the selected grade in effect: asks first, naming the enterprise, the grades and the reason. */
    public void downgrade() {
        Row r = selected.get();
        if (r == null || !r.effective() || downgradeTo.get() == null) {
            message.set(messages.get("grading.history.chooseGrade"));
            return;
        }
        PerformanceGrade to = downgradeTo.get().value();
        DowngradeReason why = reason.get().value();
        String note = comment.get();
        if (!dialogs.confirm(messages.get("grading.history.downgradeTitle"), messages.get("grading.history.downgradeHeader",
                enterprise.get().value().name(), r.grade(), labels.grade(to)), text.reason(why))) {
            return;
        }
        tasks.run(messages.get("grading.task.downgrade"), p -> grading.downgrade(r.id(), to, why, actor, note), this::after);
    }

    /** 撤销 of the selected grade in effect, after a confirmation; the comment says why. */
    public void revoke() {
        Row r = selected.get();
        if (r == null || !r.effective()) {
            return;
        }
        String note = comment.get();
        if (!dialogs.confirm(messages.get("grading.history.revokeTitle"), messages.get("grading.history.revokeHeader",
                enterprise.get().value().name(), r.grade()), messages.get("grading.history.revokeContent"))) {
            return;
        }
        tasks.run(messages.get("grading.task.revoke"), p -> grading.revoke(r.id(), actor, note), this::after);
    }

    private void after(Outcome<GradeChange> o) {
        if (o.isAccepted()) {
            message.set(messages.get("grading.history.done"));
            comment.set("");
            load(); // re-reads the list (its grade changed) and, keeping the enterprise chosen, its history
        } else {
            message.set(text.refusal(o.refusal().orElseThrow()));
        }
    }

    public ObservableList<Choice<EnterpriseRow>> enterprises() { return enterprises; }
    public ObjectProperty<Choice<EnterpriseRow>> enterpriseProperty() { return enterprise; }
    public ObservableList<Row> rows() { return rows; }
    public ObjectProperty<Row> selectedProperty() { return selected; }
    public ObservableList<Choice<PerformanceGrade>> grades() { return grades; }
    public ObjectProperty<Choice<PerformanceGrade>> downgradeToProperty() { return downgradeTo; }
    public ObservableList<Choice<DowngradeReason>> reasons() { return reasons; }
    public ObjectProperty<Choice<DowngradeReason>> reasonProperty() { return reason; }
    public StringProperty commentProperty() { return comment; }
    public StringProperty messageProperty() { return message; }
    public StringProperty inEffectProperty() { return inEffect; }
    public BooleanBinding canActProperty() { return canAct; }
}
