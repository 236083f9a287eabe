package cn.hazedesk.infra.db;

import cn.hazedesk.application.port.EpisodeStore.Inspection;
import cn.hazedesk.application.port.EpisodeStore.StoredOrder;
import cn.hazedesk.application.port.EpisodeStore.TrackStep;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.measure.MeasureRule;
import cn.hazedesk.domain.enterprise.TransportRule;
import cn.hazedesk.domain.response.OrderLine;
import cn.hazedesk.domain.response.ResponseOrder;
import cn.hazedesk.infra.db.generated.tables.records.ResponseOrderRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.hazedesk.infra.db.generated.Tables.INSPECTION;
import static cn.hazedesk.infra.db.generated.Tables.RESPONSE_ORDER;
import static cn.hazedesk.infra.db.generated.Tables.RESPONSE_ORDER_LINE;

/**
 * An episode's response orders in H2: each round's orders with their lines written in two batches, superseded
 * rounds marked, the tracking steps (each recorded once), and the inspections of each order with their counts.
 * Part of {@link JooqEpisodeStore}; runs in the caller's transaction.
 */
final class JooqOrderRows {
    private final JooqTransactions tx;
    private final ZoneId zone;

    JooqOrderRows(JooqTransactions tx, ZoneId zone) {
        this.tx = tx;
        this.zone = zone;
    }

