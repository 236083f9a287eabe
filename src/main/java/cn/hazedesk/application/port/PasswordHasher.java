package cn.hazedesk.application.port;

/** A memory-hard one-way hash of passwords (Argon2id); the password itself is never kept. */
public interface PasswordHasher {
    /** The encoded hash (algorithm, parameters, salt and hash in one string). */
    String hash(char[] password);

    /** True when the password gives the encoded hash. */
    boolean matches(char[] password, String encodedHash);
}
