package cn.hazedesk.domain.access;

import java.time.Instant;

/**
 * A stored user: name, role key, scope, the password's hash (never the password), whether the first password must be
 * changed, whether the account is disabled, and the failed sign-ins since the last good one with the lock they led to.
 */
public record Account(long id, String name, String roleKey, Scope scope, String passwordHash, boolean mustChange,
                      boolean disabled, int failedAttempts, Instant lockedUntil) {
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
