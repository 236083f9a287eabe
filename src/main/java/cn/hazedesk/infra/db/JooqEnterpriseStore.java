package cn.hazedesk.infra.db;

import cn.hazedesk.application.EnterpriseRow;
import cn.hazedesk.application.ListSummary;
import cn.hazedesk.application.StoredEnterprise;
import cn.hazedesk.application.port.EnterpriseStore;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.TransportRule;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.infra.db.generated.tables.records.EnterpriseRecord;
import cn.hazedesk.infra.db.generated.tables.records.ProductionLineRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.hazedesk.infra.db.generated.Tables.ENTERPRISE;
import static cn.hazedesk.infra.db.generated.Tables.PRODUCTION_LINE;

/**
 * The list in H2. Ids are assigned here (max + 1 inside the caller's transaction; one HazeDesk per data
 * folder) so that thousands of rows go in as JDBC batches instead of one round trip each. Every read and write
 * here is of the current list version only (see {@link JooqListVersions}); every write counts as a revision of it.
 */
public final class JooqEnterpriseStore implements EnterpriseStore {
    static final int BATCH = 2000;
    private final JooqTransactions tx;

    public JooqEnterpriseStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public ListSummary summary() {
        DSLContext d = tx.dsl();
        long version = JooqListVersions.current(d);
        return new ListSummary(d.fetchCount(ENTERPRISE, ENTERPRISE.LIST_VERSION.eq(version)),
                d.fetchCount(d.select(PRODUCTION_LINE.ID).from(PRODUCTION_LINE).join(ENTERPRISE)
                        .on(PRODUCTION_LINE.ENTERPRISE_ID.eq(ENTERPRISE.ID)).where(ENTERPRISE.LIST_VERSION.eq(version))),
                d.fetchCount(ENTERPRISE, ENTERPRISE.LIST_VERSION.eq(version).and(ENTERPRISE.IS_SAMPLE.isTrue())));
    }

    @Override
    public List<EnterpriseRow> rows() {
        var lines = DSL.count(PRODUCTION_LINE.ID).as("lines");
        var so2 = DSL.coalesce(DSL.sum(PRODUCTION_LINE.SO2_T), BigDecimal.ZERO).as("so2");
        var nox = DSL.coalesce(DSL.sum(PRODUCTION_LINE.NOX_T), BigDecimal.ZERO).as("nox");
        var pm = DSL.coalesce(DSL.sum(PRODUCTION_LINE.PM_T), BigDecimal.ZERO).as("pm");
        var vocs = DSL.coalesce(DSL.sum(PRODUCTION_LINE.VOCS_T), BigDecimal.ZERO).as("vocs");
        try (var cursor = tx.dsl().select(ENTERPRISE.ID, ENTERPRISE.USCC, ENTERPRISE.NAME, ENTERPRISE.DISTRICT_CODE,
                        ENTERPRISE.INDUSTRY, ENTERPRISE.GRADE, ENTERPRISE.CONTROL_TYPE, ENTERPRISE.IS_SAMPLE,
                        lines, so2, nox, pm, vocs)
                .from(ENTERPRISE).leftJoin(PRODUCTION_LINE).on(PRODUCTION_LINE.ENTERPRISE_ID.eq(ENTERPRISE.ID))
                .where(ENTERPRISE.LIST_VERSION.eq(JooqListVersions.currentField()))
                .groupBy(ENTERPRISE.ID)
                .orderBy(ENTERPRISE.DISTRICT_CODE, ENTERPRISE.NAME)
                .fetchSize(500).fetchLazy()) {
            // a row at a time (not every record first, then the rows); the few district codes and industries shared
            List<EnterpriseRow> out = new ArrayList<>();
            Map<String, String> shared = new HashMap<>();
            for (var r : cursor) {
                out.add(new EnterpriseRow(r.get(ENTERPRISE.ID), r.get(ENTERPRISE.USCC), r.get(ENTERPRISE.NAME),
                        shared.computeIfAbsent(r.get(ENTERPRISE.DISTRICT_CODE), k -> k),
                        shared.computeIfAbsent(r.get(ENTERPRISE.INDUSTRY), k -> k),
                        PerformanceGrade.valueOf(r.get(ENTERPRISE.GRADE)), ControlType.valueOf(r.get(ENTERPRISE.CONTROL_TYPE)),
                        r.get(ENTERPRISE.IS_SAMPLE), r.get(lines), plain(r.get(so2)), plain(r.get(nox)), plain(r.get(pm)),
                        plain(r.get(vocs))));
            }
            return out;
        }
    }

