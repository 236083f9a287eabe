package cn.hazedesk.ui.warning;

import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.EpisodeAction;
import cn.hazedesk.domain.episode.EpisodePhase;
import cn.hazedesk.i18n.EpisodeText;
import cn.hazedesk.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The warnings area's head: which episode is open (list of all, newest first), creating a new one or a drill,
 * cancelling a draft, and the open episode's status, levels and times. Drills are marked, and left out of the
 * year's count of warnings.
 */
public final class EpisodesViewModel {
    private final EpisodeSession session;
    private final Messages m;
    private final EpisodeText text;
    private final Supplier<Instant> now;
    private final StringProperty cancelReason = new SimpleStringProperty("");

    public EpisodesViewModel(EpisodeSession session, Supplier<Instant> now) {
        this.session = session;
        this.m = session.messages();
        this.text = session.text();
        this.now = now;
    }

    public void load() {
        session.reload(null);
    }

    /** Whether a topic of other seats' news is shown in the warnings area ({@link EpisodeSession#follows}). */
    public boolean follows(cn.hazedesk.application.port.ChangeFeed.Topic t) {
        return session.follows(t);
    }

    /** Another seat changed what the warnings area shows: read again, what is typed here kept. */
    public void otherSeatChanged(cn.hazedesk.application.port.ChangeFeed.Change change) {
        session.otherSeatChanged(change);
    }

    public ObservableList<Episode> episodes() {
        return session.episodes();
    }

    /** The page a step asked to bring forward. */
    public javafx.beans.value.ObservableValue<EpisodeSession.Page> pageRequested() {
        return session.pageProperty();
    }

    public ObjectProperty<Episode> currentProperty() {
        return session.currentProperty();
    }

    /** The episode as the chooser lists it: title, number, status. */
    public String label(Episode e) {
        return e == null ? "" : text.title(e) + " — " + text.status(e);
    }

    public void select(Episode e) {
        if (e != null) {
            session.open(e.id());
        }
    }

    public void createEpisode() {
        session.create(null, false);
    }

    /** A 轻中度污染临时管控: not a warning, no level, its own numbers, no orders. */
    public void createTempControl() {
        session.create(m.get("episode.tempControlTitle", LocalDate.ofInstant(now.get(), session.service().zone())), false, true);
    }

    public BooleanBinding tempControl() {
        return Bindings.createBooleanBinding(() -> session.current() != null && session.current().tempControl(),
                session.currentProperty());
    }

    public void createDrill() {
        session.create(m.get("episode.drillTitle", LocalDate.ofInstant(now.get(), session.service().zone())), true);
    }

    /** Abandons the open draft after confirmation, with the reason typed. */
    public void cancelDraft() {
        Episode e = session.current();
        if (e == null) {
            return;
        }
        if (cancelReason.get().isBlank()) {
            session.dialogs().error(m.get("episode.refused.title"), m.get("episode.refused.header"),
                    m.get("refusal.EpisodeRefusal.REASON_REQUIRED"));
            return;
        }
        if (session.dialogs().confirm(m.get("episode.cancel.title"), m.get("episode.cancel.header", e.title()),
                m.get("episode.cancel.content"))) {
            session.act(new EpisodeAction.Cancel(cancelReason.get()), () -> cancelReason.set(""));
        }
    }

    private StringBinding of(java.util.function.Function<Episode, String> f) {
        return Bindings.createStringBinding(() -> session.current() == null ? "" : f.apply(session.current()),
                session.currentProperty());
    }

    public StringBinding status() { return of(text::status); }
    public StringBinding number() { return of(e -> e.number() == null ? "—" : e.number()); }
    /** The levels in force; once lifted, that no warning is in force, with the levels it had until the lift. */
    public StringBinding levels() {
        return of(e -> e.tempControl() ? m.get(e.liftedAt() == null ? "episode.tempControl.levels" : "episode.tempControl.lifted",
                text.time(e.liftedAt())) : e.liftedAt() == null || e.phase().inForce() ? text.levels(e.levels())
                : m.get("episode.levels.lifted", text.time(e.liftedAt()), text.levels(e.levels())));
    }
    public StringBinding issued() { return of(e -> text.time(e.issuedAt())); }
    public StringBinding responseStart() { return of(e -> text.time(e.responseStart())); }
    public StringBinding expectedEnd() { return of(e -> text.time(e.expectedEnd())); }
    public StringBinding titleText() { return of(text::title); }

    /** The steps of an episode, in order (会商 → 审签 → 发布 → 响应 → 解除 → 总结评估). */
    static final List<String> STEPS = List.of("CONSULT", "APPROVE", "PUBLISH", "RESPOND", "LIFT", "EVALUATE");

    /** Where the episode stands among {@link #STEPS}: the step to do next (STEPS.size() when closed, -1 if cancelled). */
    static int stepOf(Episode e) {
        java.util.Optional<cn.hazedesk.domain.episode.Proposal> open = e.open();
        return switch (e.phase()) {
            case DRAFT -> e.latestConsultation().isEmpty() ? 0
                    : open.filter(p -> p.state() == cn.hazedesk.domain.episode.ProposalState.APPROVED).isPresent() ? 2 : 1;
            case ACTIVE, SUSPENDED -> open.filter(p -> p.kind() == cn.hazedesk.domain.episode.ProposalKind.LIFT).isPresent() ? 4 : 3;
            case LIFTED -> 5;
            case CLOSED -> STEPS.size();
            case CANCELLED -> -1;
        };
    }

    /** The step list at the top of the episode: done steps ticked, the one to do now marked. */
    public StringBinding steps() {
        return of(e -> {
            int at = stepOf(e);
            if (at < 0) {
                return text.status(e);
            }
            List<String> out = new java.util.ArrayList<>();
            for (int i = 0; i < STEPS.size(); i++) {
                String name = m.get("episode.step." + STEPS.get(i));
                out.add(m.get(i < at ? "episode.step.done" : i == at ? "episode.step.now" : "episode.step.todo", i + 1, name));
            }
            return String.join(m.get("episode.step.join"), out);
        });
    }

    public BooleanBinding drill() {
        return Bindings.createBooleanBinding(() -> session.current() != null && session.current().drill(),
                session.currentProperty());
    }

    public BooleanBinding noEpisode() {
        return session.currentProperty().isNull();
    }

    public BooleanBinding cancellable() {
        return Bindings.createBooleanBinding(() -> session.current() != null
                && session.current().phase() == EpisodePhase.DRAFT, session.currentProperty());
    }

    /** 本年度已发布预警 N 次（不含演练）. */
    public StringBinding yearCount() {
        return Bindings.createStringBinding(() -> {
            int year = LocalDate.ofInstant(now.get(), session.service().zone()).getYear();
            long n = session.episodes().stream().filter(e -> !e.drill() && !e.tempControl() && e.issuedAt() != null)
                    .filter(e -> LocalDate.ofInstant(e.issuedAt(), session.service().zone()).getYear() == year).count();
            return m.get("episode.yearCount", String.valueOf(year), n);
        }, session.episodes());
    }

    public StringProperty cancelReasonProperty() {
        return cancelReason;
    }

    public Messages messages() {
        return m;
    }
}
