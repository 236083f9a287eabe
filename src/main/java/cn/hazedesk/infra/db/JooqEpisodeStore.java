package cn.hazedesk.infra.db;

import cn.hazedesk.application.port.EpisodeStore;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.AreaLevels;
import cn.hazedesk.domain.episode.Consultation;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.EpisodePhase;
import cn.hazedesk.domain.episode.ForecastDay;
import cn.hazedesk.domain.episode.LiftBasis;
import cn.hazedesk.domain.episode.Proposal;
import cn.hazedesk.domain.episode.ProposalKind;
import cn.hazedesk.domain.episode.ProposalState;
import cn.hazedesk.domain.response.ResponseOrder;
import cn.hazedesk.infra.db.generated.tables.records.EpisodeRecord;
import cn.hazedesk.infra.db.generated.tables.records.ProposalRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static cn.hazedesk.infra.db.generated.Tables.CONSULTATION;
import static cn.hazedesk.infra.db.generated.Tables.CONSULTATION_DAY;
import static cn.hazedesk.infra.db.generated.Tables.EPISODE;
import static cn.hazedesk.infra.db.generated.Tables.EPISODE_DISTRICT_LEVEL;
import static cn.hazedesk.infra.db.generated.Tables.OBSERVED_AQI;
import static cn.hazedesk.infra.db.generated.Tables.PROPOSAL;

/**
 * Episodes in H2. Consultations are only ever added; a proposal row is written while it is open and never again
 * once published (the domain gives no path to change it). Ids are given by the tables' id series ({@link SharedLocks});
 * a change locks its episode's row first ({@link #findForChange}). The
 * response orders, their tracking and inspections are {@link JooqOrderRows}'.
 */
public final class JooqEpisodeStore implements EpisodeStore {
    private final JooqTransactions tx;
    private final ZoneId zone;
    private final JooqOrderRows orderRows;

    public JooqEpisodeStore(JooqTransactions tx, ZoneId zone) {
        this.tx = tx;
        this.zone = zone;
        this.orderRows = new JooqOrderRows(tx, zone);
    }

    @Override
    public long nextId() {
        SharedLocks.take(tx.dsl(), SharedLocks.EPISODE_CREATE);
        return SharedLocks.ids(tx, EPISODE.ID, 1);
    }

    @Override
    public Optional<Episode> findForChange(long id) {
        tx.dsl().select(EPISODE.ID).from(EPISODE).where(EPISODE.ID.eq(id)).forUpdate().fetch();
        return find(id);
    }

    @Override
    public Optional<Episode> findForStep(long id) {
        var select = tx.dsl().select(EPISODE.ID).from(EPISODE).where(EPISODE.ID.eq(id));
        // H2 knows no shared row lock; one seat's file has no other seat to share it with
        (tx.dsl().dialect().family() == org.jooq.SQLDialect.POSTGRES ? select.forShare() : select.forUpdate()).fetch();
        return find(id);
    }

    @Override
    public void lockNumbers() {
        SharedLocks.take(tx.dsl(), SharedLocks.NOTICE_NUMBER);
    }

