package cn.hazedesk.i18n;

import cn.hazedesk.domain.common.Outcome;

/**
 * Words a refusal in the user's language: refusal.<code's enum>.<code> with the refusal's facts; an action's name
 * among them (AccessRefusal) is worded as action.<name>, an episode's structured name (EpisodeService.subject) as
 * {@link AuditSubjectText} words it.
 */
public final class OutcomeText {
    private final Messages m;
    private final AuditSubjectText subjects;

    public OutcomeText(Messages messages) {
        this.m = messages;
        this.subjects = new AuditSubjectText(messages);
    }

    public String refusal(Outcome.Refusal r) {
        Object[] args = r.args().stream().map(a -> m.has("action." + a) ? m.get("action." + a) : subjects.text(a)).toArray();
        return m.get(r.key(), args);
    }
}
