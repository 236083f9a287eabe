package cn.hazedesk.ui.warning;

import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.EpisodeAction;
import cn.hazedesk.domain.episode.Proposal;
import cn.hazedesk.domain.episode.ProposalKind;
import cn.hazedesk.domain.episode.ProposalState;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.i18n.EpisodeText;
import cn.hazedesk.i18n.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * 审签与发布: the form being prepared ({@link ProposalForm}, prefilled from the latest consultation's
 * recommendation); the open form's next step — the signatory approves or rejects it, the officer withdraws it or
 * publishes it with its number and times; and the history of every form of the episode with its decision and its
 * documents.
 */
public final class ApprovalViewModel {
    /** One approval form in the history table. */
    public record Row(int seq, String kind, String state, String levels, String signatory, String decided,
                      String number, String issued, String reason) {
    }

    private final EpisodeSession session;
    private final Messages m;
    private final EpisodeText text;
    private final Supplier<Instant> now;
    private final EpisodePrinting printing;
    private final TypedTime times;
    private final ProposalForm form;

    private final StringProperty open = new SimpleStringProperty("");
    private final BooleanProperty pending = new SimpleBooleanProperty(false);
    private final BooleanProperty approved = new SimpleBooleanProperty(false);
    private final StringProperty signer = new SimpleStringProperty("");
    private final StringProperty comment = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty issueTime = new SimpleStringProperty("");
    private final StringProperty publishStart = new SimpleStringProperty("");
    private final StringProperty publishStartLabel = new SimpleStringProperty("");
    private final ObservableList<Row> history = FXCollections.observableArrayList();

    /** {@code printing} opens the history's documents (approval forms and notices) in the preview window. */
    public ApprovalViewModel(EpisodeSession session, RegionCatalog regions, Supplier<Instant> now,
                             EpisodePrinting printing) {
        this.session = session;
        this.m = session.messages();
        this.text = session.text();
        this.now = now;
        this.printing = Objects.requireNonNull(printing);
        this.times = new TypedTime(session);
        this.form = new ProposalForm(session, regions, now, times);
        publishStartLabel.set(m.get("approval.responseStart"));
        session.currentProperty().addListener((o, a, b) -> {
            if (session.keepsInput() && a != null && b != null) {
                refreshed(a, b);
            } else {
                show(b);
            }
        });
        show(session.current());
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
        return proposalOf(r).map(p -> EpisodePrinting.hasApprovalForm(session.current(), p)).orElse(false);
    }

    public boolean canPreviewNotice(Row r) {
        return proposalOf(r).map(p -> EpisodePrinting.hasNotice(session.current(), p)).orElse(false);
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

    private void show(Episode e) {
        form.show(e);
        showState(e, true);
    }

    /**
     * Another seat changed the episode shown: its history and open proposal are shown anew, and what is typed here
     * stays. The publication's fields are filled only when the proposal has just been approved (nothing was typed in
     * them yet); the form for a new proposal is set anew only when the episode moved to another phase (the kinds of
     * proposal it allowed are gone).
     */
    private void refreshed(Episode before, Episode e) {
        boolean wasApproved = before.open().map(p -> p.state() == ProposalState.APPROVED).orElse(false);
        if (before.phase() != e.phase()) {
            form.show(e);
        } else {
            form.refreshed(e);
        }
        showState(e, !wasApproved);
    }

    private void showState(Episode e, boolean fillPublication) {
        history.clear();
        open.set("");
        pending.set(false);
        approved.set(false);
        if (e == null) {
            return;
        }
        for (Proposal p : e.proposals()) {
            history.add(new Row(p.seq(), text.kind(p.kind()), text.proposalState(p), text.levels(p.levels()),
                    text.office(p.signatory()), p.decidedBy() == null ? "" : p.decidedBy() + " " + text.time(p.decidedAt()),
                    p.number() == null ? "" : p.number(), text.time(p.issuedAt()),
                    p.reason() + (p.decisionComment().isEmpty() ? "" : " / " + p.decisionComment())));
        }
        Optional<Proposal> op = e.open();
        if (op.isPresent()) {
            Proposal p = op.get();
            pending.set(p.state() == ProposalState.PENDING);
            approved.set(p.state() == ProposalState.APPROVED);
            open.set(describe(p));
            if (p.state() == ProposalState.APPROVED && fillPublication) {
                number.set("");
                session.tasks().run(m.get("episode.task.load"), x -> session.service().suggestNumber(e), n -> {
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
                text.time(p.responseStart()), text.time(p.expectedEnd()), text.office(p.signatory()),
                p.measuresSummary().isEmpty() ? "—" : p.measuresSummary(), p.reason().isEmpty() ? "—" : p.reason(),
                p.decidedBy() == null ? "—" : p.decidedBy() + " " + text.time(p.decidedAt()));
    }

    public void approve() {
        session.act(new EpisodeAction.Approve(signer.get(), comment.get()), this::clearDecision);
    }

    public void reject() {
        session.act(new EpisodeAction.Reject(signer.get(), comment.get()), this::clearDecision);
    }

    public void withdraw() {
        if (session.dialogs().confirm(m.get("approval.withdraw.title"), m.get("approval.withdraw.header"),
                m.get("approval.withdraw.content"))) {
            session.act(new EpisodeAction.Withdraw(comment.get()), () -> comment.set(""));
        }
    }

    /** Publishes the approved form after confirmation: a published notice can never be changed. */
    public void publish() {
        Optional<Instant> at = times.parse(issueTime.get(), "approval.field.issueTime", true);
        Optional<Instant> start = times.parse(publishStart.get(), "approval.field.responseStart", false);
        if (at == null || start == null) {
            return;
        }
        Episode e = session.current();
        String what = e == null ? "" : e.open().map(p -> text.kind(p.kind())).orElse("");
        if (!session.dialogs().confirm(m.get("approval.publish.title"), m.get("approval.publish.header", what, number.get()),
                m.get("approval.publish.content"))) {
            return;
        }
        // the next step: the orders of a warning in force (response page), or the evaluation after a lift
        session.act(new EpisodeAction.Publish(number.get(), at.get(), start.orElse(null)), () -> session.show(
                session.current().phase().inForce() ? EpisodeSession.Page.RESPONSE : EpisodeSession.Page.SUMMARY));
    }

    private Instant nowMinute() {
        return now.get().truncatedTo(ChronoUnit.MINUTES);
    }

    private String format(Instant t) {
        return text.time(t);
    }

    /** The form being prepared (提交审签). */
    public ProposalForm form() { return form; }
    public StringProperty openProperty() { return open; }
    public BooleanProperty pendingProperty() { return pending; }
    public BooleanProperty approvedProperty() { return approved; }
    public StringProperty signerProperty() { return signer; }

    /**
     * After a decision is recorded the signer's name and the comment are cleared: the next form may be signed by
     * someone else (red by the mayor), and a name left standing would be recorded for them unnoticed.
     */
    private void clearDecision() {
        comment.set("");
        signer.set("");
    }
    public StringProperty commentProperty() { return comment; }
    public StringProperty numberProperty() { return number; }
    public StringProperty issueTimeProperty() { return issueTime; }
    public StringProperty publishStartProperty() { return publishStart; }
    public StringProperty publishStartLabelProperty() { return publishStartLabel; }
    public ObservableList<Row> history() { return history; }
    public Messages messages() { return m; }
}