    @Override
    public void save(Episode e) {
        DSLContext d = tx.dsl();
        EpisodeRecord r = d.newRecord(EPISODE);
        r.setId(e.id());
        r.setTitle(e.title());
        r.setDrill(e.drill());
        r.setTempControl(e.tempControl());
        r.setPhase(e.phase().name());
        r.setNumber(e.number());
        r.setCityLevel(e.levels() == null || e.levels().districtOnly() ? null : e.levels().city().name());
        r.setIssuedAt(ldt(e.issuedAt()));
        r.setResponseStart(ldt(e.responseStart()));
        r.setExpectedEnd(ldt(e.expectedEnd()));
        r.setLiftedAt(ldt(e.liftedAt()));
        r.setSummary(e.summary());
        r.setOrderRound(e.round());
        r.setCreatedBy(e.createdBy());
        r.setCreatedAt(ldt(e.createdAt()));
        d.insertInto(EPISODE).set(r).onDuplicateKeyUpdate().set(r).execute();
        d.deleteFrom(EPISODE_DISTRICT_LEVEL).where(EPISODE_DISTRICT_LEVEL.EPISODE_ID.eq(e.id())).execute();
        if (e.levels() != null) {
            e.levels().districts().forEach((code, level) -> d.insertInto(EPISODE_DISTRICT_LEVEL)
                    .set(EPISODE_DISTRICT_LEVEL.EPISODE_ID, e.id()).set(EPISODE_DISTRICT_LEVEL.DISTRICT_CODE, code)
                    .set(EPISODE_DISTRICT_LEVEL.WARNING_LEVEL, level.name()).execute());
        }
        int stored = d.fetchCount(CONSULTATION, CONSULTATION.EPISODE_ID.eq(e.id()));
        for (Consultation c : e.consultations()) {
            if (c.seq() > stored) {
                insertConsultation(d, e.id(), c);
            }
        }
        Map<Integer, String> states = d.select(PROPOSAL.SEQ, PROPOSAL.STATE).from(PROPOSAL)
                .where(PROPOSAL.EPISODE_ID.eq(e.id())).fetchMap(PROPOSAL.SEQ, PROPOSAL.STATE);
        for (Proposal p : e.proposals()) {
            String was = states.get(p.seq());
            if (was == null || !was.equals(p.state().name())) {
                if (was != null && ProposalState.valueOf(was) == ProposalState.PUBLISHED) {
                    throw new IllegalStateException("published proposal " + p.seq() + " of episode " + e.id()
                            + " cannot change");
                }
                ProposalRecord pr = proposalRecord(e.id(), p);
                d.insertInto(PROPOSAL).set(pr).onDuplicateKeyUpdate().set(pr).execute();
            }
        }
    }

    private void insertConsultation(DSLContext d, long episodeId, Consultation c) {
        d.insertInto(CONSULTATION)
                .set(CONSULTATION.EPISODE_ID, episodeId).set(CONSULTATION.SEQ, c.seq())
                .set(CONSULTATION.HELD_AT, ldt(c.heldAt())).set(CONSULTATION.PROFILE, c.profile())
                .set(CONSULTATION.OPINION, c.opinion()).set(CONSULTATION.PARTICIPANTS, c.participants())
                .set(CONSULTATION.RECORDED_BY, c.recordedBy()).set(CONSULTATION.RECORDED_AT, ldt(c.recordedAt()))
                .execute();
        var batch = d.batch(d.insertInto(CONSULTATION_DAY, CONSULTATION_DAY.EPISODE_ID, CONSULTATION_DAY.SEQ,
                CONSULTATION_DAY.REGION_CODE, CONSULTATION_DAY.FORECAST_DAY, CONSULTATION_DAY.START_HOUR,
                CONSULTATION_DAY.PERIOD_HOURS, CONSULTATION_DAY.AQI, CONSULTATION_DAY.DUST,
                CONSULTATION_DAY.PRIMARY_POLLUTANT, CONSULTATION_DAY.CONCENTRATIONS)
                .values((Long) null, null, null, null, null, null, null, null, null, null));
        for (ForecastDay f : c.days()) {
            batch.bind(episodeId, c.seq(), f.regionCode(), f.date(), f.startHour(), f.hours(), f.aqi(), f.dust(),
                    f.primaryPollutant(), f.concentrations());
        }
        if (!c.days().isEmpty()) {
            batch.execute();
        }
    }

    private ProposalRecord proposalRecord(long episodeId, Proposal p) {
        ProposalRecord r = new ProposalRecord();
        r.setEpisodeId(episodeId);
        r.setSeq(p.seq());
        r.setKind(p.kind().name());
        r.setCityLevel(p.levels() == null || p.levels().districtOnly() ? null : p.levels().city().name());
        r.setDistrictLevels(p.levels() == null ? null : new TreeMap<>(p.levels().districts()).entrySet().stream()
                .map(x -> x.getKey() + "=" + x.getValue().name()).collect(Collectors.joining(",")));
        r.setResponseStart(ldt(p.responseStart()));
        r.setExpectedEnd(ldt(p.expectedEnd()));
        r.setMeasuresSummary(p.measuresSummary());
        r.setReason(p.reason());
        r.setLiftBasis(p.liftBasis() == null ? null : p.liftBasis().name());
        r.setHoursBelow(p.hoursBelow());
        r.setBasis(p.basis());
        r.setSignatory(p.signatory());
        r.setPreparedBy(p.preparedBy());
        r.setPreparedAt(ldt(p.preparedAt()));
        r.setState(p.state().name());
        r.setDecidedBy(p.decidedBy());
        r.setDecidedAt(ldt(p.decidedAt()));
        r.setDecisionComment(p.decisionComment());
        r.setNumber(p.number());
        r.setIssuedAt(ldt(p.issuedAt()));
        r.setPublishedBy(p.publishedBy());
        r.setBasisNotice(p.basisNotice());
        return r;
    }

