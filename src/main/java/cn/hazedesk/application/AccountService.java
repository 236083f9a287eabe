package cn.hazedesk.application;

import cn.hazedesk.domain.audit.AuditDetail;
import cn.hazedesk.application.port.AccountStore;
import cn.hazedesk.application.port.AuditLog;
import cn.hazedesk.application.port.PasswordHasher;
import cn.hazedesk.application.port.Transactions;
import cn.hazedesk.domain.access.Account;
import cn.hazedesk.domain.access.AccountRefusal;
import cn.hazedesk.domain.access.Action;
import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.domain.access.Role;
import cn.hazedesk.domain.access.Roles;
import cn.hazedesk.domain.access.Scope;
import cn.hazedesk.domain.access.SignInPolicy;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.region.RegionCatalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who may sign in (docs/access.md): the first administrator of a data folder, users added by administrators with a
 * role, a scope and a first password to change at first sign-in, disabling and password resets, and signing in with
 * lock-out after repeated failures. Passwords are hashed (Argon2id) and never stored, logged or shown; every change
 * and every sign-in, good or failed, is an audit record. Refusals change nothing.
 */
public final class AccountService {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Transactions tx;
    private final AccountStore store;
    private final PasswordHasher hasher;
    private final Roles roles;
    private final SignInPolicy policy;
    private final RegionCatalog regions;
    private final AuditLog audit;
    private final Clock clock;

