package cn.hazedesk.infra.db;

import cn.hazedesk.application.port.ChangeFeed;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.ref.WeakReference;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Shared mode's news between seats, by PostgreSQL's LISTEN/NOTIFY. A write announces a topic with {@code pg_notify}
 * in its own transaction: the server delivers it when the transaction commits and drops it when it rolls back, and
 * this seat sends a topic once per transaction (an import of 50,000 lines is one piece of news). Each piece carries
 * the seat's own random name, so a seat skips its own news. Each seat listens, from its first subscriber on, on one
 * connection of its own (not one of the pool's), polled by a daemon thread; news received together is handed on
 * together, and subscribers are told to reload everything once it listens (they may have loaded before). When that connection
 * fails (the server restarted, the network dropped it) the thread connects again, listens again and tells every
 * subscriber to reload everything, since news sent meanwhile was lost. A silent network is found out by a query every
 * {@link #PROBE_MS} without news, which fails within the connection's socket timeout.
 */
public final class PostgresChangeFeed implements ChangeFeed {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeFeed.class);
    static final String CHANNEL = "hazedesk_changes";
    private static final int POLL_MS = 250;
    private static final long PROBE_MS = 10_000;
    private static final long RETRY_MIN_MS = 1_000;
    private static final long RETRY_MAX_MS = 10_000;

    private record Sent(WeakReference<DSLContext> in, Set<String> topics) {
    }

    private record Subscriber(Predicate<Topic> interest, Listener listener) {
    }

    private final DatabaseSettings settings;
    private final JooqTransactions tx;
    private final DSLContext root;
    private final String seat = UUID.randomUUID().toString().substring(0, 8);
    private final ThreadLocal<Sent> sent = new ThreadLocal<>();
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private Thread thread;
    private volatile boolean closed;

    /**
     * What other seats change, and where this seat's writes announce theirs: LISTEN/NOTIFY on the PostgreSQL server
     * in shared mode; nothing with the data folder's own H2 file (one seat).
     */
    public static ChangeFeed of(Store store, JooqTransactions tx) {
        return store.engine() == Engine.H2 ? ChangeFeed.NONE
                : new PostgresChangeFeed(store.server().orElseThrow(), tx, store.dsl());
    }

    /** Listens from the first subscription on (a command that shows nothing never opens the listening connection). */
    PostgresChangeFeed(DatabaseSettings settings, JooqTransactions tx, DSLContext root) {
        this.settings = settings;
        this.tx = tx;
        this.root = root;
    }

    @Override
    public void announce(String actor, Collection<Topic> topics) {
        DSLContext d = tx.dsl();
        Set<String> already;
        if (d == root) {
            already = new HashSet<>(); // no transaction: each statement commits by itself
        } else {
            Sent s = sent.get();
            if (s == null || s.in().get() != d) {
                s = new Sent(new WeakReference<>(d), new HashSet<>());
                sent.set(s);
            }
            already = s.topics();
        }
        for (Topic t : topics) {
            if (already.add(t.wire())) {
                d.fetch("select pg_notify(?, ?)", CHANNEL, seat + "\t" + t.wire() + "\t" + clean(actor));
            }
        }
    }

    private static String clean(String actor) {
        return actor == null ? "" : actor.replace('\t', ' ');
    }

    @Override
    public Subscription subscribe(Predicate<Topic> interest, Listener listener) {
        Subscriber s = new Subscriber(interest, listener);
        subscribers.add(s);
        start();
        return () -> subscribers.remove(s);
    }

    private synchronized void start() {
        if (thread == null && !closed) {
            thread = new Thread(this::run, "hazedesk-changes");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** How many screens follow the news now (a screen that closed no longer does). */
    public int subscribers() {
        return subscribers.size();
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            closed = true;
            t = thread;
        }
        subscribers.clear();
        if (t != null) {
            t.interrupt();
            try {
                t.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Connection listen() throws SQLException {
        Connection c = PostgresPool.listenerConnection(settings);
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + CHANNEL);
        } catch (SQLException | RuntimeException e) {
            quietly(c);
            throw e;
        }
        return c;
    }

    private void run() {
        Connection c = null;
        long retry = RETRY_MIN_MS;
        // the screens that subscribed may have loaded before this seat listened: they reload once it does
        boolean lost = true;
        boolean listenedBefore = false;
        while (!closed) {
            try {
                if (c == null) {
                    c = listen();
                    LOG.info("Listening for other seats' changes on {}", settings.describe());
                    retry = RETRY_MIN_MS;
                }
                if (lost) {
                    lost = false;
                    tell(listenedBefore ? Change.afterReconnect() : Change.listening());
                    listenedBefore = true;
                }
                poll(c.unwrap(PGConnection.class), c);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    break;
                }
                if (c != null) {
                    LOG.warn("Lost the connection that listens for other seats' changes: {}", e.toString());
                } else if (retry == RETRY_MIN_MS) {
                    LOG.warn("Cannot listen for other seats' changes yet (trying again): {}", e.toString());
                }
                quietly(c);
                c = null;
                lost = true;
                try {
                    Thread.sleep(retry);
                } catch (InterruptedException stop) {
                    break;
                }
                retry = Math.min(RETRY_MAX_MS, retry * 2);
            }
        }
        quietly(c);
    }

    /** Hands on what arrives until the connection fails or the feed closes. */
    private void poll(PGConnection pg, Connection c) throws SQLException {
        long quietSince = System.currentTimeMillis();
        while (!closed) {
            PGNotification[] got = pg.getNotifications(POLL_MS);
            if (got != null && got.length > 0) {
                quietSince = System.currentTimeMillis();
                deliver(got);
            } else if (System.currentTimeMillis() - quietSince > PROBE_MS) {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT 1");
                }
                quietSince = System.currentTimeMillis();
            }
        }
    }

    private void deliver(PGNotification[] got) {
        Set<Topic> topics = new LinkedHashSet<>();
        Set<String> actors = new LinkedHashSet<>();
        for (PGNotification n : got) {
            String[] parts = n.getParameter().split("\t", -1);
            if (parts.length < 2 || parts[0].equals(seat)) {
                continue;
            }
            Topic.parse(parts[1]).ifPresent(topics::add);
            if (parts.length > 2 && !parts[2].isEmpty()) {
                actors.add(parts[2]);
            }
        }
        if (!topics.isEmpty()) {
            LOG.debug("Other seats changed {}", topics);
            for (Subscriber s : subscribers) {
                Set<Topic> theirs = new LinkedHashSet<>(topics);
                theirs.removeIf(s.interest().negate());
                if (!theirs.isEmpty()) {
                    hand(s, new Change(Set.copyOf(theirs), Set.copyOf(actors), false, false));
                }
            }
        }
    }

    private void tell(Change change) {
        LOG.info("Telling {} screens to reload: changes may have been missed", subscribers.size());
        subscribers.forEach(s -> hand(s, change));
    }

    private static void hand(Subscriber s, Change change) {
        try {
            s.listener().changed(change);
        } catch (RuntimeException e) {
            LOG.warn("A screen failed to take other seats' changes", e);
        }
    }

    private static void quietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("Closing the listening connection reported {}", e.toString());
            }
        }
    }
}
