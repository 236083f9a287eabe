package cn.hazedesk.ui.grading;

import cn.hazedesk.application.CampaignService;
import cn.hazedesk.application.EnterpriseListService;
import cn.hazedesk.application.EnterpriseRow;
import cn.hazedesk.domain.campaign.Campaign;
import cn.hazedesk.domain.campaign.CampaignProgress;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
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

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 创A升B: campaigns with their targets, and who reached the target, who is stuck at which step, who is overdue. */
public final class CampaignViewModel {
    /** One target as the progress table shows it. */
    public record Row(String name, String industry, String current, String target, String state, String overdue,
                      boolean late) {
    }

    private final Messages messages;
    private final GradingText text;
    private final cn.hazedesk.i18n.OutcomeText refusals;
    private final Labels labels;
    private final TaskRunner tasks;
    private final CampaignService campaigns;
    private final EnterpriseListService list;
    private final cn.hazedesk.domain.access.Actor actor;

    private final ObservableList<Choice<Campaign>> campaignChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Campaign>> campaign = new SimpleObjectProperty<>();
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> newStart = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> newEnd = new SimpleObjectProperty<>();
    private final ObservableList<Choice<EnterpriseRow>> enterprises = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<EnterpriseRow>> targetEnterprise = new SimpleObjectProperty<>();
    private final ObservableList<Choice<PerformanceGrade>> grades = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<PerformanceGrade>> targetGrade = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final Map<String, String> names = new HashMap<>();

    public CampaignViewModel(Messages messages, Labels labels, TaskRunner tasks, CampaignService campaigns,
                             EnterpriseListService list, cn.hazedesk.domain.access.Actor actor, LocalDate today) {
        this.messages = messages;
        this.refusals = new cn.hazedesk.i18n.OutcomeText(messages);
        this.text = new GradingText(messages);
        this.labels = labels;
        this.tasks = tasks;
        this.campaigns = campaigns;
        this.list = list;
        this.actor = actor;
        newStart.set(today);
        newEnd.set(today.plusMonths(3));
        for (PerformanceGrade g : List.of(PerformanceGrade.A_PLUS, PerformanceGrade.A, PerformanceGrade.LEADING,
                PerformanceGrade.B, PerformanceGrade.B_MINUS, PerformanceGrade.C)) {
            grades.add(new Choice<>(labels.grade(g), g));
        }
        targetGrade.set(grades.get(1));
        campaign.addListener((o, a, b) -> showProgress());
    }

    private record Loaded(List<Campaign> campaigns, List<EnterpriseRow> rows) {
    }

    public void load() {
        tasks.run(messages.get("campaign.task.load"), p -> new Loaded(campaigns.all(), list.rows()), loaded -> {
            names.clear();
            loaded.rows().forEach(r -> names.put(r.uscc(), r.name()));
            enterprises.setAll(loaded.rows().stream().map(labels::enterpriseChoice).toList());
            Choice<Campaign> keep = campaign.get();
            campaignChoices.setAll(loaded.campaigns().stream().map(c -> new Choice<>(messages.aside(c.name(), c.startsOn()
                    + " – " + c.endsOn()), c)).toList());
            campaign.set(campaignChoices.stream().filter(c -> keep != null && c.value().id() == keep.value().id())
                    .findFirst().orElse(campaignChoices.isEmpty() ? null : campaignChoices.get(0)));
        });
    }

    private void showProgress() {
        Choice<Campaign> c = campaign.get();
        if (c == null) {
            rows.clear();
            summary.set(messages.get("campaign.none"));
            return;
        }
        long id = c.value().id();
        tasks.run(messages.get("campaign.task.progress"), p -> campaigns.progress(id), progress -> progress.ifPresent(pr -> {
            CampaignProgress.Summary s = pr.summary();
            summary.set(messages.get("campaign.summary", s.targets(), s.reached(), s.underReview(), s.notApplied(), s.overdue()));
            rows.setAll(pr.standings().stream().map(this::row).toList());
        }));
    }

    private Row row(CampaignProgress.Standing s) {
        String state = switch (s.state()) {
            case REACHED -> messages.get("campaign.state.REACHED");
            case UNDER_REVIEW -> messages.get("campaign.state.UNDER_REVIEW", text.stage(s.stage()));
            case NOT_APPLIED -> messages.get("campaign.state.NOT_APPLIED");
        };
        return new Row(names.getOrDefault(s.target().uscc(), s.target().uscc()), s.target().industry(),
                labels.grade(s.current()), labels.grade(s.target().targetGrade()), state,
                s.overdue() ? messages.get("campaign.overdue") : "", s.overdue());
    }

    public void create() {
        String name = newName.get();
        LocalDate start = newStart.get();
        LocalDate end = newEnd.get();
        tasks.run(messages.get("campaign.task.create"), p -> campaigns.create(name, start, end, actor), r -> {
            if (r.isAccepted()) {
                message.set(messages.get("campaign.created", name.trim()));
                newName.set("");
                load();
            } else {
                message.set(refusals.refusal(r.refusal().orElseThrow()));
            }
        });
    }

    public void addTarget() {
        Choice<Campaign> c = campaign.get();
        Choice<EnterpriseRow> e = targetEnterprise.get();
        if (c == null || e == null || targetGrade.get() == null) {
            message.set(messages.get("campaign.chooseTarget"));
            return;
        }
        EnterpriseRow row = e.value();
        PerformanceGrade g = targetGrade.get().value();
        tasks.run(messages.get("campaign.task.target"), p -> campaigns.addTarget(c.value().id(), row.uscc(), row.industry(), g, actor),
                r -> {
                    if (r.isAccepted()) {
                        message.set(messages.get("campaign.targetAdded", row.name(), labels.grade(g)));
                        showProgress();
                    } else {
                        message.set(refusals.refusal(r.refusal().orElseThrow()));
                    }
                });
    }

    public ObservableList<Choice<Campaign>> campaignChoices() { return campaignChoices; }
    public ObjectProperty<Choice<Campaign>> campaignProperty() { return campaign; }
    public StringProperty newNameProperty() { return newName; }
    public ObjectProperty<LocalDate> newStartProperty() { return newStart; }
    public ObjectProperty<LocalDate> newEndProperty() { return newEnd; }
    public ObservableList<Choice<EnterpriseRow>> enterprises() { return enterprises; }
    public ObjectProperty<Choice<EnterpriseRow>> targetEnterpriseProperty() { return targetEnterprise; }
    public ObservableList<Choice<PerformanceGrade>> grades() { return grades; }
    public ObjectProperty<Choice<PerformanceGrade>> targetGradeProperty() { return targetGrade; }
    public ObservableList<Row> rows() { return rows; }
    public StringProperty summaryProperty() { return summary; }
    public StringProperty messageProperty() { return message; }
}
