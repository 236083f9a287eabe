package cn.hazedesk.application;

import cn.hazedesk.application.port.EpisodeStore;
import cn.hazedesk.application.port.Transactions;
import cn.hazedesk.domain.common.Outcome.Refusal;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.EpisodeRefusal;
import cn.hazedesk.domain.episode.Issuer;
import cn.hazedesk.domain.episode.WorkflowSettings;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The numbers notices are published under (docs/episode.md, "Numbers"; data/warning-workflow.csv): the suggestion —
 * the year's first free number of the series of whoever issues the step (the city's, a county's own, a drill's, a
 * temporary control's) — and the checks of a number typed: never one any notice or report took, never a warning
 * series' for a temporary control, never the city's series for a county's own notice or a county's for the city's.
 */
final class NoticeNumbers {
    private final Transactions tx;
    private final EpisodeStore store;
    private final WorkflowSettings settings;
    private final RegionCatalog regions;
    private final Clock clock;

    NoticeNumbers(Transactions tx, EpisodeStore store, WorkflowSettings settings, RegionCatalog regions, Clock clock) {
        this.tx = tx;
        this.store = store;
        this.settings = settings;
        this.regions = regions;
        this.clock = clock;
    }

    /** The city's series; a drill's numbers start with the drill prefix; a temporary control's are its own series. */
    String suggest(boolean drill, boolean tempControl) {
        return firstFree(seq -> Optional.of(tempControl ? settings.tempControlNumber(year(), seq)
                : drill ? settings.drillNumber(year(), seq) : settings.number(year(), seq)));
    }

    /**
     * For publishing {@code e}'s open proposal: a county's own series (number_pattern.<区县名>) when one county issues
     * it under its own plan ({@link Issuer}) — empty when the city has set no series for that county, and the officer
     * types it — else as {@link #suggest(boolean, boolean)}.
     */
    String suggest(Episode e) {
        Optional<String> county = countyIssuer(e);
        if (county.isEmpty()) {
            return suggest(e.drill(), e.tempControl());
        }
        return firstFree(seq -> settings.countyNumber(county.get(), e.drill(), year(), seq));
    }

    /** Why {@code n} may not number {@code e}'s open proposal, if it may not (inside the publishing transaction). */
    Optional<Refusal> clash(Episode e, String n) {
        boolean taken = store.all().stream().anyMatch(x -> n.equals(x.number()) && x.id() != e.id()
                || x.proposals().stream().anyMatch(q -> n.equals(q.number()))) || store.summaryNumbers().contains(n);
        if (taken) {
            return Optional.of(Refusal.of(EpisodeRefusal.NUMBER_TAKEN, n));
        }
        if (e.tempControl()) {
            return settings.warningNumber(n) ? Optional.of(Refusal.of(EpisodeRefusal.WARNING_NUMBER_FOR_TEMP_CONTROL, n))
                    : Optional.empty();
        }
        // a county's own notice takes no number of the city's series, the city's none of a county's
        Optional<String> series = settings.series(n);
        String issuer = countyIssuer(e).orElse("");
        if (series.isPresent() && !series.get().equals(issuer)) {
            return Optional.of(issuer.isEmpty() ? Refusal.of(EpisodeRefusal.COUNTY_NUMBER_FOR_CITY, n, series.get())
                    : Refusal.of(EpisodeRefusal.CITY_NUMBER_FOR_COUNTY, n, issuer));
        }
        return Optional.empty();
    }

    /** The name of the district whose own notice publishes {@code e}'s open proposal, if it is one county's own. */
    private Optional<String> countyIssuer(Episode e) {
        return e.open().flatMap(p -> Issuer.county(e, p.kind(), p.levels())).flatMap(regions::byCode).map(Region::name);
    }

    private int year() {
        return LocalDate.now(clock).getYear();
    }

    /** The first number of a series (by sequence) that no notice or report has taken; "" when there is no series. */
    private String firstFree(IntFunction<Optional<String>> series) {
        return tx.inTransaction(() -> {
            Set<String> used = new HashSet<>(store.summaryNumbers());
            store.all().forEach(x -> x.proposals().forEach(q -> used.add(q.number())));
            for (int seq = 1; ; seq++) {
                Optional<String> n = series.apply(seq);
                if (n.isEmpty() || !used.contains(n.get())) {
                    return n.orElse("");
                }
            }
        });
    }
}
