package cn.hazedesk.domain.region;

import java.util.List;
import java.util.Optional;

/** The city and its districts, as configured in data/regions.csv. */
public record RegionCatalog(List<Region> regions) {
    public RegionCatalog {
        regions = List.copyOf(regions);
        if (regions.stream().filter(r -> r.level() == Region.Level.CITY).count() != 1) {
            throw new IllegalArgumentException("exactly one city is needed");
        }
    }

    public Region city() {
        return regions.stream().filter(r -> r.level() == Region.Level.CITY).findFirst().orElseThrow();
    }

    public List<Region> districts() {
        return regions.stream().filter(r -> r.level() == Region.Level.DISTRICT).toList();
    }

    public Optional<Region> byCode(String code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public Optional<Region> districtByName(String name) {
        return districts().stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
