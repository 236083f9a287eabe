package db.migration;

import cn.hazedesk.domain.enterprise.TransportRule;
import cn.hazedesk.domain.listimport.MeasureTextRules;
import cn.hazedesk.infra.data.ListReadingCsv;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Lines stored before V6 kept no transport rule with their measures: it is read from each measure's text by the
 * bundled data/measure-text-rules.csv, as the import and the editor read it since (docs/list-import.md), so that
 * an order states the rule the line's own measure names.
 */
public class V12__Transport_rules_of_older_lines extends BaseJavaMigration {
    private static final String[] LEVELS = {"yellow", "orange", "red"};

    @Override
    public void migrate(Context context) throws Exception {
        MeasureTextRules rules = ListReadingCsv.measureText(null);
        Connection c = context.getConnection();
        for (String level : LEVELS) {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT id, " + level + "_text FROM production_line WHERE "
                         + level + "_transport IS NULL AND " + level + "_text IS NOT NULL");
                 PreparedStatement update = c.prepareStatement("UPDATE production_line SET " + level
                         + "_transport = ? WHERE id = ?")) {
                int pending = 0;
                while (r.next()) {
                    TransportRule t = rules.read(r.getString(2), null).transport();
                    update.setString(1, t.name());
                    update.setLong(2, r.getLong(1));
                    update.addBatch();
                    if (++pending == 1000) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    update.executeBatch();
                }
            }
        }
    }
}