    @Override
    public Optional<StoredEnterprise> find(long id) {
        return loadWhere(ENTERPRISE.ID.eq(id), false).stream().findFirst();
    }

    @Override
    public Optional<StoredEnterprise> findByUscc(String uscc) {
        return loadWhere(ENTERPRISE.USCC.eq(uscc), false).stream().findFirst();
    }

    @Override
    public List<StoredEnterprise> loadAll() {
        return loadWhere(DSL.noCondition(), true);
    }

    @Override
    public List<StoredEnterprise> loadPage(long afterId, int limit) {
        DSLContext d = tx.dsl();
        org.jooq.Condition current = ENTERPRISE.LIST_VERSION.eq(JooqListVersions.current(d));
        List<EnterpriseRecord> page = d.selectFrom(ENTERPRISE).where(current.and(ENTERPRISE.ID.gt(afterId)))
                .orderBy(ENTERPRISE.ID).limit(limit).fetch();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ProductionLine>> lines = new HashMap<>();
        d.select(PRODUCTION_LINE.fields()).from(PRODUCTION_LINE).join(ENTERPRISE).on(PRODUCTION_LINE.ENTERPRISE_ID.eq(ENTERPRISE.ID))
                .where(current.and(ENTERPRISE.ID.between(page.get(0).getId(), page.get(page.size() - 1).getId())))
                .orderBy(PRODUCTION_LINE.ID)
                .forEach(r -> lines.computeIfAbsent(r.get(PRODUCTION_LINE.ENTERPRISE_ID), k -> new ArrayList<>())
                        .add(toLine(r)));
        return page.stream().map(r -> new StoredEnterprise(r.getId(), r.getIsSample(),
                toEnterprise(r, lines.getOrDefault(r.getId(), List.of())), r.getRowVersion())).toList();
    }

    /**
     * The current list's enterprises that match, by district and name, with their lines by id; both statements in one
     * transaction (one version), row by row ({@link LazyReads}). {@code whole}: every enterprise matches, and the lines
     * are read straight through the table by id (old versions' rows are deleted), other versions' skipped; on H2 by
     * {@link WholeListRead}, from the JDBC rows.
     */
    private List<StoredEnterprise> loadWhere(org.jooq.Condition where, boolean whole) {
        return tx.inTransaction(() -> {
            DSLContext d = tx.dsl();
            return LazyReads.run(d, () -> {
                if (whole && d.dialect().family() == org.jooq.SQLDialect.H2) {
                    return WholeListRead.read(d, JooqListVersions.current(d));
                }
                org.jooq.Condition condition = where.and(ENTERPRISE.LIST_VERSION.eq(JooqListVersions.current(d)));
                List<EnterpriseRecord> enterprises = new ArrayList<>();
                Map<Long, List<ProductionLine>> lines = new HashMap<>();
                try (org.jooq.Cursor<EnterpriseRecord> c = d.selectFrom(ENTERPRISE).where(condition)
                        .orderBy(ENTERPRISE.DISTRICT_CODE, ENTERPRISE.NAME).fetchLazy()) {
                    for (EnterpriseRecord r : c) {
                        enterprises.add(r);
                        lines.put(r.getId(), new ArrayList<>(4));
                    }
                }
                var query = whole ? d.select(PRODUCTION_LINE.fields()).from(PRODUCTION_LINE)
                        : d.select(PRODUCTION_LINE.fields()).from(PRODUCTION_LINE).join(ENTERPRISE)
                        .on(PRODUCTION_LINE.ENTERPRISE_ID.eq(ENTERPRISE.ID)).where(condition);
                try (org.jooq.Cursor<Record> c = query.orderBy(PRODUCTION_LINE.ID).fetchLazy()) {
                    for (Record r : c) {
                        List<ProductionLine> of = lines.get(r.get(PRODUCTION_LINE.ENTERPRISE_ID));
                        if (of != null) {
                            of.add(toLine(r));
                        }
                    }
                }
                List<StoredEnterprise> out = new ArrayList<>(enterprises.size());
                for (EnterpriseRecord r : enterprises) {
                    out.add(new StoredEnterprise(r.getId(), r.getIsSample(), toEnterprise(r, lines.get(r.getId())),
                            r.getRowVersion()));
                }
                return out;
            });
        });
    }

