package cn.hazedesk.application;

import cn.hazedesk.application.port.ChangeLog;
import cn.hazedesk.application.port.BulkWrites;
import cn.hazedesk.application.port.EnterpriseStore;
import cn.hazedesk.application.port.ListVersions;
import cn.hazedesk.application.port.Transactions;
import cn.hazedesk.domain.enterprise.Enterprise;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes the whole list anew with a tiny commit point, for every bulk write (import, replace, removing the sample
 * list). The work is one atomic bulk write ({@link BulkWrites}): on PostgreSQL (shared mode) one transaction on the
 * live database; on the data folder's H2 file a private copy of the database, as follows. The new list is written there
 * as a new version beside the current one, made current there together with what the caller records (an audit
 * record, a setting), and the old version deleted there; then the copy, closed, replaces the database file in one
 * atomic rename, the commit point. The database file in use never holds a bulk write half done, so a process killed
 * at any moment (or a cancel, an error, a full disk) leaves the list as it was before, whole, or, once the rename is
 * done, as it is after, whole; a copy left behind is thrown away at the next start.
 * <p>Why not in the file in use, in small transactions: H2 does not reliably undo a transaction a killed process left
 * unfinished (it may keep part of it and leave an index naming rows that are not there, on which the next start's
 * writes wait until a lock timeout, or for ever). See README, "Crash safety".
 */
public final class ListRewrite {
    private static final Logger LOG = LoggerFactory.getLogger(ListRewrite.class);
    /** Enterprises per transaction while writing a version (about 4 lines each). */
    static final int BATCH = 500;
    /** Rows per transaction while discarding. */
    static final int DISCARD = 1000;
    /** Enterprises per transaction while deleting the old version on the copy. */
    static final int DISCARD_ON_COPY = 5000;

    private final Transactions tx;
    private final EnterpriseStore store;
    private final ListVersions versions;
    private final ChangeLog changeLog;
    private final BulkWrites bulkWrites;

    public ListRewrite(Transactions tx, EnterpriseStore store, ListVersions versions, ChangeLog changeLog,
                       BulkWrites bulkWrites) {
        this.tx = tx;
        this.store = store;
        this.versions = versions;
        this.changeLog = changeLog;
        this.bulkWrites = bulkWrites;
    }

    /**
     * What the new version holds, worked out from the current list: stored enterprises kept as they are (by id),
     * enterprises written from new content, the change history to record with them, and the caller's own result.
     */
    public record Plan<T>(List<Long> keep, List<Enterprise> write, List<ChangeLog.Entry> changes, T outcome) {
    }

    /**
     * Builds the version {@code plan} describes for the current list on a copy of the database, makes it current
     * there with {@code atCommit} (run with the plan's outcome: an audit record, a setting), and puts the copy in
     * place of the database in one step.
     *
     * @throws CancelledException when cancelled before the commit point (the list is unchanged)
     * @throws ListChangedException when the database was written by something else meanwhile (the list is unchanged)
     */
    public <T> T run(Function<List<StoredEnterprise>, Plan<T>> plan, Consumer<T> atCommit, Instant at, String actor,
                     ProgressListener progress, CancelToken cancel) {
        discardStale(cancel);
        // the version's number is taken first, in a small transaction of its own: the bulk write then holds no lock
        // on the list's state until its commit point, so other seats' edits meanwhile (shared mode) are not held up
        // but make the switch fail (ListChangedException), as on the H2 file
        ListVersions.Build build = tx.inTransaction(versions::begin);
        long version = build.version();
        try (BulkWrites.Bulk copy = bulkWrites.begin()) {
            List<StoredEnterprise> stored = copy.run(() -> tx.inTransaction(store::loadAll));
            // worked out outside the copy: whatever the caller does meanwhile happens to the database itself
            Plan<T> p = plan.apply(stored);
            copy.run(() -> {
                write(build, p, at, actor, progress, cancel);
                return null;
            });
            cancel.check();
            LOG.info("List version {}: written, making it current (on the copy, which then replaces the database)",
                    build.version());
            copy.run(() -> {
                tx.inTransaction(() -> {
                    if (!versions.makeCurrent(build)) {
                        throw new ListChangedException();
                    }
                    atCommit.accept(p.outcome());
                });
                int n;
                do {
                    n = tx.inTransaction(() -> versions.discardStale(DISCARD_ON_COPY));
                } while (n > 0);
                return null;
            });
            cancel.check();
            if (!copy.commit()) {
                throw new ListChangedException();
            }
            LOG.info("List version {} is current", build.version());
            progress.progress(p.keep().size() + p.write().size(), p.keep().size() + p.write().size(), "list.progress.writing");
            return p.outcome();
        } catch (RuntimeException e) {
            LOG.warn("List version {} abandoned (the database is as it was): {}", version, e.toString());
            throw e;
        }
    }

    /** Writes the new version's rows and change entries, a batch per transaction. */
    private <T> void write(ListVersions.Build build, Plan<T> p, Instant at, String actor, ProgressListener progress,
                           CancelToken cancel) {
        long total = (long) p.keep().size() + p.write().size();
        long done = 0;
        LOG.info("List version {}: writing {} enterprises ({} kept, {} new or changed) beside version {}",
                build.version(), total, p.keep().size(), p.write().size(), build.base());
        progress.progress(done, total, "list.progress.writing");
        for (List<Long> chunk : chunks(p.keep(), BATCH)) {
            cancel.check();
            tx.inTransaction(() -> versions.copy(build, chunk));
            done += chunk.size();
            progress.progress(done, total, "list.progress.writing");
        }
        for (List<Enterprise> chunk : chunks(p.write(), BATCH)) {
            cancel.check();
            tx.inTransaction(() -> versions.insert(build, chunk));
            done += chunk.size();
            progress.progress(done, total, "list.progress.writing");
        }
        for (List<ChangeLog.Entry> chunk : chunks(p.changes(), BATCH * 4)) {
            cancel.check();
            tx.inTransaction(() -> changeLog.recordAll(at, actor, chunk, build.version()));
        }
    }

    /**
     * Deletes every row of a version that is not current, in small transactions (at start and before a write). Bulk
     * writes leave none in the database since they are done on a copy; this tidies what an earlier HazeDesk, which
     * wrote versions in the database itself, may have left.
     */
    public int discardStale(CancelToken cancel) {
        int total = 0;
        int n;
        do {
            cancel.check();
            n = tx.inTransaction(() -> versions.discardStale(DISCARD));
            total += n;
        } while (n > 0);
        if (total > 0) {
            LOG.info("Discarded {} rows of list versions that are not current", total);
        }
        return total;
    }

    private static <E> List<List<E>> chunks(List<E> all, int size) {
        List<List<E>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return out;
    }
}
