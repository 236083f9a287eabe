package cn.hazedesk.infra.db;

import cn.hazedesk.application.ChangeRecord;
import cn.hazedesk.application.port.ChangeLog;
import cn.hazedesk.domain.enterprise.FieldChange;
import cn.hazedesk.infra.db.generated.tables.records.EnterpriseChangeRecord;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static cn.hazedesk.infra.db.generated.Tables.ENTERPRISE_CHANGE;

public final class JooqChangeLog implements ChangeLog {
    private static final int MAX = 2000;
    private static final int BATCH = 2000;
    private final JooqTransactions tx;
    private final ZoneId zone;

    public JooqChangeLog(JooqTransactions tx, ZoneId zone) {
        this.tx = tx;
        this.zone = zone;
    }

    @Override
    public void record(String uscc, String enterpriseName, Instant when, String actor, List<FieldChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        LocalDateTime at = LocalDateTime.ofInstant(when, zone);
        List<EnterpriseChangeRecord> batch = new ArrayList<>();
        for (FieldChange c : changes) {
            EnterpriseChangeRecord r = tx.dsl().newRecord(ENTERPRISE_CHANGE);
            r.setUscc(uscc);
            r.setEnterpriseName(enterpriseName);
            r.setChangedAt(at);
            r.setActor(actor);
            r.setField(c.field());
            r.setLineName(c.lineName());
            r.setOldValue(cut(c.oldValue()));
            r.setNewValue(cut(c.newValue()));
            batch.add(r);
        }
        tx.dsl().batchInsert(batch).execute();
    }

    /** JDBC batches for a whole import instead of one per enterprise. */
    @Override
    public void recordAll(Instant when, String actor, List<Entry> entries, long listVersion) {
        LocalDateTime at = LocalDateTime.ofInstant(when, zone);
        var d = tx.dsl();
        var insert = newBatch(d);
        int pending = 0;
        for (Entry e : entries) {
            for (FieldChange c : e.changes()) {
                insert.bind(e.uscc(), e.enterpriseName(), at, actor, c.field(), c.lineName(), cut(c.oldValue()),
                        cut(c.newValue()), listVersion);
                if (++pending == BATCH) {
                    insert.execute();
                    insert = newBatch(d);
                    pending = 0;
                }
            }
        }
        if (pending > 0) {
            insert.execute();
        }
    }

    private static org.jooq.BatchBindStep newBatch(org.jooq.DSLContext d) {
        return d.batch(d.insertInto(ENTERPRISE_CHANGE, ENTERPRISE_CHANGE.USCC, ENTERPRISE_CHANGE.ENTERPRISE_NAME,
                ENTERPRISE_CHANGE.CHANGED_AT, ENTERPRISE_CHANGE.ACTOR, ENTERPRISE_CHANGE.FIELD,
                ENTERPRISE_CHANGE.LINE_NAME, ENTERPRISE_CHANGE.OLD_VALUE, ENTERPRISE_CHANGE.NEW_VALUE,
                ENTERPRISE_CHANGE.LIST_VERSION)
                .values((String) null, null, null, null, null, null, null, null, null));
    }

    /**
     * Entries written directly, and those of a bulk write whose list version has been made current; never those of
     * a version still being written or abandoned (discarded later).
     */
    static org.jooq.Condition visible() {
        return ENTERPRISE_CHANGE.LIST_VERSION.isNull().or(ENTERPRISE_CHANGE.LIST_VERSION.le(JooqListVersions.currentField()));
    }

    @Override
    public List<ChangeRecord> history(String uscc) {
        return tx.dsl().selectFrom(ENTERPRISE_CHANGE).where(ENTERPRISE_CHANGE.USCC.eq(uscc)).and(visible())
                .orderBy(ENTERPRISE_CHANGE.CHANGED_AT.desc(), ENTERPRISE_CHANGE.ID.desc())
                .fetch(r -> new ChangeRecord(r.getChangedAt(), r.getActor(), r.getField(), r.getLineName(),
                        r.getOldValue(), r.getNewValue()));
    }

    private static String cut(String s) {
        return s == null || s.length() <= MAX ? s : s.substring(0, MAX);
    }
}