    private static Enterprise toEnterprise(EnterpriseRecord r, List<ProductionLine> lines) {
        return new Enterprise(r.getUscc(), r.getName(), r.getDistrictCode(), r.getIndustry(),
                PerformanceGrade.valueOf(r.getGrade()), ControlType.valueOf(r.getControlType()), r.getAddress(),
                plain(r.getLongitude()), plain(r.getLatitude()), r.getContactName(), r.getContactPhone(), r.getPermitNumber(),
                r.getPermitManagement(), r.getBulkTransport(), r.getTransportTrucks(), r.getMinTruckStandard(), lines);
    }

    private static ProductionLine toLine(Record r) {
        List<LevelMeasure> measures = new ArrayList<>();
        addMeasure(measures, WarningLevel.YELLOW, r.get(PRODUCTION_LINE.YELLOW_TYPE), r.get(PRODUCTION_LINE.YELLOW_FRACTION),
                r.get(PRODUCTION_LINE.YELLOW_TEXT), r.get(PRODUCTION_LINE.YELLOW_TRANSPORT));
        addMeasure(measures, WarningLevel.ORANGE, r.get(PRODUCTION_LINE.ORANGE_TYPE), r.get(PRODUCTION_LINE.ORANGE_FRACTION),
                r.get(PRODUCTION_LINE.ORANGE_TEXT), r.get(PRODUCTION_LINE.ORANGE_TRANSPORT));
        addMeasure(measures, WarningLevel.RED, r.get(PRODUCTION_LINE.RED_TYPE), r.get(PRODUCTION_LINE.RED_FRACTION),
                r.get(PRODUCTION_LINE.RED_TEXT), r.get(PRODUCTION_LINE.RED_TRANSPORT));
        return new ProductionLine(r.get(PRODUCTION_LINE.NAME), r.get(PRODUCTION_LINE.PROCESS), r.get(PRODUCTION_LINE.CAPACITY),
                plain(r.get(PRODUCTION_LINE.SO2_T)), plain(r.get(PRODUCTION_LINE.NOX_T)), plain(r.get(PRODUCTION_LINE.PM_T)),
                plain(r.get(PRODUCTION_LINE.VOCS_T)),
                measures, plain(r.get(PRODUCTION_LINE.DESIGN_COKING_H)));
    }

    static void addMeasure(List<LevelMeasure> out, WarningLevel level, String type, BigDecimal fraction, String text,
                                   String transport) {
        if (type != null || fraction != null || (text != null && !text.isEmpty())) {
            out.add(new LevelMeasure(level, type == null ? null : MeasureType.valueOf(type), plain(fraction),
                    text == null ? "" : text, transport == null ? TransportRule.NONE : TransportRule.valueOf(transport)));
        }
    }

    @Override
    public void insertAll(List<Enterprise> enterprises, boolean sample) {
        DSLContext d = tx.dsl();
        SharedLocks.list(d);
        LocalDateTime now = LocalDateTime.now();
        writeRows(tx, JooqListVersions.current(d), enterprises, e -> new Origin(sample, now, null));
        JooqListVersions.touch(d);
    }

    /** Creation time, sample mark and update time of a row written by {@link #writeRows}. */
    record Origin(boolean sample, LocalDateTime createdAt, LocalDateTime updatedAt) {
    }

    /**
     * Inserts enterprises with their lines into list version {@code version} as JDBC batches: one prepared statement
     * per table with bound rows (no SQL rendered per record), so an import of 50,000 lines spends its time in H2.
     */
    static void writeRows(JooqTransactions tx, long version, List<Enterprise> enterprises,
                          java.util.function.Function<Enterprise, Origin> origin) {
        DSLContext d = tx.dsl();
        long enterpriseId = SharedLocks.ids(tx, ENTERPRISE.ID, enterprises.size());
        long lineId = SharedLocks.ids(tx, PRODUCTION_LINE.ID, enterprises.stream().mapToLong(e -> e.lines().size()).sum());
        BatchBindStep eBatch = bindBatch(d, ENTERPRISE, ENTERPRISE_INSERT);
        BatchBindStep lBatch = bindBatch(d, PRODUCTION_LINE, LINE_INSERT);
        int ePending = 0;
        int lPending = 0;
        for (Enterprise e : enterprises) {
            long id = enterpriseId++;
            Origin o = origin.apply(e);
            eBatch.bind(id, version, e.uscc(), e.name(), e.districtCode(), e.industry(), e.grade().name(), e.controlType().name(),
                    e.address(), e.longitude(), e.latitude(), e.contactName(), e.contactPhone(), e.permitNumber(),
                    e.permitManagement(), e.bulkTransport(), e.transportTrucks(), e.minTruckStandard(), o.sample(),
                    o.createdAt(), o.updatedAt());
            if (++ePending == BATCH) {
                eBatch.execute();
                eBatch = bindBatch(d, ENTERPRISE, ENTERPRISE_INSERT);
                ePending = 0;
            }
            for (ProductionLine l : e.lines()) {
                lBatch.bind(lineRow(lineId++, id, l));
                if (++lPending == BATCH) {
                    if (ePending > 0) { // the lines refer to these enterprises
                        eBatch.execute();
                        eBatch = bindBatch(d, ENTERPRISE, ENTERPRISE_INSERT);
                        ePending = 0;
                    }
                    lBatch.execute();
                    lBatch = bindBatch(d, PRODUCTION_LINE, LINE_INSERT);
                    lPending = 0;
                }
            }
        }
        // enterprises first: the lines refer to them
        if (ePending > 0) {
            eBatch.execute();
        }
        if (lPending > 0) {
            lBatch.execute();
        }
    }

