package cn.hazedesk.domain.access;

import java.util.Optional;

/**
 * Whether an actor may take an action on something of a district (or of the whole city, {@code district} null):
 * the role must allow the action, and the actor's scope must cover the district. A district user may not act on
 * something of the whole city (a city-wide warning, the whole list).
 */
public final class AccessPolicy {
    private AccessPolicy() {
    }

    /** Why an actor is refused. */
    public enum Refusal {
        /** The role does not allow the action. */
        ROLE,
        /** The action concerns another district, or the whole city, and the actor's scope is one district. */
        SCOPE
    }

    /** The refusal, or empty when the actor may. */
    public static Optional<Refusal> check(Actor actor, Action action, String district) {
        if (!actor.may(action)) {
            return Optional.of(Refusal.ROLE);
        }
        if (!actor.scope().covers(district)) {
            return Optional.of(Refusal.SCOPE);
        }
        return Optional.empty();
    }

    /** As {@link #check} for something of the whole city. */
    public static Optional<Refusal> check(Actor actor, Action action) {
        return check(actor, action, null);
    }
}
