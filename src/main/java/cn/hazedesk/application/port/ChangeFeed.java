package cn.hazedesk.application.port;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What other seats changed, for screens that show it (shared mode: several seats on one PostgreSQL server). A write
 * announces what it changed ({@link Topic}) inside its own transaction, so the news goes out only if the transaction
 * commits (a rolled-back write tells nobody), once per transaction and topic. Screens subscribe with the topics they
 * show and reload them. A seat is not told of its own writes (its screens reload after them already). When the seat
 * may have missed news (its connection to the server was lost and is back), every subscriber is told to reload
 * everything. With the data folder's own H2 file there is one seat and no other seat's news: {@link #NONE}.
 */
public interface ChangeFeed extends AutoCloseable {
    /** What changed: an episode's head, the orders of an episode (tracking, inspections), or the enterprise list. */
    record Topic(Kind kind, long episodeId) {
        public enum Kind { EPISODE, ORDERS, LIST }

        public static Topic episode(long id) {
            return new Topic(Kind.EPISODE, id);
        }

        public static Topic orders(long episodeId) {
            return new Topic(Kind.ORDERS, episodeId);
        }

        public static Topic list() {
            return new Topic(Kind.LIST, 0);
        }

        /** As sent between seats: {@code episode:12}, {@code orders:12}, {@code list}. */
        public String wire() {
            return kind == Kind.LIST ? "list" : kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + episodeId;
        }

        /** The topic {@link #wire()} wrote, or empty for anything else (a newer seat's topic this one does not know). */
        public static Optional<Topic> parse(String wire) {
            if ("list".equals(wire)) {
                return Optional.of(list());
            }
            int colon = wire.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            try {
                long id = Long.parseLong(wire.substring(colon + 1));
                return switch (wire.substring(0, colon)) {
                    case "episode" -> Optional.of(episode(id));
                    case "orders" -> Optional.of(orders(id));
                    default -> Optional.empty();
                };
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * News for one subscriber: the topics it asked for that changed (with who changed them, as far as known), or
     * {@code everything} when news may have been missed and all it shows should be reloaded: because the seat has just
     * begun to listen, or because it listens again after its connection was lost ({@code reconnected}).
     */
    record Change(Set<Topic> topics, Set<String> actors, boolean everything, boolean reconnected) {
        /** The seat has just begun to listen: what a screen loaded before may be out of date. */
        public static Change listening() {
            return new Change(Set.of(), Set.of(), true, false);
        }

        /** The seat listens again after its connection was lost: news sent meanwhile was missed. */
        public static Change afterReconnect() {
            return new Change(Set.of(), Set.of(), true, true);
        }
    }

    /** Told on the feed's own thread: hand the work on, never block it. */
    @FunctionalInterface
    interface Listener {
        void changed(Change change);
    }

    /** Stops the news for one subscriber (a screen that closed). */
    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Announces, inside the writing transaction, what {@code actor} changed; sent to the other seats when it commits
     * (a topic once per transaction).
     */
    void announce(String actor, Collection<Topic> topics);

    /** {@code listener} hears of the topics {@code interest} accepts that other seats changed, and of missed news. */
    Subscription subscribe(Predicate<Topic> interest, Listener listener);

    /** Stops listening (the seat closes its database). */
    @Override
    void close();

    /** One seat (the data folder's H2 file): nobody else writes, nothing to tell. */
    ChangeFeed NONE = new ChangeFeed() {
        @Override
        public void announce(String actor, Collection<Topic> topics) {
        }

        @Override
        public Subscription subscribe(Predicate<Topic> interest, Listener listener) {
            return () -> { };
        }

        @Override
        public void close() {
        }
    };
}
