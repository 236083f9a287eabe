package cn.hazedesk.domain.access;

import java.util.EnumSet;
import java.util.Set;

/** A role from data/roles.csv: its key, the actions it may take, and whether it may be city-wide, district or both. */
public record Role(String key, Set<Action> actions, boolean cityScope, boolean districtScope) {
    public Role {
        actions = actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
    }

    public boolean allows(Action a) {
        return actions.contains(a);
    }

    public boolean allows(Scope s) {
        return s.city() ? cityScope : districtScope;
    }
}
