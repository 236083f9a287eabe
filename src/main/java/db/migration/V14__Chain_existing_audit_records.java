package db.migration;

import cn.hazedesk.domain.audit.AuditChain;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;

/**
 * Chains the audit records written before V13 (docs/access.md): in id order, each gets the hash over the previous
 * one's and its own content, exactly as {@link AuditChain} computes it for new records; the head row points at the
 * last. Flyway runs it in the migration's transaction, so the chain is whole or not there at all.
 */
public class V14__Chain_existing_audit_records extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        String previous = AuditChain.GENESIS;
        long lastId = 0;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, occurred_at, actor, action, subject, detail, episode_id"
                     + " FROM audit_event ORDER BY id");
             PreparedStatement update = c.prepareStatement("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE id = ?")) {
            int pending = 0;
            while (r.next()) {
                long id = r.getLong(1);
                Timestamp at = r.getTimestamp(2);
                long episode = r.getLong(7);
                Long episodeId = r.wasNull() ? null : episode;
                AuditChain.Entry e = new AuditChain.Entry(id, at.toLocalDateTime(), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), episodeId);
                String hash = AuditChain.hash(previous, e);
                update.setString(1, previous);
                update.setString(2, hash);
                update.setLong(3, id);
                update.addBatch();
                if (++pending == 1000) {
                    update.executeBatch();
                    pending = 0;
                }
                previous = hash;
                lastId = id;
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
        try (PreparedStatement head = c.prepareStatement("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1")) {
            head.setLong(1, lastId);
            head.setString(2, previous);
            head.executeUpdate();
        }
    }
}
