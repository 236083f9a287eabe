package cn.hazedesk.infra.db;

import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.impl.DSL;

import static cn.hazedesk.infra.db.generated.Tables.ID_SERIES;
import static cn.hazedesk.infra.db.generated.Tables.LIST_STATE;
import static cn.hazedesk.infra.db.generated.Tables.SHARED_LOCK;

/**
 * What seats on one database must never share (schema V16). Ids: blocks of a table's {@code id_series}, given out
 * in a short transaction of their own ({@link #ids}). Turns: a row of {@code shared_lock}, or the list's
 * {@code list_state} row, locked with {@code SELECT ... FOR UPDATE} until the transaction ends; a second seat asking
 * for the same turn waits for the first one's commit, and its next statement (READ COMMITTED, on H2 and PostgreSQL
 * alike) sees what the first one wrote.
 */
final class SharedLocks {
    static final String EPISODE_CREATE = "episode_create";
    static final String NOTICE_NUMBER = "notice_number";
    static final String GRADE_APPLICATION = "grade_application";
    static final String CAMPAIGN = "campaign";

    private SharedLocks() {
    }

    /** Waits for, and holds until the transaction ends, the turn called {@code name}. */
    static void take(DSLContext d, String name) {
        if (d.select(SHARED_LOCK.NAME).from(SHARED_LOCK).where(SHARED_LOCK.NAME.eq(name)).forUpdate().fetch().isEmpty()) {
            throw new IllegalStateException("no shared lock " + name);
        }
    }

    /**
     * The list's turn: every single write of the current list version (an edit, a new or deleted enterprise, a grade
     * written to the list) takes it before it locks any enterprise row. A whole-list write holds it from the moment it
     * makes its version current until it has deleted the old one's rows, so the two never wait for each other
     * crosswise: the single write waits, then finds its row gone and is refused as changed meanwhile.
     */
    static void list(DSLContext d) {
        d.select(LIST_STATE.ID).from(LIST_STATE).where(LIST_STATE.ID.eq(1)).forUpdate().fetch();
    }

    /**
     * The first of {@code count} consecutive new ids of {@code id}'s table, given to nobody else: the larger of the
     * series' next id and the table's highest id + 1 (rows written before the series existed, or copied in), the
     * series then moved past the block. On the shared server this is committed at once, so another seat's block
     * (or a whole-list import's, still uncommitted) never overlaps it.
     */
    static long ids(JooqTransactions tx, TableField<?, Long> id, long count) {
        String name = id.getTable().getName().toLowerCase(java.util.Locale.ROOT);
        return tx.ownTransaction(d -> {
            Long next = d.select(ID_SERIES.NEXT_ID).from(ID_SERIES).where(ID_SERIES.NAME.eq(name)).forUpdate()
                    .fetchOne(ID_SERIES.NEXT_ID);
            if (next == null) {
                throw new IllegalStateException("no id series " + name);
            }
            Long max = d.select(DSL.max(id)).from(id.getTable()).fetchOne(0, Long.class);
            long first = Math.max(next, max == null ? 1 : max + 1);
            d.update(ID_SERIES).set(ID_SERIES.NEXT_ID, first + Math.max(count, 1)).where(ID_SERIES.NAME.eq(name)).execute();
            return first;
        });
    }
}
