package cn.hazedesk.domain.access;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules of signing in, as data (data/access.csv): how many wrong passwords in a row lock an account and for how
 * long, after how long without input an open window locks, and what a password must be.
 */
public record SignInPolicy(int maxFailedAttempts, Duration lockFor, Duration idleLock, int minPasswordLength) {
    public static final SignInPolicy DEFAULT = new SignInPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(30), 8);

    /** What a new password breaks, or null when it is acceptable. */
    public PasswordProblem check(String name, char[] password) {
        if (password == null || password.length < minPasswordLength) {
            return PasswordProblem.TOO_SHORT;
        }
        if (new String(password).equalsIgnoreCase(name)) {
            return PasswordProblem.SAME_AS_NAME;
        }
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        if (!letter || !digit) {
            return PasswordProblem.LETTERS_AND_DIGITS;
        }
        return null;
    }

    /** After a wrong password: the account's failures and, when they reach the most, the time it is locked until. */
    public Account afterFailure(Account a, Instant now) {
        int failures = a.failedAttempts() + 1;
        Instant lock = failures >= maxFailedAttempts ? now.plus(lockFor) : a.lockedUntil();
        return new Account(a.id(), a.name(), a.roleKey(), a.scope(), a.passwordHash(), a.mustChange(), a.disabled(),
                failures >= maxFailedAttempts ? 0 : failures, lock);
    }

    public enum PasswordProblem { TOO_SHORT, SAME_AS_NAME, LETTERS_AND_DIGITS }
}
