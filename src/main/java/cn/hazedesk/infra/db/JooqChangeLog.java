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

    @Override
    public List<ChangeRecord> history(String uscc) {
        return tx.dsl().selectFrom(ENTERPRISE_CHANGE).where(ENTERPRISE_CHANGE.USCC.eq(uscc))
                .orderBy(ENTERPRISE_CHANGE.CHANGED_AT.desc(), ENTERPRISE_CHANGE.ID.desc())
                .fetch(r -> new ChangeRecord(r.getChangedAt(), r.getActor(), r.getField(), r.getLineName(),
                        r.getOldValue(), r.getNewValue()));
    }

    private static String cut(String s) {
        return s == null || s.length() <= MAX ? s : s.substring(0, MAX);
    }
}
