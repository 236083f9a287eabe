package cn.hazedesk.domain.episode;

import cn.hazedesk.domain.audit.AuditDetail;

/**
 * What an accepted episode action did: the episode after it, and what the audit trail records of it — the action
 * code (e.g. episode.propose), the episode's state before and after, and the step's own details.
 */
public record EpisodeChange(Episode episode, String action, EpisodeState before, EpisodeState after,
                            AuditDetail detail) {
    /** The audit record's details: the step's own fields, then the state before and after. */
    public AuditDetail auditDetail() {
        return after.addTo(before.addTo(detail, "before"), "after");
    }
}
