package cn.hazedesk.infra.db;

import cn.hazedesk.application.StoredEnterprise;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.WarningLevel;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.hazedesk.infra.db.generated.Tables.ENTERPRISE;
import static cn.hazedesk.infra.db.generated.Tables.PRODUCTION_LINE;

/**
 * The whole current list on the H2 file, read from the JDBC results by column position: the red batch and the
 * whole-list reports read 12,500 enterprises and 50,000 lines, which took 0.85 s of a 5 s batch through jOOQ records
 * (a record made per row, each of its fields looked up by name, the enterprises sorted by H2 through a temporary
 * file) and takes 0.65 s so. The statements
 * are still built by jOOQ from the generated tables (the columns named, not counted); the rows are read in the
 * order of the tables' keys, so H2 sorts nothing (the enterprises are put in district and name order here, with
 * H2's own comparison of text, which is Java's). Runs inside {@link LazyReads} (one open result at a time).
 */
final class WholeListRead {
    private static final List<Field<?>> ENTERPRISE_COLUMNS = List.of(ENTERPRISE.ID, ENTERPRISE.USCC, ENTERPRISE.NAME,
            ENTERPRISE.DISTRICT_CODE, ENTERPRISE.INDUSTRY, ENTERPRISE.GRADE, ENTERPRISE.CONTROL_TYPE, ENTERPRISE.ADDRESS,
            ENTERPRISE.LONGITUDE, ENTERPRISE.LATITUDE, ENTERPRISE.CONTACT_NAME, ENTERPRISE.CONTACT_PHONE,
            ENTERPRISE.PERMIT_NUMBER, ENTERPRISE.PERMIT_MANAGEMENT, ENTERPRISE.BULK_TRANSPORT, ENTERPRISE.TRANSPORT_TRUCKS,
            ENTERPRISE.MIN_TRUCK_STANDARD, ENTERPRISE.IS_SAMPLE, ENTERPRISE.ROW_VERSION);
    private static final List<Field<?>> LINE_COLUMNS = List.of(PRODUCTION_LINE.ENTERPRISE_ID, PRODUCTION_LINE.NAME,
            PRODUCTION_LINE.PROCESS, PRODUCTION_LINE.CAPACITY, PRODUCTION_LINE.SO2_T, PRODUCTION_LINE.NOX_T,
            PRODUCTION_LINE.PM_T, PRODUCTION_LINE.VOCS_T, PRODUCTION_LINE.DESIGN_COKING_H,
            PRODUCTION_LINE.YELLOW_TYPE, PRODUCTION_LINE.YELLOW_FRACTION, PRODUCTION_LINE.YELLOW_TEXT,
            PRODUCTION_LINE.YELLOW_TRANSPORT, PRODUCTION_LINE.ORANGE_TYPE, PRODUCTION_LINE.ORANGE_FRACTION,
            PRODUCTION_LINE.ORANGE_TEXT, PRODUCTION_LINE.ORANGE_TRANSPORT, PRODUCTION_LINE.RED_TYPE,
            PRODUCTION_LINE.RED_FRACTION, PRODUCTION_LINE.RED_TEXT, PRODUCTION_LINE.RED_TRANSPORT);
    /** The levels in the order of their four columns each in {@link #LINE_COLUMNS}, from position {@link #MEASURES}. */
    private static final WarningLevel[] LEVELS = {WarningLevel.YELLOW, WarningLevel.ORANGE, WarningLevel.RED};
    private static final int MEASURES = LINE_COLUMNS.indexOf(PRODUCTION_LINE.YELLOW_TYPE) + 1;

    private WholeListRead() {
    }

