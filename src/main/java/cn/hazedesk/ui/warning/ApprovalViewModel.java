package cn.hazedesk.ui.warning;

import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.AreaLevels;
import cn.hazedesk.domain.episode.AreaRecommendation;
import cn.hazedesk.domain.episode.Consultation;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.EpisodeAction;
import cn.hazedesk.domain.episode.EpisodePhase;
import cn.hazedesk.domain.episode.EpisodeRefusal;
import cn.hazedesk.domain.episode.LiftBasis;
import cn.hazedesk.domain.episode.Proposal;
import cn.hazedesk.domain.episode.ProposalKind;
import cn.hazedesk.domain.episode.ProposalState;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.warning.RecommendedLevel;
import cn.hazedesk.i18n.EpisodeText;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.Choice;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * 审签与发布: prepare an approval form (issue, change level, extend, suspend, resume, lift) prefilled from the
 * latest consultation's recommendation; the signatory approves or rejects it; the officer publishes it with its
 * number and times. The history lists every form of the episode with its decision.
 */
public final class ApprovalViewModel {
    /** One approval form in the history table. */
    public record Row(int seq, String kind, String state, String levels, String signatory, String decided,
                      String number, String issued, String reason) {
    }

    private final EpisodeSession session;
    private final Messages m;
    private final EpisodeText text;
    private final RegionCatalog regions;
    private final Supplier<Instant> now;
    private final ZoneId zone;

    private final ObservableList<Choice<ProposalKind>> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<ProposalKind>> kind = new SimpleObjectProperty<>();
    private final ObservableList<Choice<WarningLevel>> levelChoices = FXCollections.observableArrayList();
    private final Map<String, ObjectProperty<Choice<WarningLevel>>> levels = new LinkedHashMap<>();
    private final StringProperty recommendation = new SimpleStringProperty("");
    private final StringProperty responseStart = new SimpleStringProperty("");
    private final StringProperty expectedEnd = new SimpleStringProperty("");
    private final StringProperty measures = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableList<Choice<LiftBasis>> liftBases = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<LiftBasis>> liftBasis = new SimpleObjectProperty<>();
    private final StringProperty signatory = new SimpleStringProperty("");
    private final BooleanProperty canPropose = new SimpleBooleanProperty(false);
    private final BooleanProperty setsLevels = new SimpleBooleanProperty(false);
    private final BooleanProperty lift = new SimpleBooleanProperty(false);

    private final StringProperty open = new SimpleStringProperty("");
    private final BooleanProperty pending = new SimpleBooleanProperty(false);
    private final BooleanProperty approved = new SimpleBooleanProperty(false);
    private final StringProperty signer = new SimpleStringProperty("");
    private final StringProperty comment = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty issueTime = new SimpleStringProperty("");
    private final StringProperty publishStart = new SimpleStringProperty("");
    private final StringProperty publishStartLabel = new SimpleStringProperty("");
    /** The provincial or regional warning notice the step follows (区域联动), by its number; blank: none. */
    private final StringProperty basisNotice = new SimpleStringProperty("");
    private final ObservableList<Row> history = FXCollections.observableArrayList();

    private EpisodePrinting printing;

    /** The documents of the history's rows (issue #6); without it the preview buttons stay disabled. */
    public void usePrinting(EpisodePrinting p) {
        this.printing = p;
    }

    /** The proposal of a history row, or the open one when no row is chosen. */
    public Optional<Proposal> proposalOf(Row r) {
        Episode e = session.current();
        if (e == null) {
            return Optional.empty();
        }
        return r == null ? e.open() : e.proposal(r.seq());
    }

    public boolean canPreviewApproval(Row r) {
        return printing != null && proposalOf(r).map(p -> EpisodePrinting.hasApprovalForm(session.current(), p)).orElse(false);
    }

    public boolean canPreviewNotice(Row r) {
        return printing != null && proposalOf(r).map(p -> EpisodePrinting.hasNotice(session.current(), p)).orElse(false);
    }

    /** 预览审批表…: the chosen row's form (or the open proposal's). */
    public void previewApproval(Row r) {
        if (canPreviewApproval(r)) {
            printing.approval(session.current(), proposalOf(r).orElseThrow());
        }
    }

    /** 预览通知…: the notice that published the chosen row. */
    public void previewNotice(Row r) {
        if (canPreviewNotice(r)) {
            printing.notice(session.current(), proposalOf(r).orElseThrow());
        }
    }

