package cn.hazedesk.testing;

import cn.hazedesk.domain.access.Action;
import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.domain.access.Role;
import cn.hazedesk.domain.access.Roles;
import cn.hazedesk.domain.access.Scope;
import cn.hazedesk.infra.data.RolesCsv;

import java.util.EnumSet;

/** Actors for tests: the real roles of data/roles.csv, and one who may do everything (tests of other rules). */
public final class Actors {
    private static final Role EVERYTHING = new Role("TEST_EVERYTHING", EnumSet.allOf(Action.class), true, true);

    private Actors() {
    }

    /** A city-wide user allowed every action: for tests whose subject is not who may act. */
    public static Actor all(String name) {
        return new Actor(name, EVERYTHING, Scope.CITY);
    }

    /** A user of a role of the bundled data/roles.csv, city-wide ({@code district} null) or of one district. */
    public static Actor of(String name, String roleKey, String district) {
        Roles roles = RolesCsv.roles(null);
        Role role = roles.byKey(roleKey).orElseThrow(() -> new IllegalArgumentException("no role " + roleKey));
        return new Actor(name, role, district == null ? Scope.CITY : Scope.district(district));
    }
}
