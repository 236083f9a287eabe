package cn.hazedesk.domain.episode;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who issues a step of a warning (docs/episode.md, "Who signs" and "Numbers"): the city, or one county alone under its
 * own plan — then the county's office heads its notice, its series numbers it and the county signs.
 */
public final class Issuer {
    private Issuer() {
    }

    /**
     * The district (code) that issues a step of {@code e} under its own county plan: the step acts on the levels in
     * force ({@code e.levels()}, none before the issue) and sets {@code target} (a step that sets no levels keeps those
     * in force). Empty for the city's steps, for steps of several counties (the city's office relays them) and for a
     * temporary control.
     */
    public static Optional<String> county(Episode e, ProposalKind kind, AreaLevels target) {
        return e.tempControl() ? Optional.empty() : county(e.levels(), kind.setsLevels() ? target : e.levels());
    }

    /**
     * The district (code) that issues a step on its own, given the levels in force before it ({@code before}, null
     * before the issue) and those it leaves ({@code after}): neither has a city level and one district alone is named.
     */
    public static Optional<String> county(AreaLevels before, AreaLevels after) {
        if (after == null || !after.districtOnly() || before != null && !before.districtOnly()) {
            return Optional.empty();
        }
        Set<String> named = new TreeSet<>(after.districts().keySet());
        if (before != null) {
            named.addAll(before.districts().keySet());
        }
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }
}
