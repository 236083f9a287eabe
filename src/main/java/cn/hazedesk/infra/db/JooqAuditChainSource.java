package cn.hazedesk.infra.db;

import cn.hazedesk.application.port.AuditChainSource;
import cn.hazedesk.domain.audit.AuditChain;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.function.Consumer;

import static cn.hazedesk.infra.db.generated.Tables.AUDIT_HEAD;

/**
 * Reads the audit chain for its verification (at every start: 100,000 records within 2 s). One query, streamed:
 * plain JDBC on the transaction's connection (jOOQ's records and converters cost as much as the reading itself here),
 * with H2's lazy execution for the query so that the rows are not first gathered into a result of 100,000 rows.
 */
public final class JooqAuditChainSource implements AuditChainSource {
    private static final String SELECT = "SELECT id, occurred_at, actor, action, subject, detail, episode_id, prev_hash, hash"
            + " FROM audit_event ORDER BY id";
    private final JooqTransactions tx;

    public JooqAuditChainSource(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void each(Consumer<AuditChain.Stored> sink) {
        org.jooq.DSLContext d = tx.dsl();
        boolean h2 = d.family() == org.jooq.SQLDialect.H2; // PostgreSQL streams by the fetch size inside a transaction
        d.connection(c -> {
            if (h2) {
                lazy(c, true);
            }
            try (PreparedStatement ps = c.prepareStatement(SELECT, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(2000);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        long episode = r.getLong(7);
                        Long episodeId = r.wasNull() ? null : episode;
                        sink.accept(new AuditChain.Stored(new AuditChain.Entry(r.getLong(1),
                                r.getObject(2, LocalDateTime.class), r.getString(3), r.getString(4), r.getString(5),
                                r.getString(6), episodeId), r.getString(8), r.getString(9)));
                    }
                }
            } finally {
                if (h2) {
                    lazy(c, false); // the connection goes back to the pool as it came
                }
            }
        });
    }

    private static void lazy(java.sql.Connection c, boolean on) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
        }
    }

    @Override
    public Head head() {
        var h = tx.dsl().selectFrom(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1)).fetchOptional();
        return h.map(r -> new Head(r.getLastId(), r.getLastHash())).orElse(new Head(0, AuditChain.GENESIS));
    }
}
