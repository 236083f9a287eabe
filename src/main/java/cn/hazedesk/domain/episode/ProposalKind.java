package cn.hazedesk.domain.episode;

/** What a proposal asks the signatory to approve; every kind goes through the same approve → publish path. */
public enum ProposalKind {
    ISSUE, ADJUST, EXTEND, SUSPEND, RESUME, LIFT;

    /** Kinds that set district levels and therefore generate new response orders when published. */
    public boolean setsLevels() {
        return this == ISSUE || this == ADJUST;
    }
}
