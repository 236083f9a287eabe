package cn.hazedesk.domain.episode;

/** PENDING (awaiting signature) → APPROVED → PUBLISHED, or REJECTED / WITHDRAWN. */
public enum ProposalState {
    PENDING, APPROVED, REJECTED, WITHDRAWN, PUBLISHED;

    public boolean open() {
        return this == PENDING || this == APPROVED;
    }
}
