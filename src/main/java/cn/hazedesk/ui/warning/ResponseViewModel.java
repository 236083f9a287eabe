package cn.hazedesk.ui.warning;

import cn.hazedesk.application.EpisodeService;
import cn.hazedesk.application.port.EpisodeStore.StoredOrder;
import cn.hazedesk.application.port.EpisodeStore.TrackStep;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.i18n.EpisodeText;
import cn.hazedesk.i18n.GradingText;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.FileChooserService;
import cn.hazedesk.ui.common.Labels;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * 响应跟踪: the active episode's dashboard (levels per district, time since issue and since response start, counts
 * by status, overdue acknowledgements) and one row per response order, with delivered / acknowledged / implemented,
 * inspections (督查) and non-compliance, which can lower the enterprise's grade.
 */
public final class ResponseViewModel {
    /** One order as the table shows it. */
    public record Row(long id, String district, String name, String uscc, String grade, String level, String status,
                      String delivered, String acknowledged, String implemented, String inspections, String round,
                      boolean overdue, boolean current, boolean nonCompliant, String measures, Stage stage) {
    }

    /** How far an order has come, for the status filter. */
    public enum Stage { ISSUED, DELIVERED, ACKNOWLEDGED, IMPLEMENTED }

    /** The district filter's choices (all, then each district by name) and the status filter's (all, then each stage). */
    private final ObservableList<cn.hazedesk.ui.common.Choice<String>> districts = javafx.collections.FXCollections.observableArrayList();
    private final ObservableList<cn.hazedesk.ui.common.Choice<Stage>> stages = javafx.collections.FXCollections.observableArrayList();
    private final javafx.beans.property.ObjectProperty<cn.hazedesk.ui.common.Choice<String>> district =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final javafx.beans.property.ObjectProperty<cn.hazedesk.ui.common.Choice<Stage>> stage =
            new javafx.beans.property.SimpleObjectProperty<>();

    private final EpisodeSession session;
    private final Messages m;
    private final EpisodeText text;
    private final Labels labels;
    private final GradingText grading;
    private final FileChooserService files;
    private final Supplier<Instant> now;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> shown = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty showSuperseded = new SimpleBooleanProperty(false);
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    private final StringProperty dashboard = new SimpleStringProperty("");
    private final StringProperty counts = new SimpleStringProperty("");
    private final StringProperty inspectionTime = new SimpleStringProperty("");
    private final StringProperty inspector = new SimpleStringProperty("");
    private final StringProperty finding = new SimpleStringProperty("");
    private final BooleanProperty compliant = new SimpleBooleanProperty(true);
    private final StringProperty photo = new SimpleStringProperty("");
    private final StringProperty inspectionsText = new SimpleStringProperty("");
    private final BooleanProperty trackable = new SimpleBooleanProperty(false);
    private final StringProperty packageSaved = new SimpleStringProperty("");
    /** True while the rows are put in anew (the view keeps the orders chosen and its scroll position). */
    private final BooleanProperty replacing = new SimpleBooleanProperty(false);
    private List<StoredOrder> orders = List.of();

    private final EpisodePrinting printing;

    /** Whether the current episode has orders to print (it was issued). */
    public boolean canPrint() {
        Episode e = session.current();
        return e != null && e.issuedAt() != null;
    }

    /**
     * 打印本轮告知书…: the current (not superseded) orders of every district, with the cover list; a district user's
     * of their district only.
     */
    public void printOrders() {
        if (canPrint()) {
            cn.hazedesk.domain.access.Scope scope = session.actor().scope();
            printing.orders(session.current(), scope.city() ? Optional.empty()
                    : Optional.of(labels.district(scope.districtCode())));
        }
    }

    /** 保存发布文件包: the round's notice, approval form and all current orders in one folder (city users). */
    public void savePackage() {
        if (canPrint() && session.actor().scope().city()) {
            printing.issuePackage(session.current(), session.actor().name(), packageSaved::set);
        }
    }

    /** Where the last issue package was saved, in a sentence ("" before one is). */
    public StringProperty packageSavedProperty() { return packageSaved; }

