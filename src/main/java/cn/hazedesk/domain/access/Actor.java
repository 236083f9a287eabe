package cn.hazedesk.domain.access;

/**
 * The person acting: the signed-in user's name (the actor of every record), role and scope. {@link #SYSTEM} acts for
 * the program itself (loading the bundled sample on first start, migrations) and may only do what services let it.
 */
public record Actor(String name, Role role, Scope scope) {
    public static final Actor SYSTEM = new Actor("HazeDesk", new Role("SYSTEM", java.util.Set.of(), true, false), Scope.CITY);

    public boolean may(Action a) {
        return role.allows(a);
    }
}