    public EpisodeSession session() { return session; }

    public ApprovalViewModel(EpisodeSession session, RegionCatalog regions, Supplier<Instant> now) {
        this.session = session;
        this.m = session.messages();
        this.text = session.text();
        this.regions = regions;
        this.now = now;
        this.zone = session.service().zone();
        for (WarningLevel l : WarningLevel.values()) {
            levelChoices.add(new Choice<>(text.level(l), l));
        }
        levels.put(regions.city().code(), new SimpleObjectProperty<>(levelChoices.get(0)));
        regions.districts().forEach(d -> levels.put(d.code(), new SimpleObjectProperty<>(levelChoices.get(0))));
        for (LiftBasis b : LiftBasis.values()) {
            liftBases.add(new Choice<>(m.get("approval.liftBasis." + b.name()), b));
        }
        liftBasis.set(liftBases.get(0));
        publishStartLabel.set(m.get("approval.responseStart"));
        kind.addListener((o, a, b) -> prefill());
        levels.values().forEach(p -> p.addListener((o, a, b) -> updateSignatory()));
        session.currentProperty().addListener((o, a, b) -> show(b));
        show(session.current());
    }

    private void show(Episode e) {
        history.clear();
        open.set("");
        pending.set(false);
        approved.set(false);
        kinds.clear();
        if (e == null) {
            canPropose.set(false);
            return;
        }
        for (ProposalKind k : ProposalKind.values()) {
            if (cn.hazedesk.domain.episode.EpisodeRules.allowed(e.phase(), k)) {
                kinds.add(new Choice<>(text.kind(k), k));
            }
        }
        canPropose.set(!kinds.isEmpty() && e.open().isEmpty());
        kind.set(kinds.isEmpty() ? null : kinds.get(0));
        prefill();
        for (Proposal p : e.proposals()) {
            history.add(new Row(p.seq(), text.kind(p.kind()), text.proposalState(p), text.levels(p.levels()),
                    p.signatory(), p.decidedBy() == null ? "" : p.decidedBy() + " " + text.time(p.decidedAt()),
                    p.number() == null ? "" : p.number(), text.time(p.issuedAt()),
                    p.reason() + (p.decisionComment().isEmpty() ? "" : " / " + p.decisionComment())));
        }
        Optional<Proposal> op = e.open();
        if (op.isPresent()) {
            Proposal p = op.get();
            pending.set(p.state() == ProposalState.PENDING);
            approved.set(p.state() == ProposalState.APPROVED);
            open.set(describe(p));
            if (p.state() == ProposalState.APPROVED) {
                number.set("");
                session.tasks().run(m.get("episode.task.load"), x -> session.service().suggestNumber(e.drill()), n -> {
                    if (number.get().isEmpty()) {
                        number.set(n);
                    }
                });
                issueTime.set(format(nowMinute()));
                Instant start = p.responseStart();
                publishStart.set(start == null ? (p.kind() == ProposalKind.LIFT ? format(nowMinute()) : "")
                        : format(start.isBefore(nowMinute()) ? nowMinute() : start));
                // a lift takes effect at its own time (by default when its notice is issued)
                publishStartLabel.set(m.get(p.kind() == ProposalKind.LIFT ? "approval.liftEffective" : "approval.responseStart"));
            }
        }
    }

    /** The form's words for an open proposal: kind, levels, times, signatory, state. */
    private String describe(Proposal p) {
        return m.get("approval.open", p.seq(), text.kind(p.kind()), text.proposalState(p), text.levels(p.levels()),
                text.time(p.responseStart()), text.time(p.expectedEnd()), p.signatory(),
                p.measuresSummary().isEmpty() ? "—" : p.measuresSummary(), p.reason().isEmpty() ? "—" : p.reason(),
                p.decidedBy() == null ? "—" : p.decidedBy() + " " + text.time(p.decidedAt()));
    }