    /** 打印督查记录表…: the selected order's sheet with its recorded inspections, or a blank one. */
    public void printInspection(Row selected) {
        if (canPrint() && selected != null) {
            printing.inspection(session.current(), selected.id(), selected.name());
        }
    }

    public EpisodeSession session() { return session; }
    public ObservableList<cn.hazedesk.ui.common.Choice<String>> districts() { return districts; }
    public ObservableList<cn.hazedesk.ui.common.Choice<Stage>> stages() { return stages; }
    public javafx.beans.property.ObjectProperty<cn.hazedesk.ui.common.Choice<String>> districtProperty() { return district; }
    public javafx.beans.property.ObjectProperty<cn.hazedesk.ui.common.Choice<Stage>> stageProperty() { return stage; }

    /** {@code printing} opens the order batch and the inspection sheets in the preview window. */
    public ResponseViewModel(EpisodeSession session, Labels labels, FileChooserService files, Supplier<Instant> now,
                             EpisodePrinting printing) {
        this.session = session;
        this.printing = java.util.Objects.requireNonNull(printing);
        this.m = session.messages();
        this.text = session.text();
        this.labels = labels;
        this.grading = new GradingText(m);
        this.files = files;
        this.now = now;
        filter.addListener((o, a, b) -> refilter());
        showSuperseded.addListener((o, a, b) -> refilter());
        overdueOnly.addListener((o, a, b) -> refilter());
        districts.add(new cn.hazedesk.ui.common.Choice<>(m.get("response.allDistricts"), null));
        labels.regions().districts().forEach(r -> districts.add(new cn.hazedesk.ui.common.Choice<>(r.name(), r.name())));
        stages.add(new cn.hazedesk.ui.common.Choice<>(m.get("response.allStages"), null));
        for (Stage st : Stage.values()) {
            stages.add(new cn.hazedesk.ui.common.Choice<>(m.get("response.stage." + st.name()), st));
        }
        district.set(districts.get(0));
        stage.set(stages.get(0));
        district.addListener((o, a, b) -> refilter());
        stage.addListener((o, a, b) -> refilter());
        session.revisionProperty().addListener((o, a, b) -> load());
        refilter();
    }

    public void load() {
        Episode e = session.current();
        if (e == null) {
            rows.clear();
            dashboard.set("");
            counts.set("");
            trackable.set(false);
            return;
        }
        session.tasks().run(m.get("response.task.load"), p -> session.service().orders(e.id(), session.actor()), list -> {
            orders = list;
            show(e);
        });
    }

    /** Recomputes times and overdue flags (the view calls this every minute). */
    public void tick() {
        Episode e = session.current();
        if (e != null && !orders.isEmpty()) {
            show(e);
        }
    }

    private void show(Episode e) {
        Instant t = now.get();
        EpisodeService s = session.service();
        trackable.set(e.phase().inForce());
        replacing.set(true);
        try {
            rows.setAll(orders.stream().map(o -> row(e, o, t, s)).toList());
        } finally {
            replacing.set(false);
        }
        List<StoredOrder> current = orders.stream().filter(StoredOrder::current).toList();
        long delivered = current.stream().filter(o -> o.deliveredAt() != null).count();
        long acknowledged = current.stream().filter(o -> o.acknowledgedAt() != null).count();
        long implemented = current.stream().filter(o -> o.implementedAt() != null).count();
        long overdue = current.stream().filter(o -> s.overdue(e, o, t)).count();
        long inspected = current.stream().filter(o -> o.inspections() > 0).count();
        long bad = current.stream().filter(o -> o.nonCompliant() > 0).count();
        // the countdown to the acknowledgement deadline of this round's orders, while some are not yet acknowledged
        Instant roundIssued = cn.hazedesk.application.IssuePackages.round(e).map(cn.hazedesk.domain.episode.Proposal::issuedAt)
                .orElse(e.issuedAt());
        Instant due = roundIssued == null ? null : roundIssued.plusSeconds(3600L * s.settings().acknowledgeHours());
        long waiting = current.size() - acknowledged;
        String ack = due == null || waiting == 0 || !e.phase().inForce() || !t.isBefore(due) ? ""
                : m.get("response.ackDue", text.time(due), text.duration(t, due), waiting);
        dashboard.set(m.get("response.dashboard", text.status(e), text.levels(e.levels()),
                text.duration(e.issuedAt(), t), text.duration(e.responseStart(), t), ack));
        counts.set(m.get("response.counts", current.size(), delivered, acknowledged, implemented, overdue, inspected,
                bad, s.settings().acknowledgeHours()));
    }