    public AccountService(Transactions tx, AccountStore store, PasswordHasher hasher, Roles roles, SignInPolicy policy,
                          RegionCatalog regions, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.store = store;
        this.hasher = hasher;
        this.roles = roles;
        this.policy = policy;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** A successful sign-in: who, and whether the first password must be changed before anything else. */
    public record SignedIn(Actor actor, boolean mustChangePassword) {
    }

    private static boolean managesUsers(Actor admin) {
        return cn.hazedesk.domain.access.AccessPolicy.mayAtAll(admin, Action.USER_MANAGE);
    }

    /** The refusal of user management to someone whose role may not (the words of every access refusal). */
    private static <T> Outcome<T> notAllowed() {
        return Outcome.refused(cn.hazedesk.domain.access.AccessRefusal.ROLE, Action.USER_MANAGE.name());
    }

    public SignInPolicy policy() {
        return policy;
    }

    public Roles roles() {
        return roles;
    }

    /** True once the data folder has an enabled administrator (the first start asks for one until then). */
    public boolean hasAdministrator() {
        return tx.inTransaction(() -> store.anyEnabled(Roles.ADMINISTRATOR));
    }

    /** The first administrator of a data folder that has none; refused once one exists. */
    public Outcome<Actor> createFirstAdministrator(String name, char[] password) {
        try {
            return tx.inTransaction(() -> {
                if (store.anyEnabled(Roles.ADMINISTRATOR)) {
                    return Outcome.refused(AccountRefusal.ADMIN_EXISTS);
                }
                String n = clean(name);
                Optional<Outcome<Actor>> bad = checkNew(n, password);
                if (bad.isPresent()) {
                    return bad.get();
                }
                Role admin = roles.byKey(Roles.ADMINISTRATOR).orElseThrow();
                Instant now = clock.instant();
                store.insert(new Account(0, n, admin.key(), Scope.CITY, hasher.hash(password), false, false, 0, null), now);
                audit.record(now, n, "user.create", n, AuditDetail.of("user.create").with("role", admin.key()));
                return Outcome.accepted(new Actor(n, admin, Scope.CITY));
            });
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Adds a user with a first password they must change at first sign-in (administrators only). */
    public Outcome<Account> addUser(Actor admin, String name, String roleKey, Scope scope, char[] firstPassword) {
        try {
            return tx.inTransaction(() -> {
                if (!managesUsers(admin)) {
                    return notAllowed();
                }
                String n = clean(name);
                Optional<Role> role = roles.byKey(roleKey);
                if (role.isEmpty()) {
                    return Outcome.refused(AccountRefusal.UNKNOWN_ROLE, roleKey);
                }
                if (!scope.city() && regions.byCode(scope.districtCode()).filter(r -> regions.districts().contains(r)).isEmpty()) {
                    return Outcome.refused(AccountRefusal.UNKNOWN_DISTRICT, scope.districtCode());
                }
                if (!role.get().allows(scope)) {
                    return Outcome.refused(AccountRefusal.SCOPE_NOT_FOR_ROLE, roleKey);
                }
                Optional<Outcome<Account>> bad = checkNew(n, firstPassword);
                if (bad.isPresent()) {
                    return bad.get();
                }
                Instant now = clock.instant();
                Account a = new Account(0, n, roleKey, scope, hasher.hash(firstPassword), true, false, 0, null);
                long id = store.insert(a, now);
                audit.record(now, admin.name(), "user.create", n, AuditDetail.of("user.create").with("role", roleKey)
                        .with("region", scope.city() ? null : scope.districtCode()));
                return Outcome.accepted(new Account(id, a.name(), a.roleKey(), a.scope(), a.passwordHash(), true, false, 0, null));
            });
        } finally {
            Arrays.fill(firstPassword, '\0');
        }
    }

    /** Disables (or enables again) a user; the last enabled administrator stays. */
    public Outcome<Account> setDisabled(Actor admin, String name, boolean disabled) {
        return tx.inTransaction(() -> {
            if (!managesUsers(admin)) {
                return notAllowed();
            }
            Optional<Account> found = store.find(clean(name));
            if (found.isEmpty()) {
                return Outcome.refused(AccountRefusal.NO_SUCH_USER, name);
            }
            Account a = found.get();
            if (disabled && a.roleKey().equals(Roles.ADMINISTRATOR) && !a.disabled() && lastAdministrator(a)) {
                return Outcome.refused(AccountRefusal.LAST_ADMINISTRATOR);
            }
            Account changed = new Account(a.id(), a.name(), a.roleKey(), a.scope(), a.passwordHash(), a.mustChange(),
                    disabled, 0, null);
            Instant now = clock.instant();
            store.update(changed, now);
            audit.record(now, admin.name(), disabled ? "user.disable" : "user.enable", a.name(), AuditDetail.NONE);
            return Outcome.accepted(changed);
        });
    }

    /** A new first password for a user (who must change it at the next sign-in); lifts a lock. */
    public Outcome<Account> resetPassword(Actor admin, String name, char[] firstPassword) {
        try {
            return tx.inTransaction(() -> {
                if (!managesUsers(admin)) {
                    return notAllowed();
                }
                Optional<Account> found = store.find(clean(name));
                if (found.isEmpty()) {
                    return Outcome.refused(AccountRefusal.NO_SUCH_USER, name);
                }
                Account a = found.get();
                Optional<Outcome<Account>> bad = checkPassword(a.name(), firstPassword);
                if (bad.isPresent()) {
                    return bad.get();
                }
                Account changed = new Account(a.id(), a.name(), a.roleKey(), a.scope(), hasher.hash(firstPassword), true,
                        a.disabled(), 0, null);
                Instant now = clock.instant();
                store.update(changed, now);
                audit.record(now, admin.name(), "user.resetPassword", a.name(), AuditDetail.NONE);
                return Outcome.accepted(changed);
            });
        } finally {
            Arrays.fill(firstPassword, '\0');
        }
    }

    /**
     * Signs a user in. A wrong password counts towards the lock; an unknown name is answered like a wrong password
     * (so that names cannot be probed). Every attempt is an audit record.
     */
    public Outcome<SignedIn> signIn(String name, char[] password) {
        try {
            return tx.inTransaction(() -> {
                Instant now = clock.instant();
                String n = clean(name);
                Optional<Account> found = store.find(n);
                if (found.isEmpty()) {
                    audit.record(now, n.isEmpty() ? "?" : n, "user.signInFailed", n, failed("UNKNOWN_USER"));
                    return Outcome.refused(AccountRefusal.WRONG_PASSWORD, policy.maxFailedAttempts());
                }
                Account a = found.get();
                if (a.disabled()) {
                    audit.record(now, a.name(), "user.signInFailed", a.name(), failed("DISABLED"));
                    return Outcome.refused(AccountRefusal.DISABLED);
                }
                if (a.lockedAt(now)) {
                    audit.record(now, a.name(), "user.signInFailed", a.name(), failed("LOCKED"));
                    return Outcome.refused(AccountRefusal.LOCKED, local(a.lockedUntil()));
                }
                if (!hasher.matches(password, a.passwordHash())) {
                    Account after = policy.afterFailure(a, now);
                    store.update(after, now);
                    audit.record(now, a.name(), "user.signInFailed", a.name(), failed("WRONG_PASSWORD"));
                    if (after.lockedAt(now)) {
                        audit.record(now, a.name(), "user.locked", a.name(), AuditDetail.of("user.locked")
                                .with("until", after.lockedUntil()));
                        return Outcome.refused(AccountRefusal.LOCKED, local(after.lockedUntil()));
                    }
                    return Outcome.refused(AccountRefusal.WRONG_PASSWORD, policy.maxFailedAttempts() - after.failedAttempts());
                }
                if (a.failedAttempts() > 0 || a.lockedUntil() != null) {
                    store.update(new Account(a.id(), a.name(), a.roleKey(), a.scope(), a.passwordHash(), a.mustChange(),
                            false, 0, null), now);
                }
                Optional<Role> role = roles.byKey(a.roleKey());
                if (role.isEmpty()) {
                    return Outcome.refused(AccountRefusal.UNKNOWN_ROLE, a.roleKey());
                }
                audit.record(now, a.name(), "user.signIn", a.name(), AuditDetail.NONE);
                return Outcome.accepted(new SignedIn(new Actor(a.name(), role.get(), a.scope()), a.mustChange()));
            });
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The user's own new password (the first one, or any later change); the old one must be given. */
    public Outcome<Actor> changePassword(String name, char[] oldPassword, char[] newPassword) {
        try {
            Outcome<SignedIn> who = signIn(name, oldPassword.clone());
            if (!who.isAccepted()) {
                return new Outcome.Refused<>(who.refusal().orElseThrow());
            }
            return tx.inTransaction(() -> {
                Account a = store.find(clean(name)).orElseThrow();
                if (hasher.matches(newPassword, a.passwordHash())) {
                    return Outcome.refused(AccountRefusal.PASSWORD_UNCHANGED);
                }
                Optional<Outcome<Actor>> bad = checkPassword(a.name(), newPassword);
                if (bad.isPresent()) {
                    return bad.get();
                }
                Instant now = clock.instant();
                store.update(new Account(a.id(), a.name(), a.roleKey(), a.scope(), hasher.hash(newPassword), false,
                        a.disabled(), 0, null), now);
                audit.record(now, a.name(), "user.changePassword", a.name(), AuditDetail.NONE);
                return Outcome.accepted(who.value().actor());
            });
        } finally {
            Arrays.fill(oldPassword, '\0');
            Arrays.fill(newPassword, '\0');
        }
    }

    public List<Account> users() {
        return tx.inTransaction(store::all);
    }

    private boolean lastAdministrator(Account a) {
        return store.all().stream().filter(u -> u.roleKey().equals(Roles.ADMINISTRATOR) && !u.disabled())
                .allMatch(u -> u.id() == a.id());
    }

    private <T> Optional<Outcome<T>> checkNew(String name, char[] password) {
        if (name.isEmpty()) {
            return Optional.of(Outcome.refused(AccountRefusal.NAME_EMPTY));
        }
        if (store.find(name).isPresent()) {
            return Optional.of(Outcome.refused(AccountRefusal.NAME_TAKEN, name));
        }
        return checkPassword(name, password);
    }

    private <T> Optional<Outcome<T>> checkPassword(String name, char[] password) {
        SignInPolicy.PasswordProblem p = policy.check(name, password);
        if (p == null) {
            return Optional.empty();
        }
        return Optional.of(switch (p) {
            case TOO_SHORT -> Outcome.refused(AccountRefusal.PASSWORD_TOO_SHORT, policy.minPasswordLength());
            case SAME_AS_NAME -> Outcome.refused(AccountRefusal.PASSWORD_SAME_AS_NAME);
            case LETTERS_AND_DIGITS -> Outcome.refused(AccountRefusal.PASSWORD_LETTERS_AND_DIGITS);
        });
    }

    /** A failed sign-in's record: why, as a code (UNKNOWN_USER, DISABLED, LOCKED, WRONG_PASSWORD). */
    private static AuditDetail failed(String why) {
        return AuditDetail.of("user.signInFailed").with("why", why);
    }

    private String local(Instant t) {
        return LocalDateTime.ofInstant(t, clock.getZone()).format(TIME);
    }

    private static String clean(String name) {
        return name == null ? "" : name.strip();
    }
}
