package cn.hazedesk.application;

import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.response.ResponseOrder;
import cn.hazedesk.domain.response.ResponseOrderGenerator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The response orders (企业重污染天气应急响应告知书 contents) of the stored list at a level: each enterprise with
 * its grade in effect at the moment asked for (a response start, or now for planning), each line's measure by the
 * measure rules. Read-only.
 */
public final class ResponseOrderService {
    private final ReductionService reduction;
    private final ResponseOrderGenerator generator;
    private final RegionCatalog regions;
    private final Clock clock;

    public ResponseOrderService(ReductionService reduction, ResponseOrderGenerator generator, RegionCatalog regions,
                                Clock clock) {
        this.reduction = reduction;
        this.generator = generator;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * The orders at {@code level} with the grades in effect at {@code at}, of one district (by name, e.g. 惠农区) or
     * of every district; sorted by district, then enterprise name. Throws {@link UnknownDistrictException} for a
     * name that is not a district of the city.
     */
    public List<ResponseOrder> ordersAt(WarningLevel level, Optional<String> district, Instant at) {
        Set<String> codes = district.map(d -> Set.of(districtCode(d))).orElse(Set.of());
        return generator.generate(reduction.graded(at), level, codes);
    }

    /** {@link #ordersAt} with the grades in effect now: what the orders would be for the current list. */
    public List<ResponseOrder> ordersNow(WarningLevel level, Optional<String> district) {
        return ordersAt(level, district, clock.instant());
    }

    /** The code of a district named {@code name} (surrounding spaces ignored). */
    public String districtCode(String name) {
        String n = name == null ? "" : name.strip();
        return regions.districtByName(n).map(Region::code).orElseThrow(() -> new UnknownDistrictException(n));
    }

    /** The district names, in catalogue order. */
    public List<String> districtNames() {
        return regions.districts().stream().map(Region::name).toList();
    }
}
