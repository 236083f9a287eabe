package cn.hazedesk.infra.data;

import cn.hazedesk.domain.enterprise.Industry;
import cn.hazedesk.domain.enterprise.IndustryCatalog;
import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.List;

/** data/industries.csv: the national key industries (graded) and the city's local ones. */
public final class IndustriesCsv {
    private IndustriesCsv() {
    }

    public static IndustryCatalog load() {
        List<Industry> out = new ArrayList<>();
        for (CSVRecord r : BundledData.readCsv("industries.csv")) {
            String key = r.get("key_industry");
            if (!key.equals("true") && !key.equals("false")) {
                throw BundledData.problem("industries.csv", r, "key_industry must be true or false");
            }
            out.add(new Industry(r.get("name"), Boolean.parseBoolean(key)));
        }
        return new IndustryCatalog(out);
    }
}
