package cn.hazedesk.infra.db;

import cn.hazedesk.application.AuditEntry;
import cn.hazedesk.application.AuditFilter;
import cn.hazedesk.application.port.AuditQuery;
import cn.hazedesk.infra.db.generated.tables.records.AuditEventRecord;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import java.util.List;

import static cn.hazedesk.infra.db.generated.Tables.AUDIT_EVENT;

/**
 * The audit trail read with SQL: the filter becomes the WHERE clause and the page LIMIT/OFFSET, so that a trail of
 * 100,000 records never travels to the UI whole. Times are compared as stored (the store's wall-clock time).
 */
public final class JooqAuditQuery implements AuditQuery {
    private final JooqTransactions tx;

    public JooqAuditQuery(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return tx.dsl().selectFrom(AUDIT_EVENT).where(condition(filter))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(limit).offset(offset)
                .fetch(JooqAuditQuery::entry);
    }

    @Override
    public long count(AuditFilter filter) {
        return tx.dsl().fetchCount(AUDIT_EVENT, condition(filter));
    }

    @Override
    public List<String> actions() {
        return tx.dsl().selectDistinct(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ACTION)
                .fetch(AUDIT_EVENT.ACTION);
    }

    @Override
    public List<AuditEntry> forSubject(String subject) {
        return tx.dsl().selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SUBJECT.eq(subject))
                .orderBy(AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ID)
                .fetch(JooqAuditQuery::entry);
    }

    private static Condition condition(AuditFilter f) {
        Condition c = DSL.noCondition();
        if (f.from() != null) {
            c = c.and(AUDIT_EVENT.OCCURRED_AT.ge(f.from().atStartOfDay()));
        }
        if (f.to() != null) {
            c = c.and(AUDIT_EVENT.OCCURRED_AT.lt(f.to().plusDays(1).atStartOfDay()));
        }
        if (f.actor() != null) {
            c = c.and(f.actorExact() ? AUDIT_EVENT.ACTOR.eq(f.actor()) : AUDIT_EVENT.ACTOR.containsIgnoreCase(f.actor()));
        }
        if (f.action() != null) {
            c = c.and(AUDIT_EVENT.ACTION.eq(f.action()));
        }
        if (f.text() != null) {
            c = c.and(AUDIT_EVENT.SUBJECT.containsIgnoreCase(f.text()).or(AUDIT_EVENT.DETAIL.containsIgnoreCase(f.text())));
        }
        return c;
    }

    private static AuditEntry entry(AuditEventRecord r) {
        return new AuditEntry(r.getId(), r.getOccurredAt(), r.getActor(), r.getAction(), r.getSubject(),
                r.getDetail() == null ? "" : r.getDetail());
    }
}