    private Row row(Episode e, StoredOrder o, Instant t, EpisodeService s) {
        var ord = o.order();
        boolean overdue = s.overdue(e, o, t);
        String status = !o.current() ? m.get("response.status.superseded", text.time(o.supersededAt()))
                : o.implementedAt() != null ? m.get("response.status.implemented")
                : o.acknowledgedAt() != null ? m.get("response.status.acknowledged")
                : o.deliveredAt() != null ? m.get("response.status.delivered")
                : m.get("response.status.issued");
        if (overdue) {
            status = m.get("response.status.overdue", status);
        }
        if (ord.notCounted().isPresent()) {
            status += m.get("response.status.notCounted", grading.rule(ord.notCounted().get()));
        }
        String measures = ord.lines().stream().map(l -> m.pair(l.lineName(), l.text().isEmpty()
                ? grading.rule(l.rule()) : l.text())).reduce((a, b) -> a + "\n" + b).orElse(m.get("response.noLines"));
        return new Row(o.id(), ord.districtName(), ord.enterpriseName(), ord.uscc(), labels.grade(ord.grade()),
                labels.level(ord.level()), status, text.time(o.deliveredAt()), text.time(o.acknowledgedAt()),
                text.time(o.implementedAt()), o.inspections() == 0 ? "" : m.get("response.inspections",
                o.inspections(), o.nonCompliant()), String.valueOf(o.round()), overdue, o.current(),
                o.nonCompliant() > 0, measures, o.implementedAt() != null ? Stage.IMPLEMENTED
                : o.acknowledgedAt() != null ? Stage.ACKNOWLEDGED : o.deliveredAt() != null ? Stage.DELIVERED : Stage.ISSUED);
    }

    private void refilter() {
        String f = filter.get().strip().toLowerCase(Locale.ROOT);
        String d = district.get() == null ? null : district.get().value();
        Stage st = stage.get() == null ? null : stage.get().value();
        shown.setPredicate(r -> (showSuperseded.get() || r.current()) && (!overdueOnly.get() || r.overdue())
                && (d == null || d.equals(r.district())) && (st == null || st == r.stage())
                && (f.isEmpty() || r.name().toLowerCase(Locale.ROOT).contains(f) || r.uscc().toLowerCase(Locale.ROOT)
                .contains(f) || r.district().contains(f)));
    }

    /** Records {@code step} for every selected order (and the earlier steps not yet recorded). */
    public void track(List<Row> selected, TrackStep step) {
        if (selected.isEmpty()) {
            return;
        }
        List<Long> ids = selected.stream().map(Row::id).toList();
        cn.hazedesk.domain.access.Actor who = session.actor();
        session.tasks().run(m.get("episode.task.save"), p -> {
            for (Long id : ids) {
                Outcome<Episode> r = session.service().track(id, step, who);
                if (!r.isAccepted()) {
                    return r.refusal().orElseThrow();
                }
            }
            return null;
        }, refused -> {
            if (refused != null) {
                session.refused(refused);
            }
            session.bumpRevision();
        });
    }

