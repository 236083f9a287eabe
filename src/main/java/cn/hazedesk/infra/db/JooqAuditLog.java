package cn.hazedesk.infra.db;

import cn.hazedesk.application.port.AuditLog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static cn.hazedesk.infra.db.generated.Tables.AUDIT_EVENT;

public final class JooqAuditLog implements AuditLog {
    private final JooqTransactions tx;
    private final ZoneId zone;

    public JooqAuditLog(JooqTransactions tx, ZoneId zone) {
        this.tx = tx;
        this.zone = zone;
    }

    @Override
    public void record(Instant when, String actor, String action, String subject, String detail) {
        insert(when, actor, action, subject, detail, null);
    }

    @Override
    public void record(Instant when, String actor, String action, String subject, String detail, long episodeId) {
        insert(when, actor, action, subject, detail, episodeId);
    }

    private void insert(Instant when, String actor, String action, String subject, String detail, Long episodeId) {
        tx.dsl().insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, LocalDateTime.ofInstant(when, zone))
                .set(AUDIT_EVENT.ACTOR, actor)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.SUBJECT, subject)
                .set(AUDIT_EVENT.DETAIL, detail)
                .set(AUDIT_EVENT.EPISODE_ID, episodeId)
                .execute();
    }
}
