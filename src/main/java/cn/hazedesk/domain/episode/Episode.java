package cn.hazedesk.domain.episode;

import cn.hazedesk.domain.enterprise.WarningLevel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One warning episode (预警过程), immutable: each accepted action gives a new value (see {@link EpisodeRules}).
 *
 * @param number       the warning's number, given when it is issued (null before)
 * @param levels       the levels in force (null before issue)
 * @param round        how many level-setting notices were published: response orders belong to a round, and a new
 *                     round supersedes the orders of the previous one
 * @param tempControl  a 轻中度污染临时管控 (temporary control for light or moderate pollution): not a warning — no
 *                     level, no number from the warning series, no per-enterprise orders; it is consulted, approved,
 *                     published and lifted like a warning (docs/episode.md, "Temporary control")
 */
public record Episode(long id, String title, boolean drill, EpisodePhase phase, AreaLevels levels, String number,
                      Instant issuedAt, Instant responseStart, Instant expectedEnd, Instant liftedAt,
                      List<Consultation> consultations, List<Proposal> proposals, String summary, int round,
                      String createdBy, Instant createdAt, boolean tempControl) {
    public Episode {
        consultations = List.copyOf(consultations);
        proposals = List.copyOf(proposals);
        summary = summary == null ? "" : summary;
    }

    /** A warning episode (not a temporary control). */
    public Episode(long id, String title, boolean drill, EpisodePhase phase, AreaLevels levels, String number,
                   Instant issuedAt, Instant responseStart, Instant expectedEnd, Instant liftedAt,
                   List<Consultation> consultations, List<Proposal> proposals, String summary, int round,
                   String createdBy, Instant createdAt) {
        this(id, title, drill, phase, levels, number, issuedAt, responseStart, expectedEnd, liftedAt, consultations,
                proposals, summary, round, createdBy, createdAt, false);
    }

    /** A new temporary control (轻中度污染临时管控) with nothing in it yet. */
    public static Episode draftTempControl(long id, String title, String by, Instant at) {
        return new Episode(id, title, false, EpisodePhase.DRAFT, null, null, null, null, null, null, List.of(),
                List.of(), "", 0, by, at, true);
    }

    /** A new draft with nothing in it yet. */
    public static Episode draft(long id, String title, boolean drill, String by, Instant at) {
        return new Episode(id, title, drill, EpisodePhase.DRAFT, null, null, null, null, null, null, List.of(),
                List.of(), "", 0, by, at);
    }

    /** The proposal awaiting signature or publication, if any. */
    public Optional<Proposal> open() {
        return proposals.stream().filter(p -> p.state().open()).findFirst();
    }

    public Optional<Consultation> latestConsultation() {
        return consultations.isEmpty() ? Optional.empty() : Optional.of(consultations.get(consultations.size() - 1));
    }

    public Optional<Consultation> consultation(int seq) {
        return consultations.stream().filter(c -> c.seq() == seq).findFirst();
    }

    public Optional<Proposal> proposal(int seq) {
        return proposals.stream().filter(p -> p.seq() == seq).findFirst();
    }

    /** The city level in force, if issued. */
    public Optional<WarningLevel> cityLevel() {
        return Optional.ofNullable(levels).map(AreaLevels::city);
    }

    /** The published proposals, oldest first: the episode's notices. */
    public List<Proposal> published() {
        return proposals.stream().filter(p -> p.state() == ProposalState.PUBLISHED).toList();
    }

    /** A status code for display: the phase, refined by an open proposal (e.g. DRAFT_PENDING, ACTIVE_LIFT_APPROVED). */
    public String statusCode() {
        Optional<Proposal> p = open();
        if (p.isEmpty()) {
            return phase.name();
        }
        return phase.name() + "_" + p.get().kind().name() + "_" + p.get().state().name();
    }

    Episode with(EpisodePhase ph, AreaLevels lv, String num, Instant issued, Instant start, Instant end, Instant lifted,
                 List<Consultation> cs, List<Proposal> ps, String sum, int rnd) {
        return new Episode(id, title, drill, ph, lv, num, issued, start, end, lifted, cs, ps, sum, rnd, createdBy, createdAt,
                tempControl);
    }

    Episode withProposal(Proposal changed) {
        List<Proposal> ps = new ArrayList<>(proposals);
        ps.replaceAll(p -> p.seq() == changed.seq() ? changed : p);
        if (ps.stream().noneMatch(p -> p.seq() == changed.seq())) {
            ps.add(changed);
        }
        return with(phase, levels, number, issuedAt, responseStart, expectedEnd, liftedAt, consultations, ps, summary, round);
    }
}