    /** Fills the form for the chosen kind from the latest consultation and the levels in force. */
    private void prefill() {
        Episode e = session.current();
        ProposalKind k = kind.get() == null ? null : kind.get().value();
        setsLevels.set(k != null && k.setsLevels());
        lift.set(k == ProposalKind.LIFT);
        recommendation.set("");
        if (e == null || k == null) {
            return;
        }
        Instant start = nextHour();
        if (k.setsLevels()) {
            Optional<Consultation> c = e.latestConsultation();
            Map<String, AreaRecommendation> rec = c.map(x -> session.service().rules().recommend(x)).orElse(Map.of());
            WarningLevel city = rec.isEmpty() ? WarningLevel.YELLOW : warning(rec.get(regions.city().code()).level());
            set(regions.city().code(), city);
            for (Region d : regions.districts()) {
                WarningLevel dl = rec.isEmpty() ? city : warning(rec.get(d.code()).level());
                set(d.code(), dl.compareTo(city) < 0 ? city : dl);
            }
            List<String> parts = new ArrayList<>();
            rec.values().forEach(r -> parts.add(m.get("approval.rec.area", r.region().name(),
                    m.get("warning.level." + r.level().name()))));
            recommendation.set(c.isEmpty() ? m.get("approval.rec.none")
                    : m.get("approval.rec", c.get().seq(), String.join(m.get("episode.levels.separator"), parts)));
            if (c.isPresent()) {
                LocalDate first = c.get().days().stream().map(cn.hazedesk.domain.episode.ForecastDay::date)
                        .min(LocalDate::compareTo).orElse(LocalDate.now(zone));
                Instant firstStart = first.atStartOfDay(zone).toInstant();
                if (k == ProposalKind.ISSUE && firstStart.isAfter(start)) {
                    start = firstStart;
                }
            }
            responseStart.set(format(start));
            expectedEnd.set(format(e.expectedEnd() != null && e.expectedEnd().isAfter(start) ? e.expectedEnd()
                    : start.plus(72, ChronoUnit.HOURS)));
            measures.set(m.get("approval.measures.default", text.level(city)));
        } else if (k == ProposalKind.EXTEND) {
            expectedEnd.set(format(e.expectedEnd() == null ? start.plus(24, ChronoUnit.HOURS)
                    : e.expectedEnd().plus(24, ChronoUnit.HOURS)));
            responseStart.set("");
        } else if (k == ProposalKind.RESUME) {
            responseStart.set(format(start));
        }
        reason.set("");
        updateSignatory();
    }

    private void set(String code, WarningLevel l) {
        levels.get(code).set(levelChoices.get(l.ordinal()));
    }

    private static WarningLevel warning(RecommendedLevel r) {
        return switch (r) {
            case RED -> WarningLevel.RED;
            case ORANGE -> WarningLevel.ORANGE;
            default -> WarningLevel.YELLOW;
        };
    }

    private void updateSignatory() {
        Episode e = session.current();
        if (e == null || kind.get() == null) {
            signatory.set("");
            return;
        }
        signatory.set(m.get("approval.signatory", session.service().rules().signatoryFor(e, kind.get().value(), formLevels())));
    }

    private AreaLevels formLevels() {
        Map<String, WarningLevel> d = new LinkedHashMap<>();
        regions.districts().forEach(r -> d.put(r.code(), levels.get(r.code()).get().value()));
        return new AreaLevels(levels.get(regions.city().code()).get().value(), d);
    }

    /** Submits the form for signature; a lift short of 36 hours asks first and is submitted only when confirmed. */
    public void propose() {
        if (kind.get() == null) {
            return;
        }
        ProposalKind k = kind.get().value();
        Optional<Instant> start = parse(responseStart.get(), "approval.field.responseStart", k == ProposalKind.ISSUE
                || k == ProposalKind.ADJUST || k == ProposalKind.RESUME);
        Optional<Instant> end = parse(expectedEnd.get(), "approval.field.expectedEnd", k.setsLevels() || k == ProposalKind.EXTEND);
        if (start == null || end == null) {
            return;
        }
        String notice = basisNotice.get() == null ? "" : basisNotice.get().strip();
        EpisodeAction.Propose p = new EpisodeAction.Propose(k, formLevels(), start.orElse(null), end.orElse(null),
                measures.get(), reason.get(), liftBasis.get().value(), false, notice);
        session.act(p, null, refusal -> {
            if (refusal.code() == EpisodeRefusal.LIFT_36H_NOT_CONFIRMED
                    && session.dialogs().confirm(m.get("approval.lift36.title"), m.get("approval.lift36.header"),
                    text.refusal(refusal) + "\n\n" + m.get("approval.lift36.question"))) {
                session.act(new EpisodeAction.Propose(k, formLevels(), start.orElse(null), end.orElse(null),
                        measures.get(), reason.get(), liftBasis.get().value(), true, notice), null);
            } else if (refusal.code() != EpisodeRefusal.LIFT_36H_NOT_CONFIRMED) {
                session.refused(refusal);
            }
        });
    }

