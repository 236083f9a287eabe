package cn.hazedesk.domain.access;

/** Why an account action or a sign-in is refused (words: refusal.AccountRefusal.*). */
public enum AccountRefusal {
    /** The data folder already has an administrator: the first one is made only once. */
    ADMIN_EXISTS,
    NAME_EMPTY,
    /** args: the name */
    NAME_TAKEN,
    /** args: the role key */
    UNKNOWN_ROLE,
    /** args: the role key (the role may not have this scope) */
    SCOPE_NOT_FOR_ROLE,
    /** args: the district as written */
    UNKNOWN_DISTRICT,
    /** args: the least length */
    PASSWORD_TOO_SHORT,
    PASSWORD_SAME_AS_NAME,
    PASSWORD_LETTERS_AND_DIGITS,
    /** The new password is the old one. */
    PASSWORD_UNCHANGED,
    /** args: how many tries are left before the account locks */
    WRONG_PASSWORD,
    /** args: until when (local time) */
    LOCKED,
    DISABLED,
    /** args: the name */
    NO_SUCH_USER,
    /** The last enabled administrator cannot be disabled or lose the role. */
    LAST_ADMINISTRATOR,
    /** The first password must be changed before anything else. */
    MUST_CHANGE_PASSWORD
}
