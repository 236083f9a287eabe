package cn.hazedesk.application.port;

import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.response.ResponseOrder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Warning episodes with their consultations and proposals, response orders and their tracking. */
public interface EpisodeStore {
    /**
     * The next episode id. Takes the episodes' turn for the rest of the transaction: another seat creating an
     * episode meanwhile waits, then sees this one.
     */
    long nextId();

    /**
     * The episode, locked for the rest of the transaction: a second seat acting on it waits until this transaction
     * ends and then reads what it stored, so every change is checked against the stored state.
     */
    Optional<Episode> findForChange(long id);

    /**
     * The episode, kept from changing for the rest of the transaction while other seats may take steps of its orders
     * at the same time (a shared lock on the shared server): a change of the episode (a publication superseding its
     * orders) waits for the steps, and a step waits for such a change and then sees it.
     */
    Optional<Episode> findForStep(long id);

    /**
     * Takes the notice numbers' turn for the rest of the transaction (checking a number against every number given,
     * then giving it): two seats publishing at once check one after the other.
     */
    void lockNumbers();

    /** Writes the episode: its row, district levels, consultations and proposals (new ones added, open ones updated). */
    void save(Episode e);

    Optional<Episode> find(long id);

    Optional<Episode> findByNumber(String number);

    /** Every episode, newest first, without its consultations' days (for lists). */
    List<Episode> all();

    /** Stores a round of orders; gives them ids. */
    void insertOrders(long episodeId, int round, int proposalSeq, List<ResponseOrder> orders);

    /** Marks every not yet superseded order of the episode from rounds before {@code round} superseded at {@code at}. */
    int supersedeBefore(long episodeId, int round, Instant at);

    /** The episode's orders, current round first then superseded ones; each with its tracking. */
    List<StoredOrder> orders(long episodeId);

    Optional<StoredOrder> order(long orderId);

    /** Sets one tracking step of an order if it is not set yet; false when it was already set. */
    boolean track(long orderId, TrackStep step, Instant at, String by);

    long addInspection(long orderId, Inspection i);

    List<Inspection> inspections(long orderId);

    void setObservedAqi(long episodeId, String regionCode, LocalDate day, Integer aqi);

    /** region code → day → AQI. */
    Map<String, Map<LocalDate, Integer>> observedAqi(long episodeId);

    /** The number of the episode's summary evaluation report, once given. */
    Optional<String> summaryNumber(long episodeId);

    /** Gives (or changes, null clears) the number of the episode's summary evaluation report. */
    void setSummaryNumber(long episodeId, String number);

    /** Every summary report number given, in any episode. */
    List<String> summaryNumbers();

    /** The episode's audit records, oldest first. */
    List<TimelineEntry> timeline(long episodeId);

    record TimelineEntry(Instant at, String actor, String action, String subject, String detail) {
    }

    enum TrackStep { DELIVERED, ACKNOWLEDGED, IMPLEMENTED }

    /** An order as stored, with its tracking and how many inspections (and non-compliant ones) it has. */
    record StoredOrder(long id, long episodeId, int round, int proposalSeq, ResponseOrder order, Instant supersededAt,
                       Instant deliveredAt, String deliveredBy, Instant acknowledgedAt, String acknowledgedBy,
                       Instant implementedAt, String implementedBy, int inspections, int nonCompliant) {
        public boolean current() {
            return supersededAt == null;
        }
    }

    /** One inspection (督查) of an enterprise under an order. */
    record Inspection(long id, long orderId, Instant inspectedAt, String inspector, String finding, boolean compliant,
                      String photoPath, String recordedBy, Instant recordedAt) {
    }
}
