package cn.hazedesk.application;

import cn.hazedesk.application.port.ChangeLog;
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
 * list). The new list is written as a new version beside the current one, in small committed transactions that no
 * reader sees; then one small transaction checks that nothing else changed the list meanwhile, makes the new version
 * current and records what was done; the old version is deleted afterwards, again in small transactions.
 * Interrupted at any moment (cancel, error, a killed process, a full disk), the current version is either the old
 * list or the new one, whole; rows of a version that never became current are discarded next time.
 */
public final class ListRewrite {
    private static final Logger LOG = LoggerFactory.getLogger(ListRewrite.class);
    /** Enterprises per transaction while writing a version (about 4 lines each). */
    static final int BATCH = 500;
    /** Rows per transaction while discarding. */
    static final int DISCARD = 1000;

    private final Transactions tx;
    private final EnterpriseStore store;
    private final ListVersions versions;
    private final ChangeLog changeLog;

    public ListRewrite(Transactions tx, EnterpriseStore store, ListVersions versions, ChangeLog changeLog) {
        this.tx = tx;
        this.store = store;
        this.versions = versions;
        this.changeLog = changeLog;
    }

    /**
     * What the new version holds, worked out from the current list: stored enterprises kept as they are (by id),
     * enterprises written from new content, the change history to record with them, and the caller's own result.
     */
    public record Plan<T>(List<Long> keep, List<Enterprise> write, List<ChangeLog.Entry> changes, T outcome) {
    }

    /**
     * Builds the version {@code plan} describes for the current list, then makes it current in one small transaction
     * that also runs {@code atCommit} with the plan's outcome (an audit record, a setting).
     *
     * @throws CancelledException when cancelled before the commit point (the list is unchanged)
     * @throws ListChangedException when the list was changed by something else meanwhile (the list is unchanged)
     */
    public <T> T run(Function<List<StoredEnterprise>, Plan<T>> plan, Consumer<T> atCommit, Instant at, String actor,
                     ProgressListener progress, CancelToken cancel) {
        discardStale(cancel);
        ListVersions.Build build = tx.inTransaction(versions::begin);
        try {
            List<StoredEnterprise> stored = tx.inTransaction(store::loadAll);
            Plan<T> p = plan.apply(stored);
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
            cancel.check();
            LOG.info("List version {}: written, making it current", build.version());
            tx.inTransaction(() -> {
                if (!versions.makeCurrent(build)) {
                    throw new ListChangedException();
                }
                atCommit.accept(p.outcome());
            });
            versions.persist();
            LOG.info("List version {} is current", build.version());
            progress.progress(total, total, "list.progress.writing");
            discardQuietly(build.version());
            return p.outcome();
        } catch (RuntimeException e) {
            LOG.warn("List version {} abandoned: {}", build.version(), e.toString());
            discardQuietly(build.version());
            throw e;
        }
    }

    /** Deletes every row of a version that is not current, in small transactions (at start and before a write). */
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

    /** Tidies up after a write; if that fails (the disk is full, the process ends) the next start does it. */
    private void discardQuietly(long version) {
        try {
            discardStale(CancelToken.NONE);
        } catch (RuntimeException e) {
            LOG.warn("Rows of list versions other than the current one are left for the next start (after version {}): {}",
                    version, e.toString());
        }
    }

    private static <E> List<List<E>> chunks(List<E> all, int size) {
        List<List<E>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return out;
    }
}
