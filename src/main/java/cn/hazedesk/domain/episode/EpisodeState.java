package cn.hazedesk.domain.episode;

import cn.hazedesk.domain.audit.AuditDetail;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An episode's state as the audit trail keeps it before and after a step: its phase, the open proposal's kind and
 * state (if any), and the levels in force (null before the first issue). Written into an {@link AuditDetail} as
 * fields {@code <side>Phase}, {@code <side>Open}, {@code <side>OpenState}, {@code <side>Levels}.
 */
public record EpisodeState(EpisodePhase phase, ProposalKind openKind, ProposalState openState, AreaLevels levels) {
    public static EpisodeState of(Episode e) {
        return new EpisodeState(e.phase(), e.open().map(Proposal::kind).orElse(null),
                e.open().map(Proposal::state).orElse(null), e.levels());
    }

    /** {@code d} with this state's fields, named {@code side} + Phase / Open / OpenState / Levels. */
    public AuditDetail addTo(AuditDetail d, String side) {
        return d.with(side + "Phase", phase).with(side + "Open", openKind).with(side + "OpenState", openState)
                .with(side + "Levels", levelsField(levels));
    }

    /**
     * Levels as one field value: {@code city:<LEVEL>} then {@code <district code>:<LEVEL>} in code order, comma
     * separated (e.g. {@code city:ORANGE,640202:ORANGE,640205:RED,640221:ORANGE}); null when there are none.
     */
    public static String levelsField(AreaLevels l) {
        if (l == null) {
            return null;
        }
        return "city:" + (l.city() == null ? "NONE" : l.city()) + new TreeMap<>(l.districts()).entrySet().stream()
                .map(x -> "," + x.getKey() + ":" + x.getValue()).collect(Collectors.joining());
    }

    /** Recommended levels per area code as one field value, the same shape as {@link #levelsField}. */
    public static String recommendedField(Map<String, AreaRecommendation> rec) {
        return new TreeMap<>(rec).entrySet().stream().map(x -> x.getKey() + ":" + x.getValue().level())
                .collect(Collectors.joining(","));
    }
}