    private static final List<org.jooq.Field<?>> ENTERPRISE_INSERT = List.of(ENTERPRISE.ID, ENTERPRISE.LIST_VERSION, ENTERPRISE.USCC,
            ENTERPRISE.NAME, ENTERPRISE.DISTRICT_CODE, ENTERPRISE.INDUSTRY, ENTERPRISE.GRADE, ENTERPRISE.CONTROL_TYPE,
            ENTERPRISE.ADDRESS, ENTERPRISE.LONGITUDE, ENTERPRISE.LATITUDE, ENTERPRISE.CONTACT_NAME,
            ENTERPRISE.CONTACT_PHONE, ENTERPRISE.PERMIT_NUMBER, ENTERPRISE.PERMIT_MANAGEMENT, ENTERPRISE.BULK_TRANSPORT,
            ENTERPRISE.TRANSPORT_TRUCKS, ENTERPRISE.MIN_TRUCK_STANDARD, ENTERPRISE.IS_SAMPLE, ENTERPRISE.CREATED_AT,
            ENTERPRISE.UPDATED_AT);

    private static final List<org.jooq.Field<?>> LINE_INSERT = List.of(PRODUCTION_LINE.ID,
            PRODUCTION_LINE.ENTERPRISE_ID, PRODUCTION_LINE.NAME, PRODUCTION_LINE.PROCESS, PRODUCTION_LINE.CAPACITY,
            PRODUCTION_LINE.SO2_T, PRODUCTION_LINE.NOX_T, PRODUCTION_LINE.PM_T, PRODUCTION_LINE.VOCS_T,
            PRODUCTION_LINE.YELLOW_TYPE, PRODUCTION_LINE.YELLOW_FRACTION, PRODUCTION_LINE.YELLOW_TEXT,
            PRODUCTION_LINE.ORANGE_TYPE, PRODUCTION_LINE.ORANGE_FRACTION, PRODUCTION_LINE.ORANGE_TEXT,
            PRODUCTION_LINE.RED_TYPE, PRODUCTION_LINE.RED_FRACTION, PRODUCTION_LINE.RED_TEXT,
            PRODUCTION_LINE.YELLOW_TRANSPORT, PRODUCTION_LINE.ORANGE_TRANSPORT, PRODUCTION_LINE.RED_TRANSPORT,
            PRODUCTION_LINE.DESIGN_COKING_H);

    private static Object[] lineRow(long lineId, long enterpriseId, ProductionLine l) {
        Object[] row = new Object[LINE_INSERT.size()];
        int i = 0;
        row[i++] = lineId;
        row[i++] = enterpriseId;
        row[i++] = l.name();
        row[i++] = l.process();
        row[i++] = l.capacity();
        row[i++] = orZero(l.so2Tonnes());
        row[i++] = orZero(l.noxTonnes());
        row[i++] = orZero(l.pmTonnes());
        row[i++] = orZero(l.vocsTonnes());
        for (WarningLevel level : WarningLevel.values()) {
            LevelMeasure m = l.measure(level).orElse(null);
            row[i++] = m == null ? null : typeName(m);
            row[i++] = m == null ? null : m.fraction();
            row[i++] = m == null ? null : m.text();
        }
        for (WarningLevel level : WarningLevel.values()) {
            row[i++] = l.measure(level).map(m -> m.transport().name()).orElse(null);
        }
        row[i++] = l.designCokingHours();
        return row;
    }