    @Override
    public Optional<Episode> find(long id) {
        return episodes(EPISODE.ID.eq(id), true).stream().findFirst();
    }

    @Override
    public Optional<Episode> findByNumber(String number) {
        return episodes(EPISODE.NUMBER.eq(number), true).stream().findFirst();
    }

    @Override
    public List<Episode> all() {
        return episodes(DSL.noCondition(), false);
    }

    private List<Episode> episodes(Condition where, boolean full) {
        DSLContext d = tx.dsl();
        List<Episode> out = new ArrayList<>();
        for (EpisodeRecord r : d.selectFrom(EPISODE).where(where).orderBy(EPISODE.CREATED_AT.desc(), EPISODE.ID.desc()).fetch()) {
            long id = r.getId();
            // no city level but district levels: a warning under county plans (the city is at none)
            Map<String, WarningLevel> districts = d.selectFrom(EPISODE_DISTRICT_LEVEL)
                    .where(EPISODE_DISTRICT_LEVEL.EPISODE_ID.eq(id)).fetchMap(EPISODE_DISTRICT_LEVEL.DISTRICT_CODE,
                            x -> WarningLevel.valueOf(x.getWarningLevel()));
            AreaLevels levels = r.getCityLevel() == null && districts.isEmpty() ? null
                    : new AreaLevels(r.getCityLevel() == null ? null : WarningLevel.valueOf(r.getCityLevel()), districts);
            List<Consultation> cs = full ? consultations(d, id) : List.of();
            List<Proposal> ps = d.selectFrom(PROPOSAL).where(PROPOSAL.EPISODE_ID.eq(id)).orderBy(PROPOSAL.SEQ).fetch()
                    .map(this::proposal);
            out.add(new Episode(id, r.getTitle(), r.getDrill(), EpisodePhase.valueOf(r.getPhase()), levels,
                    r.getNumber(), inst(r.getIssuedAt()), inst(r.getResponseStart()), inst(r.getExpectedEnd()),
                    inst(r.getLiftedAt()), cs, ps, r.getSummary(), r.getOrderRound(), r.getCreatedBy(),
                    inst(r.getCreatedAt()), r.getTempControl()));
        }
        return out;
    }

    private List<Consultation> consultations(DSLContext d, long id) {
        Map<Integer, List<ForecastDay>> days = new LinkedHashMap<>();
        d.selectFrom(CONSULTATION_DAY).where(CONSULTATION_DAY.EPISODE_ID.eq(id))
                .orderBy(CONSULTATION_DAY.SEQ, CONSULTATION_DAY.REGION_CODE, CONSULTATION_DAY.FORECAST_DAY,
                        CONSULTATION_DAY.START_HOUR).fetch()
                .forEach(x -> days.computeIfAbsent(x.getSeq(), k -> new ArrayList<>()).add(new ForecastDay(
                        x.getRegionCode(), x.getForecastDay(), x.getStartHour(), x.getPeriodHours(), x.getAqi(),
                        x.getDust(), x.getPrimaryPollutant(), x.getConcentrations())));
        return d.selectFrom(CONSULTATION).where(CONSULTATION.EPISODE_ID.eq(id)).orderBy(CONSULTATION.SEQ).fetch()
                .map(c -> new Consultation(c.getSeq(), inst(c.getHeldAt()), c.getProfile(),
                        days.getOrDefault(c.getSeq(), List.of()), c.getOpinion(), c.getParticipants(),
                        c.getRecordedBy(), inst(c.getRecordedAt())));
    }

    private Proposal proposal(ProposalRecord r) {
        Map<String, WarningLevel> districts = new TreeMap<>();
        if (r.getDistrictLevels() != null && !r.getDistrictLevels().isEmpty()) {
            for (String part : r.getDistrictLevels().split(",")) {
                String[] kv = part.split("=");
                districts.put(kv[0], WarningLevel.valueOf(kv[1]));
            }
        }
        // no city level but district levels: a step under county plans
        AreaLevels levels = r.getCityLevel() == null && districts.isEmpty() ? null
                : new AreaLevels(r.getCityLevel() == null ? null : WarningLevel.valueOf(r.getCityLevel()), districts);
        return new Proposal(r.getSeq(), ProposalKind.valueOf(r.getKind()), levels, inst(r.getResponseStart()),
                inst(r.getExpectedEnd()), r.getMeasuresSummary(), r.getReason(),
                r.getLiftBasis() == null ? null : LiftBasis.valueOf(r.getLiftBasis()), r.getHoursBelow(), r.getBasis(),
                r.getSignatory(), r.getPreparedBy(), inst(r.getPreparedAt()), ProposalState.valueOf(r.getState()),
                r.getDecidedBy(), inst(r.getDecidedAt()), r.getDecisionComment(), r.getNumber(), inst(r.getIssuedAt()),
                r.getPublishedBy(), r.getBasisNotice());
    }

