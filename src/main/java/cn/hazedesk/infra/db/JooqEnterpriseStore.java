package cn.hazedesk.infra.db;

import cn.hazedesk.application.ListSummary;
import cn.hazedesk.application.port.EnterpriseStore;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.infra.db.generated.tables.records.LineMeasureRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.List;

import static cn.hazedesk.infra.db.generated.Tables.ENTERPRISE;
import static cn.hazedesk.infra.db.generated.Tables.LINE_MEASURE;
import static cn.hazedesk.infra.db.generated.Tables.PRODUCTION_LINE;

public final class JooqEnterpriseStore implements EnterpriseStore {
    private final JooqTransactions tx;

    public JooqEnterpriseStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public ListSummary summary() {
        DSLContext d = tx.dsl();
        int enterprises = d.fetchCount(ENTERPRISE);
        int lines = d.fetchCount(PRODUCTION_LINE);
        int sample = d.fetchCount(ENTERPRISE, ENTERPRISE.IS_SAMPLE.isTrue());
        return new ListSummary(enterprises, lines, sample);
    }

    @Override
    public void insertAll(List<Enterprise> enterprises, boolean sample) {
        DSLContext d = tx.dsl();
        List<LineMeasureRecord> measures = new ArrayList<>();
        for (Enterprise e : enterprises) {
            Long enterpriseId = d.insertInto(ENTERPRISE)
                    .set(ENTERPRISE.USCC, e.uscc())
                    .set(ENTERPRISE.NAME, e.name())
                    .set(ENTERPRISE.DISTRICT_CODE, e.districtCode())
                    .set(ENTERPRISE.INDUSTRY, e.industry())
                    .set(ENTERPRISE.GRADE, e.grade())
                    .set(ENTERPRISE.CONTROL_TYPE, e.controlType().name())
                    .set(ENTERPRISE.ADDRESS, e.address())
                    .set(ENTERPRISE.LONGITUDE, e.longitude())
                    .set(ENTERPRISE.LATITUDE, e.latitude())
                    .set(ENTERPRISE.CONTACT_NAME, e.contactName())
                    .set(ENTERPRISE.CONTACT_PHONE, e.contactPhone())
                    .set(ENTERPRISE.IS_SAMPLE, sample)
                    .returning(ENTERPRISE.ID)
                    .fetchOne(ENTERPRISE.ID);
            for (ProductionLine line : e.lines()) {
                Long lineId = d.insertInto(PRODUCTION_LINE)
                        .set(PRODUCTION_LINE.ENTERPRISE_ID, enterpriseId)
                        .set(PRODUCTION_LINE.NAME, line.name())
                        .set(PRODUCTION_LINE.PROCESS, line.process())
                        .set(PRODUCTION_LINE.CAPACITY, line.capacity())
                        .set(PRODUCTION_LINE.SO2_T, line.so2Tonnes())
                        .set(PRODUCTION_LINE.NOX_T, line.noxTonnes())
                        .set(PRODUCTION_LINE.PM_T, line.pmTonnes())
                        .set(PRODUCTION_LINE.VOCS_T, line.vocsTonnes())
                        .returning(PRODUCTION_LINE.ID)
                        .fetchOne(PRODUCTION_LINE.ID);
                for (LevelMeasure m : line.measures()) {
                    LineMeasureRecord r = d.newRecord(LINE_MEASURE);
                    r.setLineId(lineId);
                    r.setWarningLevel(m.level().name());
                    r.setMeasureType(m.type().name());
                    r.setReductionFraction(m.fraction());
                    r.setMeasureText(m.text());
                    measures.add(r);
                }
            }
        }
        if (!measures.isEmpty()) {
            d.batchInsert(measures).execute();
        }
    }

    @Override
    public int deleteSample() {
        // lines and measures go with their enterprise (ON DELETE CASCADE)
        return tx.dsl().deleteFrom(ENTERPRISE).where(ENTERPRISE.IS_SAMPLE.isTrue()).execute();
    }

    /** Used by tests and diagnostics: the number of stored measures. */
    public int measureCount() {
        return tx.dsl().fetchCount(DSL.selectFrom(LINE_MEASURE));
    }
}