    void insertOrders(long episodeId, int round, int proposalSeq, List<ResponseOrder> orders) {
        DSLContext d = tx.dsl();
        long id = SharedLocks.ids(tx, RESPONSE_ORDER.ID, orders.size());
        var head = d.batch(d.insertInto(RESPONSE_ORDER, RESPONSE_ORDER.ID, RESPONSE_ORDER.EPISODE_ID,
                RESPONSE_ORDER.ORDER_ROUND, RESPONSE_ORDER.PROPOSAL_SEQ, RESPONSE_ORDER.USCC, RESPONSE_ORDER.ENTERPRISE_NAME,
                RESPONSE_ORDER.DISTRICT_CODE, RESPONSE_ORDER.DISTRICT_NAME, RESPONSE_ORDER.INDUSTRY, RESPONSE_ORDER.GRADE,
                RESPONSE_ORDER.WARNING_LEVEL, RESPONSE_ORDER.CONTROL_TYPE, RESPONSE_ORDER.ADDRESS,
                RESPONSE_ORDER.CONTACT_NAME, RESPONSE_ORDER.CONTACT_PHONE, RESPONSE_ORDER.NOT_COUNTED,
                RESPONSE_ORDER.TRANSPORT).values((Long) null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null));
        var lines = d.batch(d.insertInto(RESPONSE_ORDER_LINE, RESPONSE_ORDER_LINE.ORDER_ID, RESPONSE_ORDER_LINE.SEQ,
                RESPONSE_ORDER_LINE.LINE_NAME, RESPONSE_ORDER_LINE.PROCESS, RESPONSE_ORDER_LINE.MEASURE_RULE,
                RESPONSE_ORDER_LINE.MEASURE_TYPE, RESPONSE_ORDER_LINE.FRACTION, RESPONSE_ORDER_LINE.COUNTED,
                RESPONSE_ORDER_LINE.MEASURE_TEXT, RESPONSE_ORDER_LINE.TRANSPORT, RESPONSE_ORDER_LINE.UNVERIFIED_DEFAULT)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null));
        int lineCount = 0;
        for (ResponseOrder o : orders) {
            head.bind(id, episodeId, round, proposalSeq, o.uscc(), o.enterpriseName(), o.districtCode(),
                    o.districtName(), o.industry(), o.grade().name(), o.level().name(),
                    o.controlType() == null ? null : o.controlType().name(), o.address(), o.contactName(),
                    o.contactPhone(), o.notCountedReason() == null ? null : o.notCountedReason().name(),
                    o.transport().name());
            int seq = 1;
            for (OrderLine l : o.lines()) {
                lines.bind(id, seq++, l.lineName(), l.process(), l.rule().name(),
                        l.type() == null ? null : l.type().name(), l.fraction(), l.counted(), l.text(),
                        l.transport().name(), l.unverifiedDefault());
                lineCount++;
            }
            id++;
        }
        if (!orders.isEmpty()) {
            head.execute();
        }
        if (lineCount > 0) {
            lines.execute();
        }
    }

    int supersedeBefore(long episodeId, int round, Instant at) {
        return tx.dsl().update(RESPONSE_ORDER).set(RESPONSE_ORDER.SUPERSEDED_AT, ldt(at))
                .where(RESPONSE_ORDER.EPISODE_ID.eq(episodeId).and(RESPONSE_ORDER.ORDER_ROUND.lt(round))
                        .and(RESPONSE_ORDER.SUPERSEDED_AT.isNull())).execute();
    }

    List<StoredOrder> orders(long episodeId) {
        return orders(RESPONSE_ORDER.EPISODE_ID.eq(episodeId));
    }

    Optional<StoredOrder> order(long orderId) {
        return orders(RESPONSE_ORDER.ID.eq(orderId)).stream().findFirst();
    }

    private List<StoredOrder> orders(Condition where) {
        DSLContext d = tx.dsl();
        var heads = d.selectFrom(RESPONSE_ORDER).where(where)
                .orderBy(RESPONSE_ORDER.ORDER_ROUND.desc(), RESPONSE_ORDER.ID).fetch();
        if (heads.isEmpty()) {
            return List.of();
        }
        var ids = heads.map(ResponseOrderRecord::getId);
        Map<Long, List<OrderLine>> lines = new LinkedHashMap<>();
        d.selectFrom(RESPONSE_ORDER_LINE).where(RESPONSE_ORDER_LINE.ORDER_ID.in(ids))
                .orderBy(RESPONSE_ORDER_LINE.ORDER_ID, RESPONSE_ORDER_LINE.SEQ).fetch()
                .forEach(l -> lines.computeIfAbsent(l.getOrderId(), k -> new ArrayList<>()).add(new OrderLine(
                        l.getLineName(), l.getProcess(), MeasureRule.valueOf(l.getMeasureRule()),
                        l.getMeasureType() == null ? null : MeasureType.valueOf(l.getMeasureType()), plain(l.getFraction()),
                        l.getCounted(), l.getMeasureText(), TransportRule.valueOf(l.getTransport()),
                        l.getUnverifiedDefault())));
        Field<Integer> all = DSL.count();
        Field<Integer> bad = DSL.count().filterWhere(INSPECTION.COMPLIANT.isFalse());
        Map<Long, int[]> counts = new LinkedHashMap<>();
        d.select(INSPECTION.ORDER_ID, all, bad).from(INSPECTION).where(INSPECTION.ORDER_ID.in(ids))
                .groupBy(INSPECTION.ORDER_ID).fetch()
                .forEach(x -> counts.put(x.value1(), new int[]{x.value2(), x.value3()}));
        List<StoredOrder> out = new ArrayList<>();
        for (ResponseOrderRecord h : heads) {
            ResponseOrder o = new ResponseOrder(h.getUscc(), h.getEnterpriseName(), h.getDistrictCode(),
                    h.getDistrictName(), h.getIndustry(), PerformanceGrade.valueOf(h.getGrade()),
                    WarningLevel.valueOf(h.getWarningLevel()),
                    h.getControlType() == null ? null : ControlType.valueOf(h.getControlType()), h.getAddress(),
                    h.getContactName(), h.getContactPhone(),
                    h.getNotCounted() == null ? null : MeasureRule.valueOf(h.getNotCounted()),
                    lines.getOrDefault(h.getId(), List.of()), TransportRule.valueOf(h.getTransport()));
            int[] c = counts.getOrDefault(h.getId(), new int[2]);
            out.add(new StoredOrder(h.getId(), h.getEpisodeId(), h.getOrderRound(), h.getProposalSeq(), o,
                    inst(h.getSupersededAt()), inst(h.getDeliveredAt()), h.getDeliveredBy(), inst(h.getAcknowledgedAt()),
                    h.getAcknowledgedBy(), inst(h.getImplementedAt()), h.getImplementedBy(), c[0], c[1]));
        }
        return out;
    }

    boolean track(long orderId, TrackStep step, Instant at, String by) {
        var t = RESPONSE_ORDER;
        var q = switch (step) {
            case DELIVERED -> tx.dsl().update(t).set(t.DELIVERED_AT, ldt(at)).set(t.DELIVERED_BY, by)
                    .where(t.ID.eq(orderId).and(t.DELIVERED_AT.isNull()));
            case ACKNOWLEDGED -> tx.dsl().update(t).set(t.ACKNOWLEDGED_AT, ldt(at)).set(t.ACKNOWLEDGED_BY, by)
                    .where(t.ID.eq(orderId).and(t.ACKNOWLEDGED_AT.isNull()));
            case IMPLEMENTED -> tx.dsl().update(t).set(t.IMPLEMENTED_AT, ldt(at)).set(t.IMPLEMENTED_BY, by)
                    .where(t.ID.eq(orderId).and(t.IMPLEMENTED_AT.isNull()));
        };
        return q.execute() == 1;
    }

    long addInspection(long orderId, Inspection i) {
        DSLContext d = tx.dsl();
        long id = SharedLocks.ids(tx, INSPECTION.ID, 1);
        d.insertInto(INSPECTION).set(INSPECTION.ID, id).set(INSPECTION.ORDER_ID, orderId)
                .set(INSPECTION.INSPECTED_AT, ldt(i.inspectedAt())).set(INSPECTION.INSPECTOR, i.inspector())
                .set(INSPECTION.FINDING, i.finding()).set(INSPECTION.COMPLIANT, i.compliant())
                .set(INSPECTION.PHOTO_PATH, i.photoPath()).set(INSPECTION.RECORDED_BY, i.recordedBy())
                .set(INSPECTION.RECORDED_AT, ldt(i.recordedAt())).execute();
        return id;
    }

    List<Inspection> inspections(long orderId) {
        return tx.dsl().selectFrom(INSPECTION).where(INSPECTION.ORDER_ID.eq(orderId))
                .orderBy(INSPECTION.INSPECTED_AT, INSPECTION.ID).fetch()
                .map(r -> new Inspection(r.getId(), r.getOrderId(), inst(r.getInspectedAt()), r.getInspector(),
                        r.getFinding(), r.getCompliant(), r.getPhotoPath(), r.getRecordedBy(), inst(r.getRecordedAt())));
    }

    /** The fraction without the column's padding zeros (0.3000 → 0.3), as the list store reads its own. */
    private static java.math.BigDecimal plain(java.math.BigDecimal v) {
        if (v == null) {
            return null;
        }
        java.math.BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private LocalDateTime ldt(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, zone);
    }

    private Instant inst(LocalDateTime t) {
        return t == null ? null : t.atZone(zone).toInstant();
    }
}
