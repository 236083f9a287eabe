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

    /** The refusal, or empty when the actor may. */
    public static Optional<AccessRefusal> check(Actor actor, Action action, String district) {
        if (!actor.may(action)) {
            return Optional.of(AccessRefusal.ROLE);
        }
        if (!actor.scope().covers(district)) {
            return Optional.of(AccessRefusal.SCOPE);
        }
        return Optional.empty();
    }

    /** As {@link #check}, as an outcome: the refusal carries the action's name for its words. */
    public static <T> java.util.Optional<cn.hazedesk.domain.common.Outcome<T>> refusal(Actor actor, Action action,
                                                                                        String district) {
        return check(actor, action, district).map(r -> cn.hazedesk.domain.common.Outcome.refused(r, action.name()));
    }

    /**
     * Whether the actor may take the action on anything at all: the role allows it, and a district user is not
     * refused it everywhere (an action of the whole city, {@link Action#cityWide()}). The window shows what passes.
     */
    public static boolean mayAtAll(Actor actor, Action action) {
        return actor.may(action) && (actor.scope().city() || !action.cityWide());
    }

    /** As {@link #check} for something of the whole city. */
    public static Optional<AccessRefusal> check(Actor actor, Action action) {
        return check(actor, action, null);
    }
}
