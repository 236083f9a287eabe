package cn.hazedesk.ui.warning;

import cn.hazedesk.application.EpisodeService;
import cn.hazedesk.application.port.ChangeFeed;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.EpisodeAction;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.i18n.EpisodeText;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The warnings area's shared state: the episodes, the one being worked on, and the way every page acts on it
 * (off the JavaFX thread; a refusal is shown with its reason and changes nothing). {@link #revision} ticks after
 * every accepted change so that pages showing orders or the timeline reload.
 */
public final class EpisodeSession {
    private final EpisodeService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final EpisodeText text;
    private final Supplier<cn.hazedesk.domain.access.Actor> actor;
    private final ObservableList<Episode> episodes = FXCollections.observableArrayList();
    private final ObjectProperty<Episode> current = new SimpleObjectProperty<>();
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>();
    /** True while another seat's change of the current episode is put in ({@link #keepsInput()}). */
    private boolean refreshing;
    private boolean refreshAgain;
    private boolean othersLoading;

    /** The warnings area's pages, in the order of their tabs. */
    public enum Page { CONSULTATION, APPROVAL, RESPONSE, SUMMARY }

    public EpisodeSession(EpisodeService service, TaskRunner tasks, DialogService dialogs, Messages messages,
                          EpisodeText text, Supplier<cn.hazedesk.domain.access.Actor> actor) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.text = text;
        this.actor = actor;
    }

    private record Loaded(List<Episode> all, Episode current) {
    }

    /** Reloads the list and the current episode (or {@code selectId} when given). */
    public void reload(Long selectId) {
        reload(selectId, null);
    }

    /** As {@link #reload(Long)}, then runs {@code after} (if given) once the list and the episode are shown. */
    private void reload(Long selectId, Runnable after) {
        Long id = selectId != null ? selectId : (current.get() == null ? null : current.get().id());
        tasks.run(messages.get("episode.task.load"), p -> {
            List<Episode> all = service.all();
            Long pick = id != null ? id : all.stream().filter(e -> !e.phase().finished()).map(Episode::id).findFirst()
                    .orElse(all.isEmpty() ? null : all.get(0).id());
            return new Loaded(all, pick == null ? null : service.find(pick).orElse(null));
        }, l -> {
            episodes.setAll(l.all());
            current.set(l.current());
            revision.set(revision.get() + 1);
            if (after != null) {
                after.run();
            }
        });
    }

    /** Loads one episode in full and makes it current. */
    public void open(long id) {
        if (current.get() != null && current.get().id() == id) {
            return;
        }
        tasks.run(messages.get("episode.task.load"), p -> service.find(id).orElse(null), e -> {
            current.set(e);
            revision.set(revision.get() + 1);
        });
    }

    /** Applies an action to the current episode; {@code onDone} runs only when it was accepted. */
    public void act(EpisodeAction action, Runnable onDone) {
        act(action, onDone, null);
    }

    /** As {@link #act(EpisodeAction, Runnable)}; {@code onRefused} (if given) handles a refusal instead of the dialog. */
    public void act(EpisodeAction action, Runnable onDone, Consumer<Outcome.Refusal> onRefused) {
        Episode e = current.get();
        if (e == null) {
            return;
        }
        cn.hazedesk.domain.access.Actor who = actor.get();
        tasks.run(messages.get("episode.task.save"), p -> service.act(e.id(), action, who), r -> {
            if (r instanceof Outcome.Refused<Episode> no) {
                if (onRefused != null) {
                    onRefused.accept(no.why());
                } else {
                    refused(no.why());
                }
                return;
            }
            current.set(r.value());
            reload(r.value().id());
            if (onDone != null) {
                onDone.run();
            }
        });
    }

    /** Creates a new episode (a drill when asked) and opens it. */
    public void create(String title, boolean drill) {
        create(title, drill, false);
    }

    /** As {@link #create(String, boolean)}; a temporary control (轻中度污染临时管控) when asked. */
    public void create(String title, boolean drill, boolean tempControl) {
        cn.hazedesk.domain.access.Actor who = actor.get();
        tasks.run(messages.get("episode.task.save"), p -> service.create(title, drill, tempControl, who), r -> {
            if (r instanceof Outcome.Refused<Episode> no) {
                refused(no.why());
                return;
            }
            reload(r.value().id(), () -> show(Page.CONSULTATION));
        });
    }

    /**
     * Whether a topic of other seats' news is shown in the warnings area: any episode's head (the chooser lists them
     * all, the head shows the current one) and orders (the current episode's are shown: {@link #otherSeatChanged}).
     */
    public boolean follows(ChangeFeed.Topic t) {
        return t.kind() == ChangeFeed.Topic.Kind.EPISODE || t.kind() == ChangeFeed.Topic.Kind.ORDERS;
    }

    /**
     * Another seat changed episodes or the current episode's orders: the list and the current episode are read
     * again in the background and the pages showing orders and the timeline reload ({@link #revision}); a current
     * episode that did not change is not set again. Pages keep what is typed in their forms ({@link #keepsInput()}).
     */
    public void otherSeatChanged(ChangeFeed.Change change) {
        boolean episodes = change.everything() || change.topics().stream().anyMatch(t -> t.kind() == ChangeFeed.Topic.Kind.EPISODE);
        Episode e = current.get();
        if (!episodes) {
            if (e != null && change.topics().contains(ChangeFeed.Topic.orders(e.id()))) {
                bumpRevision();
            }
        } else if (othersLoading) {
            refreshAgain = true;
        } else {
            refreshForOthers();
        }
    }

    private void refreshForOthers() {
        othersLoading = true;
        Long id = current.get() == null ? null : current.get().id();
        tasks.run(messages.get("episode.task.load"), p -> new Loaded(service.all(), id == null ? null
                : service.find(id).orElse(null)), l -> {
            othersLoading = false;
            episodes.setAll(l.all());
            Episode before = current.get();
            if (before != null && l.current() != null && before.id() == l.current().id() && !before.equals(l.current())) {
                refreshing = true;
                try {
                    current.set(l.current());
                } finally {
                    refreshing = false;
                }
            }
            revision.set(revision.get() + 1);
            if (refreshAgain) {
                refreshAgain = false;
                refreshForOthers();
            }
        }, e -> othersLoading = false);
    }

    /**
     * True while another seat's change of the episode being shown is put in: a page keeps what is typed in its
     * forms then (a step taken on a reading that is no longer current is refused by the service, with its reason).
     */
    public boolean keepsInput() {
        return refreshing;
    }

    public void refused(Outcome.Refusal refusal) {
        dialogs.error(messages.get("episode.refused.title"), messages.get("episode.refused.header"), text.refusal(refusal));
    }

    /**
     * After a step: brings {@code p} to the front, where that page puts the cursor on the one action that comes next
     * (the step's own page may say the same page again).
     */
    public void show(Page p) {
        page.set(null);
        page.set(p);
    }

    /** The page the last step asked to bring forward (null between two requests). */
    public javafx.beans.property.ReadOnlyObjectProperty<Page> pageProperty() {
        return page;
    }

    public void bumpRevision() {
        revision.set(revision.get() + 1);
    }

    public EpisodeService service() { return service; }
    public TaskRunner tasks() { return tasks; }
    public DialogService dialogs() { return dialogs; }
    public Messages messages() { return messages; }
    public EpisodeText text() { return text; }
    public cn.hazedesk.domain.access.Actor actor() { return actor.get(); }
    public ObservableList<Episode> episodes() { return episodes; }
    public ObjectProperty<Episode> currentProperty() { return current; }
    public Episode current() { return current.get(); }
    public IntegerProperty revisionProperty() { return revision; }
}
