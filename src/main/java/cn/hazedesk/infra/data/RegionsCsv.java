package cn.hazedesk.infra.data;

import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.List;

/** data/regions.csv: the city and its districts with their GB/T 2260 codes. */
public final class RegionsCsv {
    private RegionsCsv() {
    }

    public static RegionCatalog load() {
        List<Region> regions = new ArrayList<>();
        for (CSVRecord r : BundledData.readCsv("regions.csv")) {
            Region.Level level = switch (r.get("level")) {
                case "city" -> Region.Level.CITY;
                case "district" -> Region.Level.DISTRICT;
                default -> throw BundledData.problem("regions.csv", r, "level must be city or district");
            };
            regions.add(new Region(r.get("code"), r.get("name"), level));
        }
        return new RegionCatalog(regions);
    }
}
