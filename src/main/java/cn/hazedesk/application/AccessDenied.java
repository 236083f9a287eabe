package cn.hazedesk.application;

import cn.hazedesk.domain.access.AccessRefusal;
import cn.hazedesk.domain.access.Action;
import cn.hazedesk.domain.common.Outcome;

/**
 * A service refused an action because of who asked (docs/access.md): the role does not allow it, or it concerns
 * another district or the whole city. Thrown before anything is written; its words are the refusal's
 * ({@code refusal.AccessRefusal.*} with {@code action.*}), shown by the window and the command line.
 */
public final class AccessDenied extends RuntimeException {
    private final transient Outcome.Refusal refusal;
    private final AccessRefusal reason;
    private final Action action;

    public AccessDenied(String actor, AccessRefusal reason, Action action) {
        super(actor + " may not " + action + " (" + reason + ")");
        this.reason = reason;
        this.action = action;
        this.refusal = Outcome.Refusal.of(reason, action.name());
    }

    public Outcome.Refusal refusal() {
        return refusal;
    }

    public AccessRefusal reason() {
        return reason;
    }

    public Action action() {
        return action;
    }
}
