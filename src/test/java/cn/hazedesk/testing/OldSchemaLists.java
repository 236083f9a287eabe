package cn.hazedesk.testing;

import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.WarningLevel;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes a list into a database at schema version 2 to 6 (before list versions, V7), with plain SQL, the way those
 * releases stored it: a data folder as an older HazeDesk left it, for migration tests.
 */
public final class OldSchemaLists {
    private OldSchemaLists() {
    }

    public static void insert(Connection c, List<Enterprise> enterprises, boolean sample) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement e = c.prepareStatement("INSERT INTO enterprise (id, uscc, name, district_code, industry, grade, "
                + "control_type, address, longitude, latitude, contact_name, contact_phone, permit_number, permit_management, "
                + "bulk_transport, transport_trucks, min_truck_standard, is_sample) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement l = c.prepareStatement("INSERT INTO production_line (id, enterprise_id, name, process, capacity, "
                     + "so2_t, nox_t, pm_t, vocs_t, yellow_type, yellow_fraction, yellow_text, orange_type, orange_fraction, "
                     + "orange_text, red_type, red_fraction, red_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            long id = 1;
            long lineId = 1;
            int pending = 0;
            for (Enterprise x : enterprises) {
                int i = 1;
                e.setLong(i++, id);
                e.setString(i++, x.uscc());
                e.setString(i++, x.name());
                e.setString(i++, x.districtCode());
                e.setString(i++, x.industry());
                e.setString(i++, x.grade().name());
                e.setString(i++, x.controlType().name());
                e.setString(i++, x.address());
                e.setBigDecimal(i++, x.longitude());
                e.setBigDecimal(i++, x.latitude());
                e.setString(i++, x.contactName());
                e.setString(i++, x.contactPhone());
                e.setString(i++, x.permitNumber());
                e.setString(i++, x.permitManagement());
                e.setBoolean(i++, x.bulkTransport());
                e.setObject(i++, x.transportTrucks());
                e.setString(i++, x.minTruckStandard());
                e.setBoolean(i, sample);
                e.addBatch();
                for (ProductionLine p : x.lines()) {
                    int k = 1;
                    l.setLong(k++, lineId++);
                    l.setLong(k++, id);
                    l.setString(k++, p.name());
                    l.setString(k++, p.process());
                    l.setString(k++, p.capacity());
                    l.setBigDecimal(k++, orZero(p.so2Tonnes()));
                    l.setBigDecimal(k++, orZero(p.noxTonnes()));
                    l.setBigDecimal(k++, orZero(p.pmTonnes()));
                    l.setBigDecimal(k++, orZero(p.vocsTonnes()));
                    for (WarningLevel level : WarningLevel.values()) {
                        LevelMeasure m = p.measure(level).orElse(null);
                        l.setString(k++, m == null || m.type() == null ? null : m.type().name());
                        l.setBigDecimal(k++, m == null ? null : m.fraction());
                        l.setString(k++, m == null ? null : m.text());
                    }
                    l.addBatch();
                }
                id++;
                if (++pending == 500) {
                    e.executeBatch();
                    l.executeBatch();
                    pending = 0;
                }
            }
            e.executeBatch();
            l.executeBatch();
            c.commit();
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