    /** Records an inspection of the selected order's enterprise. */
    public void inspect(Row selected) {
        if (selected == null) {
            session.dialogs().error(m.get("episode.refused.title"), m.get("episode.refused.header"),
                    m.get("response.selectOne"));
            return;
        }
        Instant at;
        String typed = inspectionTime.get().strip();
        try {
            at = typed.isEmpty() ? now.get() : LocalDateTime.parse(typed, EpisodeText.TIME)
                    .atZone(session.service().zone()).toInstant();
        } catch (DateTimeParseException e) {
            session.dialogs().error(m.get("episode.refused.title"), m.get("episode.refused.header"),
                    m.get("approval.time.bad", m.get("response.field.time"), typed));
            return;
        }
        Path photoPath = photo.get().isBlank() ? null : Path.of(photo.get().strip());
        if (photoPath != null && !Files.isRegularFile(photoPath)) {
            session.dialogs().error(m.get("episode.refused.title"), m.get("episode.refused.header"),
                    m.get("response.photo.missing", photoPath));
            return;
        }
        cn.hazedesk.domain.access.Actor who = session.actor();
        boolean ok = compliant.get();
        session.tasks().run(m.get("episode.task.save"), p -> session.service().inspect(selected.id(), at,
                inspector.get(), finding.get(), ok, photoPath, who), r -> {
            if (r instanceof Outcome.Refused<Episode> no) {
                session.refused(no.why());
                return;
            }
            finding.set("");
            photo.set("");
            compliant.set(true);
            session.bumpRevision();
            if (!ok) {
                offerDowngrade(selected);
            }
        });
    }

    /** After non-compliance: asks whether to lower the enterprise's grade, and does it when confirmed. */
    public void offerDowngrade(Row selected) {
        if (selected == null) {
            return;
        }
        if (!session.dialogs().confirm(m.get("response.downgrade.title"), m.get("response.downgrade.header",
                selected.name(), selected.grade()), m.get("response.downgrade.content"))) {
            return;
        }
        cn.hazedesk.domain.access.Actor who = session.actor();
        session.tasks().run(m.get("episode.task.save"), p -> session.service().downgradeForNonCompliance(selected.id(), who),
                r -> {
                    var why = r.refusal();
                    if (why.isPresent() && why.get().code() == cn.hazedesk.domain.response.OrderTrackingRefusal.NO_GRADE_RECORD) {
                        session.dialogs().info(m.get("response.downgrade.title"), m.get("response.downgrade.noRecord.header"),
                                grading.refusal(why.get()));
                    } else if (why.isPresent()) {
                        session.dialogs().error(m.get("response.downgrade.title"), m.get("episode.refused.header"),
                                grading.refusal(why.get()));
                    } else {
                        var d = r.value();
                        session.dialogs().info(m.get("response.downgrade.title"), m.get("response.downgrade.done.header"),
                                m.get("response.downgrade.done", d.enterprise(), labels.grade(d.from()), labels.grade(d.to())));
                    }
                    session.bumpRevision();
                });
    }

    /** Shows the inspections of the selected order below the table. */
    public void select(Row r) {
        if (r == null) {
            inspectionsText.set("");
            return;
        }
        session.tasks().run(m.get("response.task.load"), p -> session.service().inspections(r.id()), list ->
                inspectionsText.set(m.get("response.detail", r.name(), r.measures()) + (list.isEmpty() ? ""
                        : "\n" + list.stream().map(i -> m.get("response.inspection.line", text.time(i.inspectedAt()),
                        i.inspector(), i.compliant() ? m.get("response.compliant") : m.get("response.nonCompliant"),
                        i.finding(), i.photoPath() == null ? "" : i.photoPath())).reduce((a, b) -> a + "\n" + b).orElse(""))));
    }

    public void choosePhoto() {
        files.openImage(m.get("response.photo.choose")).ifPresent(p -> photo.set(p.toString()));
    }

    public FilteredList<Row> rows() { return shown; }
    public StringProperty filterProperty() { return filter; }
    public BooleanProperty showSupersededProperty() { return showSuperseded; }
    public BooleanProperty overdueOnlyProperty() { return overdueOnly; }
    public StringProperty dashboardProperty() { return dashboard; }
    public StringProperty countsProperty() { return counts; }
    public StringProperty inspectionTimeProperty() { return inspectionTime; }
    public StringProperty inspectorProperty() { return inspector; }
    public StringProperty findingProperty() { return finding; }
    public BooleanProperty compliantProperty() { return compliant; }
    public StringProperty photoProperty() { return photo; }
    public StringProperty inspectionsTextProperty() { return inspectionsText; }
    public BooleanProperty trackableProperty() { return trackable; }
    public javafx.beans.property.ReadOnlyBooleanProperty replacingProperty() { return replacing; }
    public Messages messages() { return m; }
}
