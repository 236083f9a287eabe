package cn.hazedesk.infra.data;

import cn.hazedesk.domain.access.Action;
import cn.hazedesk.domain.access.Role;
import cn.hazedesk.domain.access.Roles;
import cn.hazedesk.domain.access.SignInPolicy;
import org.apache.commons.csv.CSVRecord;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** data/roles.csv (who may do what) and data/access.csv (the sign-in rules), each replaced by the site's rules/ file. */
public final class RolesCsv {
    private RolesCsv() {
    }

    public static Roles roles(Path siteRules) {
        List<Role> roles = new ArrayList<>();
        for (CSVRecord r : BundledData.readCsv("roles.csv", true, siteRules)) {
            Set<Action> actions = EnumSet.noneOf(Action.class);
            for (String a : r.get("actions").split("\\|")) {
                if (a.isBlank()) {
                    continue;
                }
                try {
                    actions.add(Action.valueOf(a.trim()));
                } catch (IllegalArgumentException e) {
                    throw BundledData.problemInRecord("roles.csv", r, "unknown action " + a);
                }
            }
            String scopes = r.get("scopes");
            boolean city = scopes.contains("CITY");
            boolean district = scopes.contains("DISTRICT");
            if (!city && !district) {
                throw BundledData.problemInRecord("roles.csv", r, "scopes must name CITY, DISTRICT or both");
            }
            roles.add(new Role(r.get("role").trim(), actions, city, district));
        }
        try {
            return new Roles(roles);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("data/roles.csv: " + e.getMessage(), e);
        }
    }

    public static SignInPolicy policy(Path siteRules) {
        Map<String, Integer> v = new HashMap<>();
        for (CSVRecord r : BundledData.readCsv("access.csv", true, siteRules)) {
            try {
                v.put(r.get("setting").trim(), Integer.parseInt(r.get("value").trim()));
            } catch (NumberFormatException e) {
                throw BundledData.problemInRecord("access.csv", r, "the value must be a whole number");
            }
        }
        SignInPolicy d = SignInPolicy.DEFAULT;
        return new SignInPolicy(v.getOrDefault("max_failed_attempts", d.maxFailedAttempts()),
                Duration.ofMinutes(v.getOrDefault("lock_minutes", (int) d.lockFor().toMinutes())),
                Duration.ofMinutes(v.getOrDefault("idle_lock_minutes", (int) d.idleLock().toMinutes())),
                v.getOrDefault("min_password_length", d.minPasswordLength()));
    }
}
