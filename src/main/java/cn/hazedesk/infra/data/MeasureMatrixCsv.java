package cn.hazedesk.infra.data;

import cn.hazedesk.domain.enterprise.IndustryCatalog;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.measure.Confidence;
import cn.hazedesk.domain.measure.MatrixEntry;
import cn.hazedesk.domain.measure.MeasureMatrix;
import org.apache.commons.csv.CSVRecord;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** data/measure-matrix.csv: industry × grade × level → default measure, each row with its source and confidence. */
public final class MeasureMatrixCsv {
    static final String FILE = "measure-matrix.csv";

    private MeasureMatrixCsv() {
    }

    public static MeasureMatrix load(IndustryCatalog industries) {
        return load(industries, null);
    }

    /** The matrix, from {@code siteRules}/measure-matrix.csv when the site has its own. */
    public static MeasureMatrix load(IndustryCatalog industries, java.nio.file.Path siteRules) {
        List<MatrixEntry> out = new ArrayList<>();
        for (CSVRecord r : BundledData.readCsv(FILE, true, siteRules)) {
            String industry = r.get("industry");
            if (industries.byName(industry).isEmpty()) {
                throw BundledData.problemInRecord(FILE, r, "unknown industry " + industry);
            }
            PerformanceGrade grade = PerformanceGrade.parse(r.get("grade"))
                    .orElseThrow(() -> BundledData.problemInRecord(FILE, r, "unknown grade"));
            try {
                out.add(new MatrixEntry(industry, grade, RuleValues.level(r.get("level")),
                        MeasureType.valueOf(r.get("measure_type")), new BigDecimal(r.get("fraction")), r.get("text"),
                        RuleValues.transport(r.get("transport")), r.get("source"),
                        Confidence.valueOf(r.get("confidence"))));
            } catch (IllegalArgumentException e) {
                throw BundledData.problemInRecord(FILE, r, e.getMessage());
            }
        }
        try {
            return new MeasureMatrix(out);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("data/" + FILE + ": " + e.getMessage(), e);
        }
    }
}
