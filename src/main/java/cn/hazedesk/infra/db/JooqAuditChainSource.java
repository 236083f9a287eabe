package cn.hazedesk.infra.db;

import cn.hazedesk.application.port.AuditChainSource;
import cn.hazedesk.domain.audit.AuditChain;

import java.util.function.Consumer;

import static cn.hazedesk.infra.db.generated.Tables.AUDIT_EVENT;
import static cn.hazedesk.infra.db.generated.Tables.AUDIT_HEAD;

/** Reads the audit chain with a forward-only cursor in pages of 2,000 rows. */
public final class JooqAuditChainSource implements AuditChainSource {
    private final JooqTransactions tx;

    public JooqAuditChainSource(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void each(Consumer<AuditChain.Stored> sink) {
        try (var cursor = tx.dsl().select(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR, AUDIT_EVENT.ACTION,
                        AUDIT_EVENT.SUBJECT, AUDIT_EVENT.DETAIL, AUDIT_EVENT.EPISODE_ID, AUDIT_EVENT.PREV_HASH, AUDIT_EVENT.HASH)
                .from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetchSize(2000).fetchLazy()) {
            for (var r : cursor) {
                sink.accept(new AuditChain.Stored(new AuditChain.Entry(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7()), r.value8(), r.value9()));
            }
        }
    }

    @Override
    public Head head() {
        var h = tx.dsl().selectFrom(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1)).fetchOptional();
        return h.map(r -> new Head(r.getLastId(), r.getLastHash())).orElse(new Head(0, AuditChain.GENESIS));
    }
}