    /** The enterprises of list version {@code version} with their lines, by district code, name and id. */
    static List<StoredEnterprise> read(DSLContext d, long version) {
        List<Row> rows = new ArrayList<>();
        Map<Long, List<ProductionLine>> lines = new HashMap<>();
        query(d, d.select(ENTERPRISE_COLUMNS).from(ENTERPRISE).where(ENTERPRISE.LIST_VERSION.eq(version)), rs -> {
            Row r = enterprise(rs);
            rows.add(r);
            lines.put(r.id(), new ArrayList<>(4));
        });
        // straight through the table by key: the old versions' lines are deleted, any left are skipped
        query(d, d.select(LINE_COLUMNS).from(PRODUCTION_LINE).orderBy(PRODUCTION_LINE.ID), rs -> {
            List<ProductionLine> of = lines.get(rs.getLong(L_ENTERPRISE));
            if (of != null) {
                of.add(line(rs));
            }
        });
        rows.sort(Comparator.comparing(Row::districtCode).thenComparing(Row::name).thenComparingLong(Row::id));
        List<StoredEnterprise> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new StoredEnterprise(r.id(), r.sample(), r.with(lines.get(r.id())), r.rowVersion()));
        }
        return out;
    }

    private interface Each {
        void row(ResultSet rs) throws SQLException;
    }

    private static void query(DSLContext d, ResultQuery<?> q, Each each) {
        String sql = q.getSQL();
        List<Object> binds = q.getBindValues();
        d.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < binds.size(); i++) {
                    ps.setObject(i + 1, binds.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        each.row(rs);
                    }
                }
            }
        });
    }

    /** The JDBC position of {@code f} among {@code columns}. */
    private static int at(Field<?> f, List<Field<?>> columns) {
        return columns.indexOf(f) + 1;
    }

    /** An enterprise's columns, its lines to come. */
    private record Row(long id, boolean sample, long rowVersion, String uscc, String name, String districtCode,
                       String industry, String grade, String controlType, String address, BigDecimal longitude,
                       BigDecimal latitude, String contactName, String contactPhone, String permitNumber,
                       String permitManagement, boolean bulkTransport, Integer transportTrucks, String minTruckStandard) {
        Enterprise with(List<ProductionLine> lines) {
            return new Enterprise(uscc, name, districtCode, industry, PerformanceGrade.valueOf(grade),
                    ControlType.valueOf(controlType), address, plain(longitude), plain(latitude), contactName,
                    contactPhone, permitNumber, permitManagement, bulkTransport, transportTrucks, minTruckStandard, lines);
        }
    }

    private static final int E_ID = at(ENTERPRISE.ID, ENTERPRISE_COLUMNS);
    private static final int E_SAMPLE = at(ENTERPRISE.IS_SAMPLE, ENTERPRISE_COLUMNS);
    private static final int E_ROW_VERSION = at(ENTERPRISE.ROW_VERSION, ENTERPRISE_COLUMNS);
    private static final int E_USCC = at(ENTERPRISE.USCC, ENTERPRISE_COLUMNS);
    private static final int E_NAME = at(ENTERPRISE.NAME, ENTERPRISE_COLUMNS);
    private static final int E_DISTRICT = at(ENTERPRISE.DISTRICT_CODE, ENTERPRISE_COLUMNS);
    private static final int E_INDUSTRY = at(ENTERPRISE.INDUSTRY, ENTERPRISE_COLUMNS);
    private static final int E_GRADE = at(ENTERPRISE.GRADE, ENTERPRISE_COLUMNS);
    private static final int E_CONTROL = at(ENTERPRISE.CONTROL_TYPE, ENTERPRISE_COLUMNS);
    private static final int E_ADDRESS = at(ENTERPRISE.ADDRESS, ENTERPRISE_COLUMNS);
    private static final int E_LONGITUDE = at(ENTERPRISE.LONGITUDE, ENTERPRISE_COLUMNS);
    private static final int E_LATITUDE = at(ENTERPRISE.LATITUDE, ENTERPRISE_COLUMNS);
    private static final int E_CONTACT = at(ENTERPRISE.CONTACT_NAME, ENTERPRISE_COLUMNS);
    private static final int E_PHONE = at(ENTERPRISE.CONTACT_PHONE, ENTERPRISE_COLUMNS);
    private static final int E_PERMIT = at(ENTERPRISE.PERMIT_NUMBER, ENTERPRISE_COLUMNS);
    private static final int E_PERMIT_MANAGEMENT = at(ENTERPRISE.PERMIT_MANAGEMENT, ENTERPRISE_COLUMNS);
    private static final int E_BULK = at(ENTERPRISE.BULK_TRANSPORT, ENTERPRISE_COLUMNS);
    private static final int E_TRUCKS = at(ENTERPRISE.TRANSPORT_TRUCKS, ENTERPRISE_COLUMNS);
    private static final int E_TRUCK_STANDARD = at(ENTERPRISE.MIN_TRUCK_STANDARD, ENTERPRISE_COLUMNS);
    private static final int L_ENTERPRISE = at(PRODUCTION_LINE.ENTERPRISE_ID, LINE_COLUMNS);
    private static final int L_NAME = at(PRODUCTION_LINE.NAME, LINE_COLUMNS);
    private static final int L_PROCESS = at(PRODUCTION_LINE.PROCESS, LINE_COLUMNS);
    private static final int L_CAPACITY = at(PRODUCTION_LINE.CAPACITY, LINE_COLUMNS);
    private static final int L_SO2 = at(PRODUCTION_LINE.SO2_T, LINE_COLUMNS);
    private static final int L_NOX = at(PRODUCTION_LINE.NOX_T, LINE_COLUMNS);
    private static final int L_PM = at(PRODUCTION_LINE.PM_T, LINE_COLUMNS);
    private static final int L_VOCS = at(PRODUCTION_LINE.VOCS_T, LINE_COLUMNS);
    private static final int L_COKING = at(PRODUCTION_LINE.DESIGN_COKING_H, LINE_COLUMNS);

    private static Row enterprise(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(E_ID), rs.getBoolean(E_SAMPLE), rs.getLong(E_ROW_VERSION), rs.getString(E_USCC),
                rs.getString(E_NAME), rs.getString(E_DISTRICT), rs.getString(E_INDUSTRY), rs.getString(E_GRADE),
                rs.getString(E_CONTROL), rs.getString(E_ADDRESS), rs.getBigDecimal(E_LONGITUDE),
                rs.getBigDecimal(E_LATITUDE), rs.getString(E_CONTACT), rs.getString(E_PHONE), rs.getString(E_PERMIT),
                rs.getString(E_PERMIT_MANAGEMENT), rs.getBoolean(E_BULK),
                rs.getObject(E_TRUCKS, Integer.class), rs.getString(E_TRUCK_STANDARD));
    }

    private static ProductionLine line(ResultSet rs) throws SQLException {
        List<LevelMeasure> measures = new ArrayList<>();
        for (int k = 0; k < LEVELS.length; k++) {
            int p = MEASURES + 4 * k; // type, fraction, text, transport
            JooqEnterpriseStore.addMeasure(measures, LEVELS[k], rs.getString(p), rs.getBigDecimal(p + 1),
                    rs.getString(p + 2), rs.getString(p + 3));
        }
        return new ProductionLine(rs.getString(L_NAME), rs.getString(L_PROCESS), rs.getString(L_CAPACITY),
                plain(rs.getBigDecimal(L_SO2)), plain(rs.getBigDecimal(L_NOX)), plain(rs.getBigDecimal(L_PM)),
                plain(rs.getBigDecimal(L_VOCS)), measures, plain(rs.getBigDecimal(L_COKING)));
    }

    /** As {@link JooqEnterpriseStore}: a number without trailing zeros, never in exponent form. */
    static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
