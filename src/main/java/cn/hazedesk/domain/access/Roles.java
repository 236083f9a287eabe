package cn.hazedesk.domain.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The roles of data/roles.csv by key, in the file's order. */
public final class Roles {
    public static final String ADMINISTRATOR = "ADMINISTRATOR";
    private final Map<String, Role> byKey = new LinkedHashMap<>();

    public Roles(List<Role> roles) {
        for (Role r : roles) {
            byKey.put(r.key(), r);
        }
        Role admin = byKey.get(ADMINISTRATOR);
        if (admin == null || !admin.allows(Action.USER_MANAGE)) {
            throw new IllegalArgumentException("roles must include " + ADMINISTRATOR + " with USER_MANAGE");
        }
    }

    public Optional<Role> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public List<Role> all() {
        return new ArrayList<>(byKey.values());
    }
}
