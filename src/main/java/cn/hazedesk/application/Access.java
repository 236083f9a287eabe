package cn.hazedesk.application;

import cn.hazedesk.domain.access.AccessPolicy;
import cn.hazedesk.domain.access.Action;
import cn.hazedesk.domain.access.Actor;

/** The check every data-changing service method makes first, before its transaction (docs/access.md). */
public final class Access {
    private Access() {
    }

    /**
     * Returns when {@code actor} may take {@code action} on something of {@code district} (a district code; null for
     * something of the whole city); otherwise throws {@link AccessDenied} and nothing has been written.
     */
    public static void require(Actor actor, Action action, String district) {
        if (actor == null) {
            throw new IllegalArgumentException("no actor for " + action);
        }
        AccessPolicy.check(actor, action, district).ifPresent(r -> {
            throw new AccessDenied(actor.name(), r, action);
        });
    }

    /** As {@link #require(Actor, Action, String)} for something of the whole city. */
    public static void require(Actor actor, Action action) {
        require(actor, action, null);
    }
}
