package cn.hazedesk.application.port;

import cn.hazedesk.application.EnterpriseRow;
import cn.hazedesk.application.ListSummary;
import cn.hazedesk.application.StoredEnterprise;
import cn.hazedesk.domain.enterprise.Enterprise;

import java.util.List;
import java.util.Optional;

/**
 * The stored emergency-reduction list: its current version (see {@link ListVersions}). Writes join the caller's
 * transaction and are for single enterprises; whole-list writes go through {@link ListVersions}.
 */
public interface EnterpriseStore {
    ListSummary summary();

    /** Every enterprise with its line count and totals, ordered by district and name. */
    List<EnterpriseRow> rows();

    Optional<StoredEnterprise> find(long id);

    Optional<StoredEnterprise> findByUscc(String uscc);

    /**
     * Takes the list's turn for the rest of the transaction (every single write of the list takes it): a check made
     * after it (a credit code not yet on the list) holds until the write, since another seat's write waits.
     */
    void lockList();

    /** The whole list with lines, ordered by district and name. */
    List<StoredEnterprise> loadAll();

    /**
     * A page of the list with lines, in id order: at most {@code limit} enterprises with ids above {@code afterId}
     * (empty after the last). For work that takes one enterprise at a time, so the whole list is never held at once.
     */
    List<StoredEnterprise> loadPage(long afterId, int limit);

    /** Inserts enterprises with their lines in batches; {@code sample} marks bundled sample data. */
    void insertAll(List<Enterprise> enterprises, boolean sample);

    /** Inserts one enterprise; returns its id. */
    long insert(Enterprise enterprise, boolean sample);

    /** Replaces the stored enterprise's fields and lines. */
    /**
     * Replaces the stored enterprise {@code id} if its row is still at {@code expectedVersion}, raising the version;
     * returns false, changing nothing, when the row was changed since (or is gone). Two seats saving the same reading
     * at once: one of them gets false.
     */
    boolean update(long id, long expectedVersion, Enterprise enterprise);

    void delete(long id);
}
