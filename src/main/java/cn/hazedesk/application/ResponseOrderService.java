package cn.hazedesk.application;

import cn.hazedesk.domain.enterprise.IndustryCatalog;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.reduction.GradedEnterprise;
import cn.hazedesk.domain.response.OrderChecks;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.response.ResponseOrder;
import cn.hazedesk.domain.response.ResponseOrderGenerator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The response orders (企业重污染天气应急响应告知书 contents) of the stored list at a level: each enterprise with
 * its grade in effect at the moment asked for (a response start, or now for planning), each line's measure by the
 * measure rules. Read-only.
 */
public final class ResponseOrderService {
    /** Enterprises read at a time by the list's check. */
    private static final int CHECK_PAGE = 1000;
    private final ReductionService reduction;
    private final ResponseOrderGenerator generator;
    private final RegionCatalog regions;
    private final IndustryCatalog industries;
    private final Clock clock;

    public ResponseOrderService(ReductionService reduction, ResponseOrderGenerator generator, RegionCatalog regions,
                                IndustryCatalog industries, Clock clock) {
        this.reduction = reduction;
        this.generator = generator;
        this.regions = regions;
        this.industries = industries;
        this.clock = clock;
    }

    /**
     * What must be confirmed before these orders go out (docs/measures-and-reductions.md, "Checks before orders go
     * out").
     */
    public OrderChecks checks(List<ResponseOrder> orders) {
        return OrderChecks.of(orders, industries);
    }

    /**
     * The list's check at the given levels with the grades in effect now: the enterprises named in {@link OrderChecks}
     * at any of the levels, each once, in list order. The list is read a page at a time and only the orders that need
     * a look are kept (a 50,000-line list's orders at every level held at once took over 100 MB of the list screen's
     * heap); those are then ordered as the orders are.
     */
    public ListCheck listCheck(Collection<WarningLevel> levels) {
        Map<WarningLevel, List<GradedEnterprise>> flagged = new EnumMap<>(WarningLevel.class);
        reduction.gradedInPages(clock.instant(), CHECK_PAGE, page -> {
            for (GradedEnterprise ge : page) {
                for (WarningLevel l : levels) {
                    if (!checks(List.of(generator.order(ge, l))).clean()) {
                        flagged.computeIfAbsent(l, k -> new ArrayList<>()).add(ge);
                    }
                }
            }
        });
        Set<String> without = new LinkedHashSet<>();
        Set<String> unverified = new LinkedHashSet<>();
        Set<String> protectedLow = new LinkedHashSet<>();
        for (WarningLevel l : WarningLevel.values()) {
            if (!levels.contains(l)) {
                continue;
            }
            OrderChecks c = checks(generator.generate(flagged.getOrDefault(l, List.of()), l, Set.of()));
            c.keyIndustryWithoutMeasure().forEach(o -> without.add(o.enterpriseName()));
            c.unverifiedDefaults().forEach(o -> unverified.add(o.enterpriseName()));
            c.protectedBelowB().forEach(o -> protectedLow.add(o.enterpriseName()));
        }
        return new ListCheck(List.copyOf(without), List.copyOf(unverified), List.copyOf(protectedLow));
    }

    /**
     * Enterprises (names) of the stored list that need a look before orders go out: key-industry firms without a
     * measure at some level, firms whose measure at some level is an UNVERIFIED default, 保障类 firms of a key
     * industry graded below B.
     */
    public record ListCheck(List<String> keyIndustryWithoutMeasure, List<String> unverifiedDefaults,
                            List<String> protectedBelowB) {
        public boolean clean() {
            return keyIndustryWithoutMeasure.isEmpty() && unverifiedDefaults.isEmpty() && protectedBelowB.isEmpty();
        }
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
