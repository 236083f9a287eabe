package cn.hazedesk.domain.episode;

import java.time.Instant;
import java.util.List;

/** What a duty officer or signatory can do to an episode. {@link EpisodeRules} accepts or refuses each. */
public sealed interface EpisodeAction {
    /** Record a consultation (会商) with its forecast, opinion and participants. */
    record Consult(Instant heldAt, String profile, List<ForecastDay> days, String opinion, String participants)
            implements EpisodeAction {
        public Consult {
            days = List.copyOf(days);
        }
    }

    /** Prepare an approval form. Fields a kind does not use are ignored (may be null). */
    /**
     * A proposal; {@code basisNotice}: the number of the provincial or regional warning notice it follows, if any
     * (区域联动: a warning issued on a higher notice, recorded with that notice's number as its basis).
     */
    record Propose(ProposalKind kind, AreaLevels levels, Instant responseStart, Instant expectedEnd,
                   String measuresSummary, String reason, LiftBasis liftBasis, boolean shortfallConfirmed,
                   String basisNotice)
            implements EpisodeAction {
        /** A proposal resting on the city's own consultation. */
        public Propose(ProposalKind kind, AreaLevels levels, Instant responseStart, Instant expectedEnd,
                       String measuresSummary, String reason, LiftBasis liftBasis, boolean shortfallConfirmed) {
            this(kind, levels, responseStart, expectedEnd, measuresSummary, reason, liftBasis, shortfallConfirmed, null);
        }
    }

    /** The signatory approves the open proposal. */
    record Approve(String signedBy, String comment) implements EpisodeAction {
    }

    /** The signatory rejects the open proposal, saying why. */
    record Reject(String signedBy, String reason) implements EpisodeAction {
    }

    /** The officer takes back an open proposal (before publication). */
    record Withdraw(String reason) implements EpisodeAction {
    }

    /** Publish the approved proposal as a notice: its number, the issue time and (optionally other) response start. */
    record Publish(String number, Instant issueTime, Instant responseStart) implements EpisodeAction {
    }

    /** Close a lifted episode with its summary evaluation. */
    record Close(String summary) implements EpisodeAction {
    }

    /** Abandon a draft that was never issued. */
    record Cancel(String reason) implements EpisodeAction {
    }
}
