package cn.hazedesk.domain.episode;

/**
 * Where an episode stands (docs/episode.md, "The state machine"). A pending proposal (issue, adjustment, lift) sits on
 * top of the phase: a DRAFT with an issue proposal waiting is "待审签", an ACTIVE episode with a lift proposal is "解除待审签".
 * CANCELLED is a draft abandoned before issue (e.g. after a rejection).
 */
public enum EpisodePhase {
    DRAFT, ACTIVE, SUSPENDED, LIFTED, CLOSED, CANCELLED;

    /** A warning is in force: issued and not lifted. */
    public boolean inForce() {
        return this == ACTIVE || this == SUSPENDED;
    }

    public boolean finished() {
        return this == CLOSED || this == CANCELLED;
    }
}
