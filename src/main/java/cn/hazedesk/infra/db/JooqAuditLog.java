package cn.hazedesk.infra.db;

import cn.hazedesk.application.ChangeTopics;
import cn.hazedesk.application.port.AuditLog;
import cn.hazedesk.application.port.ChangeFeed;
import cn.hazedesk.domain.audit.AuditDetail;
import cn.hazedesk.domain.audit.AuditChain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static cn.hazedesk.infra.db.generated.Tables.AUDIT_EVENT;
import static cn.hazedesk.infra.db.generated.Tables.AUDIT_HEAD;

/**
 * Appends audit records to the hash chain (docs/access.md): in the caller's transaction, the head row is locked,
 * the record inserted, its hash computed over the head's hash and its content as stored (times to the microsecond,
 * the column's precision), and the head moved to it. Two writers are serialised by the head row's lock. The record
 * also announces, in the same transaction, what the action changed to other seats ({@link ChangeTopics}).
 */
public final class JooqAuditLog implements AuditLog {
    private final JooqTransactions tx;
    private final ZoneId zone;
    private final ChangeFeed feed;

    public JooqAuditLog(JooqTransactions tx, ZoneId zone) {
        this(tx, zone, ChangeFeed.NONE);
    }

    /** {@code feed}: where what a recorded action changed is announced to other seats (shared mode). */
    public JooqAuditLog(JooqTransactions tx, ZoneId zone, ChangeFeed feed) {
        this.tx = tx;
        this.zone = zone;
        this.feed = feed;
    }

    @Override
    public void record(Instant when, String actor, String action, String subject, AuditDetail detail) {
        insert(when, actor, action, subject, detail.stored(), null);
    }

    @Override
    public void record(Instant when, String actor, String action, String subject, AuditDetail detail, long episodeId) {
        insert(when, actor, action, subject, detail.stored(), episodeId);
    }

    private void insert(Instant when, String actor, String action, String subject, String detail, Long episodeId) {
        var d = tx.dsl();
        var head = d.selectFrom(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1)).forUpdate().fetchSingle();
        LocalDateTime at = LocalDateTime.ofInstant(when, zone).truncatedTo(ChronoUnit.MICROS);
        long id = d.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, at)
                .set(AUDIT_EVENT.ACTOR, actor)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.SUBJECT, subject)
                .set(AUDIT_EVENT.DETAIL, detail)
                .set(AUDIT_EVENT.EPISODE_ID, episodeId)
                .returning(AUDIT_EVENT.ID)
                .fetchSingle()
                .getId();
        String hash = AuditChain.hash(head.getLastHash(),
                new AuditChain.Entry(id, at, actor, action, subject, detail, episodeId));
        d.update(AUDIT_EVENT).set(AUDIT_EVENT.PREV_HASH, head.getLastHash()).set(AUDIT_EVENT.HASH, hash)
                .where(AUDIT_EVENT.ID.eq(id)).execute();
        d.update(AUDIT_HEAD).set(AUDIT_HEAD.LAST_ID, id).set(AUDIT_HEAD.LAST_HASH, hash)
                .where(AUDIT_HEAD.ID.eq(1)).execute();
        var topics = ChangeTopics.of(action, episodeId);
        if (!topics.isEmpty()) {
            feed.announce(actor, topics);
        }
    }
}