    private static BatchBindStep bindBatch(DSLContext d, org.jooq.Table<?> table, List<org.jooq.Field<?>> columns) {
        return d.batch(d.insertInto(table).columns(columns).values(java.util.Collections.nCopies(columns.size(), null)));
    }

    @Override
    public void lockList() {
        SharedLocks.list(tx.dsl());
    }

    @Override
    public long insert(Enterprise e, boolean sample) {
        DSLContext d = tx.dsl();
        SharedLocks.list(d);
        long id = SharedLocks.ids(tx, ENTERPRISE.ID, 1);
        enterpriseRecord(d, id, JooqListVersions.current(d), e, sample).insert();
        insertLines(d, id, e.lines());
        JooqListVersions.touch(d);
        return id;
    }

    @Override
    public boolean update(long id, long expectedVersion, Enterprise e) {
        DSLContext d = tx.dsl();
        SharedLocks.list(d); // before the row: a whole-list write holding the list's turn will delete this row
        // the version first, conditionally: a second writer of the same reading waits for the first one's row lock
        // and then finds the version moved on (PostgreSQL re-reads the row after the wait)
        int claimed = d.update(ENTERPRISE).set(ENTERPRISE.ROW_VERSION, ENTERPRISE.ROW_VERSION.plus(1))
                .where(ENTERPRISE.ID.eq(id)).and(ENTERPRISE.ROW_VERSION.eq(expectedVersion))
                .and(ENTERPRISE.LIST_VERSION.eq(JooqListVersions.currentField())).execute();
        if (claimed == 0) {
            return false;
        }
        EnterpriseRecord r = d.fetchSingle(ENTERPRISE, ENTERPRISE.ID.eq(id).and(ENTERPRISE.LIST_VERSION.eq(JooqListVersions.currentField())));
        fill(r, e);
        r.setUpdatedAt(LocalDateTime.now());
        r.update();
        d.deleteFrom(PRODUCTION_LINE).where(PRODUCTION_LINE.ENTERPRISE_ID.eq(id)).execute();
        insertLines(d, id, e.lines());
        JooqListVersions.touch(d);
        return true;
    }

    private void insertLines(DSLContext d, long enterpriseId, List<ProductionLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        long lineId = SharedLocks.ids(tx, PRODUCTION_LINE.ID, lines.size());
        BatchBindStep batch = bindBatch(d, PRODUCTION_LINE, LINE_INSERT);
        for (ProductionLine l : lines) {
            batch.bind(lineRow(lineId++, enterpriseId, l));
        }
        batch.execute();
    }

    @Override
    public void delete(long id) {
        DSLContext d = tx.dsl();
        SharedLocks.list(d);
        // lines go with their enterprise (ON DELETE CASCADE)
        d.deleteFrom(ENTERPRISE).where(ENTERPRISE.ID.eq(id).and(ENTERPRISE.LIST_VERSION.eq(JooqListVersions.currentField()))).execute();
        JooqListVersions.touch(d);
    }

    /** The value without the column's padding zeros (40.0000 → 40), so stored and typed values compare equal. */
    private static BigDecimal plain(BigDecimal v) {
        return WholeListRead.plain(v);
    }

    private static EnterpriseRecord enterpriseRecord(DSLContext d, long id, long version, Enterprise e, boolean sample) {
        EnterpriseRecord r = d.newRecord(ENTERPRISE);
        r.setId(id);
        r.setListVersion(version);
        fill(r, e);
        r.setIsSample(sample);
        r.setCreatedAt(LocalDateTime.now());
        return r;
    }

    private static void fill(EnterpriseRecord r, Enterprise e) {
        r.setUscc(e.uscc());
        r.setName(e.name());
        r.setDistrictCode(e.districtCode());
        r.setIndustry(e.industry());
        r.setGrade(e.grade().name());
        r.setControlType(e.controlType().name());
        r.setAddress(e.address());
        r.setLongitude(e.longitude());
        r.setLatitude(e.latitude());
        r.setContactName(e.contactName());
        r.setContactPhone(e.contactPhone());
        r.setPermitNumber(e.permitNumber());
        r.setPermitManagement(e.permitManagement());
        r.setBulkTransport(e.bulkTransport());
        r.setTransportTrucks(e.transportTrucks());
        r.setMinTruckStandard(e.minTruckStandard());
    }

    private static String typeName(LevelMeasure m) {
        return m.type() == null ? null : m.type().name();
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
