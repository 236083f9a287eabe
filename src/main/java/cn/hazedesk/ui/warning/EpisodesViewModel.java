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

    public ObservableList<Episode> episodes() {
        return session.episodes();
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
        return of(e -> e.liftedAt() == null || e.phase().inForce() ? text.levels(e.levels())
                : m.get("episode.levels.lifted", text.time(e.liftedAt()), text.levels(e.levels())));
    }
    public StringBinding issued() { return of(e -> text.time(e.issuedAt())); }
    public StringBinding responseStart() { return of(e -> text.time(e.responseStart())); }
    public StringBinding expectedEnd() { return of(e -> text.time(e.expectedEnd())); }
    public StringBinding titleText() { return of(text::title); }

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
            long n = session.episodes().stream().filter(e -> !e.drill() && e.issuedAt() != null)
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
