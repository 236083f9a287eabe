package cn.hazedesk.application;

import cn.hazedesk.application.port.EpisodeStore;
import cn.hazedesk.application.port.EpisodeStore.StoredOrder;
import cn.hazedesk.application.port.Transactions;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The evaluation of an episode (what the 总结评估 draws on): the levels over time, the orders and how many
 * enterprises received, acknowledged, implemented and were inspected, those found non-compliant, each area's
 * estimated reductions against its target, the observed AQI and the timeline.
 */
final class EpisodeEvaluation {
    private final Transactions tx;
    private final EpisodeStore store;
    private final ReductionService reduction;
    private final RegionCatalog regions;

    EpisodeEvaluation(Transactions tx, EpisodeStore store, ReductionService reduction, RegionCatalog regions) {
        this.tx = tx;
        this.store = store;
        this.reduction = reduction;
        this.regions = regions;
    }

    /** The episode's evaluation: notices and levels over time, compliance, reductions against targets, observed AQI. */
    EpisodeService.Evaluation evaluate(long episodeId) {
        return tx.inTransaction(() -> {
            Episode e = store.find(episodeId).orElseThrow();
            List<EpisodeService.LevelChange> levels = e.published().stream()
                    .map(p -> new EpisodeService.LevelChange(p.issuedAt(), p.number(), p.kind(), p.levels())).toList();
            // compliance per enterprise over the whole episode: an acknowledgement before an upgrade still counts
            List<StoredOrder> all = store.orders(episodeId);
            Map<String, List<StoredOrder>> byEnterprise = new java.util.LinkedHashMap<>();
            all.forEach(o -> byEnterprise.computeIfAbsent(o.order().uscc(), k -> new ArrayList<>()).add(o));
            List<String> bad = byEnterprise.values().stream().filter(os -> os.stream().anyMatch(o -> o.nonCompliant() > 0))
                    .map(os -> os.get(0).order().enterpriseName()).toList();
            List<EpisodeService.ReductionRow> rows = new ArrayList<>();
            if (e.levels() != null) {
                var report = reduction.report(java.util.EnumSet.allOf(WarningLevel.class), e.responseStart());
                List<Region> areas = new ArrayList<>(regions.districts());
                areas.add(regions.city());
                for (Region r : areas) {
                    WarningLevel l = r.equals(regions.city()) ? e.levels().city() : e.levels().of(r.code());
                    if (l == null) {
                        continue; // under a county plan only the districts with a level are checked
                    }
                    for (var p : cn.hazedesk.domain.enterprise.Enterprise.Pollutant.values()) {
                        report.result(r.code(), l, p).ifPresent(x -> rows.add(new EpisodeService.ReductionRow(r, l, p, x.percent(),
                                x.targetShare().multiply(java.math.BigDecimal.valueOf(100)), x.verdict(), x.baselineSource(), x.dailyCut(),
                                x.dailyBaseline())));
                    }
                }
            }
            return new EpisodeService.Evaluation(e, levels, byEnterprise.size(), all.size(),
                    enterprisesWith(byEnterprise, o -> o.deliveredAt() != null),
                    enterprisesWith(byEnterprise, o -> o.acknowledgedAt() != null),
                    enterprisesWith(byEnterprise, o -> o.implementedAt() != null),
                    enterprisesWith(byEnterprise, o -> o.inspections() > 0), bad, rows,
                    store.observedAqi(episodeId), store.timeline(episodeId));
        });
    }

    private static long enterprisesWith(Map<String, List<StoredOrder>> byEnterprise,
                                        java.util.function.Predicate<StoredOrder> p) {
        return byEnterprise.values().stream().filter(os -> os.stream().anyMatch(p)).count();
    }
}
