package cn.hazedesk.infra.db;

import cn.hazedesk.application.port.ListVersions;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.infra.db.generated.tables.records.ListStateRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.impl.DSL;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.hazedesk.infra.db.generated.Tables.ENTERPRISE;
import static cn.hazedesk.infra.db.generated.Tables.ENTERPRISE_CHANGE;
import static cn.hazedesk.infra.db.generated.Tables.LIST_STATE;
import static cn.hazedesk.infra.db.generated.Tables.PRODUCTION_LINE;

/**
 * List versions in H2 (schema V7). {@code list_state} holds the current version, the last one begun and the
 * current one's revision; enterprises carry their version, lines belong to their enterprise. {@link #makeCurrent}
 * is one UPDATE of one row; bulk writes run it on a copy of the database (see {@link Store#copyAside}).
 */
public final class JooqListVersions implements ListVersions {
    private final JooqTransactions tx;

    public JooqListVersions(JooqTransactions tx) {
        this.tx = tx;
    }

    /** The current version, as a sub-query for conditions. */
    static Field<Long> currentField() {
        return DSL.field(DSL.select(LIST_STATE.CURRENT_VERSION).from(LIST_STATE).where(LIST_STATE.ID.eq(1)));
    }

    static long current(DSLContext d) {
        return d.fetchSingle(LIST_STATE, LIST_STATE.ID.eq(1)).getCurrentVersion();
    }

    /** Counts a write to the current version, so that a bulk write begun before it will not become current. */
    static void touch(DSLContext d) {
        d.update(LIST_STATE).set(LIST_STATE.REVISION, LIST_STATE.REVISION.plus(1)).where(LIST_STATE.ID.eq(1)).execute();
    }

    @Override
    public Build begin() {
        DSLContext d = tx.dsl();
        ListStateRecord s = d.selectFrom(LIST_STATE).where(LIST_STATE.ID.eq(1)).forUpdate().fetchSingle();
        long current = s.getCurrentVersion();
        if (d.fetchExists(ENTERPRISE, ENTERPRISE.LIST_VERSION.gt(current))
                || d.fetchExists(ENTERPRISE_CHANGE, ENTERPRISE_CHANGE.LIST_VERSION.gt(current))) {
            throw new IllegalStateException("rows of an unfinished list version remain: discard them first");
        }
        long version = s.getLastVersion() + 1;
        d.update(LIST_STATE).set(LIST_STATE.LAST_VERSION, version).where(LIST_STATE.ID.eq(1)).execute();
        return new Build(version, current, s.getRevision());
    }