    @Override
    public void insertOrders(long episodeId, int round, int proposalSeq, List<ResponseOrder> orders) {
        orderRows.insertOrders(episodeId, round, proposalSeq, orders);
    }

    @Override
    public int supersedeBefore(long episodeId, int round, Instant at) {
        return orderRows.supersedeBefore(episodeId, round, at);
    }

    @Override
    public List<StoredOrder> orders(long episodeId) {
        return orderRows.orders(episodeId);
    }

    @Override
    public Optional<StoredOrder> order(long orderId) {
        return orderRows.order(orderId);
    }

    @Override
    public boolean track(long orderId, TrackStep step, Instant at, String by) {
        return orderRows.track(orderId, step, at, by);
    }

    @Override
    public long addInspection(long orderId, Inspection i) {
        return orderRows.addInspection(orderId, i);
    }

    @Override
    public List<Inspection> inspections(long orderId) {
        return orderRows.inspections(orderId);
    }

    @Override
    public void setObservedAqi(long episodeId, String regionCode, LocalDate day, Integer aqi) {
        DSLContext d = tx.dsl();
        d.deleteFrom(OBSERVED_AQI).where(OBSERVED_AQI.EPISODE_ID.eq(episodeId)
                .and(OBSERVED_AQI.REGION_CODE.eq(regionCode)).and(OBSERVED_AQI.OBSERVED_ON.eq(day))).execute();
        if (aqi != null) {
            d.insertInto(OBSERVED_AQI).set(OBSERVED_AQI.EPISODE_ID, episodeId).set(OBSERVED_AQI.REGION_CODE, regionCode)
                    .set(OBSERVED_AQI.OBSERVED_ON, day).set(OBSERVED_AQI.AQI, aqi).execute();
        }
    }

    @Override
    public Map<String, Map<LocalDate, Integer>> observedAqi(long episodeId) {
        Map<String, Map<LocalDate, Integer>> out = new TreeMap<>();
        tx.dsl().selectFrom(OBSERVED_AQI).where(OBSERVED_AQI.EPISODE_ID.eq(episodeId)).fetch()
                .forEach(r -> out.computeIfAbsent(r.getRegionCode(), k -> new TreeMap<>())
                        .put(r.getObservedOn(), r.getAqi()));
        return out;
    }

    @Override
    public Optional<String> summaryNumber(long episodeId) {
        return Optional.ofNullable(tx.dsl().select(EPISODE.SUMMARY_NUMBER).from(EPISODE).where(EPISODE.ID.eq(episodeId))
                .fetchOne(EPISODE.SUMMARY_NUMBER));
    }

    @Override
    public void setSummaryNumber(long episodeId, String number) {
        tx.dsl().update(EPISODE).set(EPISODE.SUMMARY_NUMBER, number).where(EPISODE.ID.eq(episodeId)).execute();
    }

    @Override
    public List<String> summaryNumbers() {
        return tx.dsl().select(EPISODE.SUMMARY_NUMBER).from(EPISODE).where(EPISODE.SUMMARY_NUMBER.isNotNull())
                .fetch(EPISODE.SUMMARY_NUMBER);
    }

    @Override
    public List<TimelineEntry> timeline(long episodeId) {
        var a = cn.hazedesk.infra.db.generated.Tables.AUDIT_EVENT;
        return tx.dsl().selectFrom(a).where(a.EPISODE_ID.eq(episodeId)).orderBy(a.OCCURRED_AT, a.ID).fetch()
                .map(r -> new TimelineEntry(inst(r.getOccurredAt()), r.getActor(), r.getAction(), r.getSubject(),
                        r.getDetail()));
    }

    private LocalDateTime ldt(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, zone);
    }

    private Instant inst(LocalDateTime t) {
        return t == null ? null : t.atZone(zone).toInstant();
    }
}