    public void approve() {
        session.act(new EpisodeAction.Approve(signer.get(), comment.get()), () -> comment.set(""));
    }

    public void reject() {
        session.act(new EpisodeAction.Reject(signer.get(), comment.get()), () -> comment.set(""));
    }

    public void withdraw() {
        if (session.dialogs().confirm(m.get("approval.withdraw.title"), m.get("approval.withdraw.header"),
                m.get("approval.withdraw.content"))) {
            session.act(new EpisodeAction.Withdraw(comment.get()), () -> comment.set(""));
        }
    }

    /** Publishes the approved form after confirmation: a published notice can never be changed. */
    public void publish() {
        Optional<Instant> at = parse(issueTime.get(), "approval.field.issueTime", true);
        Optional<Instant> start = parse(publishStart.get(), "approval.field.responseStart", false);
        if (at == null || start == null) {
            return;
        }
        Episode e = session.current();
        String what = e == null ? "" : e.open().map(p -> text.kind(p.kind())).orElse("");
        if (!session.dialogs().confirm(m.get("approval.publish.title"), m.get("approval.publish.header", what, number.get()),
                m.get("approval.publish.content"))) {
            return;
        }
        session.act(new EpisodeAction.Publish(number.get(), at.get(), start.orElse(null)), null);
    }

    /**
     * The time typed in a field; empty when blank and not required; null (after saying why) when it cannot be
     * read or is missing.
     */
    private Optional<Instant> parse(String v, String fieldKey, boolean required) {
        String t = v == null ? "" : cn.hazedesk.domain.common.TextNormalizer.toHalfWidth(v).strip();
        if (t.isEmpty()) {
            if (required) {
                session.dialogs().error(m.get("episode.refused.title"), m.get("episode.refused.header"),
                        m.get("approval.time.missing", m.get(fieldKey)));
                return null;
            }
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(t, EpisodeText.TIME).atZone(zone).toInstant());
        } catch (DateTimeParseException ex) {
            session.dialogs().error(m.get("episode.refused.title"), m.get("episode.refused.header"),
                    m.get("approval.time.bad", m.get(fieldKey), t));
            return null;
        }
    }

    private Instant nowMinute() {
        return now.get().truncatedTo(ChronoUnit.MINUTES);
    }

    private Instant nextHour() {
        return now.get().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
    }

    private String format(Instant t) {
        return text.time(t);
    }

    public ObservableList<Choice<ProposalKind>> kinds() { return kinds; }
    public ObjectProperty<Choice<ProposalKind>> kindProperty() { return kind; }
    public ObservableList<Choice<WarningLevel>> levelChoices() { return levelChoices; }
    public ObjectProperty<Choice<WarningLevel>> levelProperty(String code) { return levels.get(code); }
    public RegionCatalog regions() { return regions; }
    public StringProperty recommendationProperty() { return recommendation; }
    public StringProperty responseStartProperty() { return responseStart; }
    public StringProperty expectedEndProperty() { return expectedEnd; }
    public StringProperty measuresProperty() { return measures; }
    public StringProperty reasonProperty() { return reason; }
    public ObservableList<Choice<LiftBasis>> liftBases() { return liftBases; }
    public ObjectProperty<Choice<LiftBasis>> liftBasisProperty() { return liftBasis; }
    public StringProperty signatoryProperty() { return signatory; }
    public BooleanProperty canProposeProperty() { return canPropose; }
    public BooleanProperty setsLevelsProperty() { return setsLevels; }
    public BooleanProperty liftProperty() { return lift; }
    public StringProperty openProperty() { return open; }
    public BooleanProperty pendingProperty() { return pending; }
    public BooleanProperty approvedProperty() { return approved; }
    public StringProperty signerProperty() { return signer; }
    public StringProperty commentProperty() { return comment; }
    public StringProperty numberProperty() { return number; }
    public StringProperty issueTimeProperty() { return issueTime; }
    public StringProperty publishStartProperty() { return publishStart; }
    public StringProperty publishStartLabelProperty() { return publishStartLabel; }
    public StringProperty basisNoticeProperty() { return basisNotice; }
    public ObservableList<Row> history() { return history; }
    public Messages messages() { return m; }
}
