package cn.hazedesk.ui.common;

import cn.hazedesk.application.port.ChangeFeed;
import cn.hazedesk.application.port.ChangeFeed.Change;
import cn.hazedesk.application.port.ChangeFeed.Topic;
import cn.hazedesk.i18n.Messages;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Other seats' changes for the screens that show them (shared mode): a screen follows the topics it shows and is
 * handed the news on the JavaFX thread, a burst as one piece (at most one every {@link #GAP_MS} ms), and reloads off
 * the JavaFX thread as after its own changes. News that comes while the screen is not shown (another work area is
 * in front) waits until it is shown again; a screen whose window closes stops following. Each piece of news also
 * leaves a quiet line for the status bar (who changed what, when), never a dialog.
 */
public final class SeatNews {
    static final long GAP_MS = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final ChangeFeed feed;
    private final Messages messages;
    private final Clock clock;
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");

    public SeatNews(ChangeFeed feed, Messages messages, Clock clock) {
        this.feed = feed;
        this.messages = messages;
        this.clock = clock;
    }

    /** The status bar's line about the latest news from another seat ("" before any). */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /**
     * Hands {@code onFx} the news of the topics {@code interest} accepts, on the JavaFX thread, from now until the
     * window {@code owner} is shown in closes.
     */
    public void follow(Node owner, Predicate<Topic> interest, Consumer<Change> onFx) {
        new Follower(owner, onFx).start(interest);
    }

    private void told(Change c) {
        String at = LocalTime.now(clock).format(TIME);
        if (c.everything()) {
            if (c.reconnected()) {
                hint.set(messages.get("seats.reloaded", at));
            }
            return;
        }
        Set<String> what = new LinkedHashSet<>();
        c.topics().forEach(t -> what.add(messages.get("seats.topic." + t.kind().name())));
        String who = c.actors().isEmpty() ? messages.get("seats.someone")
                : String.join(messages.get("summary.listSeparator"), c.actors());
        hint.set(messages.get("seats.news", who, String.join(messages.get("summary.listSeparator"), what), at));
    }

    /** One screen's following: news merged until the JavaFX thread takes it, then handed on at most every GAP_MS. */
    private final class Follower {
        private final Node owner;
        private final Consumer<Change> onFx;
        private final Set<Topic> topics = new LinkedHashSet<>();
        private final Set<String> actors = new LinkedHashSet<>();
        private boolean everything;
        private boolean reconnected;
        private boolean waiting;
        private long last;
        private ChangeFeed.Subscription subscription;
        private Window watched;
        private final ChangeListener<Boolean> showing = (o, was, is) -> {
            if (!is) {
                stop();
            }
        };

        Follower(Node owner, Consumer<Change> onFx) {
            this.owner = owner;
            this.onFx = onFx;
        }

        void start(Predicate<Topic> interest) {
            subscription = feed.subscribe(interest, this::heard);
            owner.sceneProperty().addListener((o, a, scene) -> {
                if (scene != null) {
                    watch(scene);
                    due();
                }
            });
            if (owner.getScene() != null) {
                watch(owner.getScene());
            }
        }

        private void watch(Scene scene) {
            scene.windowProperty().addListener((o, a, w) -> {
                if (w == null && owner.getScene() == scene) {
                    stop(); // the window shows another scene now (a restore rebuilt the screens)
                } else {
                    watchWindow(w);
                }
            });
            watchWindow(scene.getWindow());
        }

        private void watchWindow(Window w) {
            if (w != null && w != watched) {
                if (watched != null) {
                    watched.showingProperty().removeListener(showing);
                }
                watched = w;
                w.showingProperty().addListener(showing);
            }
        }

        private void stop() {
            if (subscription != null) {
                subscription.close();
                subscription = null;
            }
        }

        /** On the feed's thread. */
        private synchronized void heard(Change c) {
            topics.addAll(c.topics());
            actors.addAll(c.actors());
            everything |= c.everything();
            reconnected |= c.reconnected();
            Platform.runLater(() -> told(c)); // the status bar's line now, even if the screen takes it later
            if (!waiting) {
                waiting = true;
                Platform.runLater(this::due);
            }
        }

        /** On the JavaFX thread: hands the news on if the screen is shown, no sooner than GAP_MS after the last. */
        private void due() {
            if (owner.getScene() == null || subscription == null) {
                return; // handed on when the screen is shown again (or never: it closed)
            }
            long wait = last + GAP_MS - System.currentTimeMillis();
            if (wait > 0) {
                PauseTransition later = new PauseTransition(javafx.util.Duration.millis(wait));
                later.setOnFinished(e -> due());
                later.play();
                return;
            }
            Change c;
            synchronized (this) {
                if (topics.isEmpty() && !everything) {
                    waiting = false;
                    return;
                }
                c = new Change(Set.copyOf(topics), Set.copyOf(actors), everything, reconnected);
                topics.clear();
                actors.clear();
                everything = false;
                reconnected = false;
                waiting = false;
            }
            last = System.currentTimeMillis();
            onFx.accept(c);
        }
    }
}
