package cn.hazedesk.infra.data;

import cn.hazedesk.domain.episode.TempControlMeasure;
import org.apache.commons.csv.CSVRecord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** data/temp-control-measures.csv: the light measures a temporary control's notice states, in order. */
public final class TempControlMeasuresCsv {
    static final String FILE = "temp-control-measures.csv";

    private TempControlMeasuresCsv() {
    }

    public static List<TempControlMeasure> load(Path siteRules) {
        List<TempControlMeasure> out = new ArrayList<>();
        for (CSVRecord r : BundledData.readCsv(FILE, true, siteRules)) {
            try {
                out.add(new TempControlMeasure(r.get("category"), r.get("measure")));
            } catch (IllegalArgumentException e) {
                throw BundledData.problemInRecord(FILE, r, e.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("data/" + FILE + ": no measure");
        }
        return List.copyOf(out);
    }
}