    @Override
    public int copy(Build build, List<Long> enterpriseIds) {
        if (enterpriseIds.isEmpty()) {
            return 0;
        }
        DSLContext d = tx.dsl();
        var ids = ENTERPRISE.ID.in(enterpriseIds).and(ENTERPRISE.LIST_VERSION.eq(build.base()));
        Long minId = d.select(DSL.min(ENTERPRISE.ID)).from(ENTERPRISE).where(ids).fetchOne(0, Long.class);
        if (minId == null) {
            return 0;
        }
        // new ids keep the old ones' order and distances: old + offset, all above every id in use
        Long maxId = d.select(DSL.max(ENTERPRISE.ID)).from(ENTERPRISE).where(ids).fetchOne(0, Long.class);
        long offset = SharedLocks.ids(tx, ENTERPRISE.ID, maxId - minId + 1) - minId;
        List<Field<?>> columns = List.of(ENTERPRISE.fields());
        List<Field<?>> values = new ArrayList<>();
        for (Field<?> f : columns) {
            if (f.equals(ENTERPRISE.ID)) {
                values.add(ENTERPRISE.ID.plus(offset));
            } else if (f.equals(ENTERPRISE.LIST_VERSION)) {
                values.add(DSL.val(build.version()));
            } else {
                values.add(f);
            }
        }
        int copied = d.insertInto(ENTERPRISE).columns(columns).select(d.select(values).from(ENTERPRISE).where(ids)).execute();

        var lineCondition = PRODUCTION_LINE.ENTERPRISE_ID.in(enterpriseIds);
        var lineRange = d.select(DSL.min(PRODUCTION_LINE.ID), DSL.max(PRODUCTION_LINE.ID)).from(PRODUCTION_LINE)
                .where(lineCondition).fetchOne();
        Long minLine = lineRange.value1();
        if (minLine != null) {
            long lineOffset = SharedLocks.ids(tx, PRODUCTION_LINE.ID, lineRange.value2() - minLine + 1) - minLine;
            List<Field<?>> lineColumns = List.of(PRODUCTION_LINE.fields());
            List<Field<?>> lineValues = new ArrayList<>();
            for (Field<?> f : lineColumns) {
                if (f.equals(PRODUCTION_LINE.ID)) {
                    lineValues.add(PRODUCTION_LINE.ID.plus(lineOffset));
                } else if (f.equals(PRODUCTION_LINE.ENTERPRISE_ID)) {
                    lineValues.add(PRODUCTION_LINE.ENTERPRISE_ID.plus(offset));
                } else {
                    lineValues.add(f);
                }
            }
            d.insertInto(PRODUCTION_LINE).columns(lineColumns)
                    .select(d.select(lineValues).from(PRODUCTION_LINE).where(lineCondition)).execute();
        }
        return copied;
    }

    @Override
    public void insert(Build build, List<Enterprise> enterprises) {
        if (enterprises.isEmpty()) {
            return;
        }
        DSLContext d = tx.dsl();
        Map<String, Record3<String, LocalDateTime, Boolean>> before = new HashMap<>();
        d.select(ENTERPRISE.USCC, ENTERPRISE.CREATED_AT, ENTERPRISE.IS_SAMPLE).from(ENTERPRISE)
                .where(ENTERPRISE.LIST_VERSION.eq(build.base()))
                .and(ENTERPRISE.USCC.in(enterprises.stream().map(Enterprise::uscc).toList()))
                .forEach(r -> before.put(r.value1(), r));
        LocalDateTime now = LocalDateTime.now();
        JooqEnterpriseStore.writeRows(tx, build.version(), enterprises, e -> {
            Record3<String, LocalDateTime, Boolean> old = before.get(e.uscc());
            return old == null ? new JooqEnterpriseStore.Origin(false, now, null)
                    : new JooqEnterpriseStore.Origin(old.value3(), old.value2(), now);
        });
    }

    @Override
    public boolean makeCurrent(Build build) {
        return tx.dsl().update(LIST_STATE)
                .set(LIST_STATE.CURRENT_VERSION, build.version())
                .set(LIST_STATE.REVISION, LIST_STATE.REVISION.plus(1))
                .where(LIST_STATE.ID.eq(1))
                .and(LIST_STATE.CURRENT_VERSION.eq(build.base()))
                .and(LIST_STATE.REVISION.eq(build.baseRevision()))
                .execute() == 1;
    }

    @Override
    public int discardStale(int limit) {
        DSLContext d = tx.dsl();
        long current = current(d);
        List<Long> ids = d.select(ENTERPRISE.ID).from(ENTERPRISE).where(ENTERPRISE.LIST_VERSION.ne(current))
                .orderBy(ENTERPRISE.ID).limit(limit).fetch(ENTERPRISE.ID);
        if (!ids.isEmpty()) {
            int lines = d.deleteFrom(PRODUCTION_LINE).where(PRODUCTION_LINE.ENTERPRISE_ID.in(ids)).execute();
            return lines + d.deleteFrom(ENTERPRISE).where(ENTERPRISE.ID.in(ids)).execute();
        }
        return d.deleteFrom(ENTERPRISE_CHANGE).where(ENTERPRISE_CHANGE.LIST_VERSION.gt(current)).limit(limit * 4).execute();
    }
}
