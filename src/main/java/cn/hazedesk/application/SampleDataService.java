package cn.hazedesk.application;

import cn.hazedesk.domain.audit.AuditDetail;
import cn.hazedesk.domain.access.Action;
import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.application.port.AuditLog;
import cn.hazedesk.application.port.EnterpriseStore;
import cn.hazedesk.application.port.MetaStore;
import cn.hazedesk.application.port.SampleListSource;
import cn.hazedesk.application.port.Transactions;
import cn.hazedesk.domain.enterprise.Enterprise;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The bundled sample list: loaded once into an empty database on first start, marked as sample data,
 * and removable. Once removed (or once real data exists) it is never loaded again.
 */
public final class SampleDataService {
    static final String STATE_KEY = "sample_data";
    static final String LOADED = "loaded";
    static final String REMOVED = "removed";

    private final Transactions tx;
    private final EnterpriseStore enterprises;
    private final MetaStore meta;
    private final AuditLog audit;
    private final SampleListSource source;
    private final Clock clock;
    private final ListRewrite rewrite;

    public SampleDataService(Transactions tx, EnterpriseStore enterprises, MetaStore meta, AuditLog audit,
                             SampleListSource source, ListRewrite rewrite, Clock clock) {
        this.rewrite = rewrite;
        this.tx = tx;
        this.enterprises = enterprises;
        this.meta = meta;
        this.audit = audit;
        this.source = source;
        this.clock = clock;
    }

    /** Loads the sample list if this data folder never had one and holds no list; returns how many enterprises. */
    public int loadIfFirstStart(String actor) {
        return tx.inTransaction(() -> {
            Optional<String> state = meta.get(STATE_KEY);
            if (state.isPresent() || !enterprises.summary().empty()) {
                return 0;
            }
            List<Enterprise> sample = source.load();
            enterprises.insertAll(sample, true);
            meta.put(STATE_KEY, LOADED);
            int lines = sample.stream().mapToInt(e -> e.lines().size()).sum();
            audit.record(clock.instant(), actor, "sample.load", "sample", AuditDetail.of("sample.load")
                    .with("enterprises", sample.size()).with("lines", lines));
            return sample.size();
        });
    }

    /**
     * Removes every enterprise marked as sample data; real entries stay. Like an import, the list without the sample
     * is written on a copy of the database, which replaces it in one rename ({@link ListRewrite}), so an interruption
     * leaves the list with or without the whole sample. Returns how many were removed.
     */
    public int removeSample(Actor by) {
        Access.require(by, Action.SAMPLE_REMOVE);
        String actor = by.name();
        Instant now = clock.instant();
        if (tx.inTransaction(() -> enterprises.summary().sampleEnterprises()) == 0) {
            // nothing to remove: no new version (it would copy the whole list), only the state and the record
            tx.inTransaction(() -> {
                meta.put(STATE_KEY, REMOVED);
                audit.record(now, actor, "sample.remove", "sample", AuditDetail.of("sample.remove").with("enterprises", 0));
            });
            return 0;
        }
        return rewrite.run(stored -> {
            List<Long> keep = stored.stream().filter(s -> !s.sample()).map(StoredEnterprise::id).toList();
            return new ListRewrite.Plan<>(keep, List.of(), List.of(), stored.size() - keep.size());
        }, removed -> {
            meta.put(STATE_KEY, REMOVED);
            audit.record(now, actor, "sample.remove", "sample", AuditDetail.of("sample.remove")
                    .with("enterprises", removed));
        }, now, actor, ProgressListener.NONE, CancelToken.NONE);
    }

    public ListSummary summary() {
        return enterprises.summary();
    }
}
