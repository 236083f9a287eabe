package cn.hazedesk.domain.episode;

import java.time.Instant;

/**
 * One approval form (审批表) and what became of it: what is proposed (kind, target levels, times, measures, reason),
 * on which consultation it rests, whose signature it needs, the decision (who, when, comment) and the notice that
 * published it (number, issue time). Once published a proposal never changes; corrections are new proposals.
 *
 * @param levels          the levels in force once published (for kinds that do not change levels: the current ones)
 * @param responseStart   when the response starts (issue, adjustment, resume)
 * @param expectedEnd     when the warning is expected to end
 * @param reason          why: the officer's reason for a level other than recommended, the adjustment or lift reason
 * @param liftBasis       for LIFT: the basis; null otherwise
 * @param hoursBelow      for LIFT on BELOW_CRITERIA: forecast hours below the yellow criteria when proposed
 * @param basis           the consultation (its seq) the proposal rests on; 0 when none
 * @param signatory       the office that must sign, e.g. 分管副市长 (from the configurable signatory rule)
 * @param basisNotice     the number of the provincial or regional warning notice the step follows (区域联动), if it
 *                        rests on one ("" when it rests on the city's own consultation)
 */
public record Proposal(int seq, ProposalKind kind, AreaLevels levels, Instant responseStart, Instant expectedEnd,
                       String measuresSummary, String reason, LiftBasis liftBasis, Integer hoursBelow, int basis,
                       String signatory, String preparedBy, Instant preparedAt, ProposalState state,
                       String decidedBy, Instant decidedAt, String decisionComment,
                       String number, Instant issuedAt, String publishedBy, String basisNotice) {
    public Proposal {
        measuresSummary = measuresSummary == null ? "" : measuresSummary;
        reason = reason == null ? "" : reason;
        decisionComment = decisionComment == null ? "" : decisionComment;
        basisNotice = basisNotice == null ? "" : basisNotice.strip();
    }

    /** A proposal resting on the city's own consultation (no higher notice). */
    public Proposal(int seq, ProposalKind kind, AreaLevels levels, Instant responseStart, Instant expectedEnd,
                    String measuresSummary, String reason, LiftBasis liftBasis, Integer hoursBelow, int basis,
                    String signatory, String preparedBy, Instant preparedAt, ProposalState state,
                    String decidedBy, Instant decidedAt, String decisionComment,
                    String number, Instant issuedAt, String publishedBy) {
        this(seq, kind, levels, responseStart, expectedEnd, measuresSummary, reason, liftBasis, hoursBelow, basis,
                signatory, preparedBy, preparedAt, state, decidedBy, decidedAt, decisionComment, number, issuedAt,
                publishedBy, "");
    }

    /** True when the step follows a provincial or regional warning notice. */
    public boolean onHigherNotice() {
        return !basisNotice.isEmpty();
    }

    Proposal decided(ProposalState to, String by, Instant at, String comment) {
        return new Proposal(seq, kind, levels, responseStart, expectedEnd, measuresSummary, reason, liftBasis,
                hoursBelow, basis, signatory, preparedBy, preparedAt, to, by, at, comment, number, issuedAt, publishedBy,
                basisNotice);
    }

    Proposal published(String noticeNumber, Instant issueTime, Instant start, String by) {
        return new Proposal(seq, kind, levels, start, expectedEnd, measuresSummary, reason, liftBasis, hoursBelow,
                basis, signatory, preparedBy, preparedAt, ProposalState.PUBLISHED, decidedBy, decidedAt,
                decisionComment, noticeNumber, issueTime, by, basisNotice);
    }
}
