package cn.hazedesk.infra.security;

import cn.hazedesk.application.port.PasswordHasher;
import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id with Password4j: 19 MiB of memory, 2 iterations, 1 lane, a 32-byte hash and a 16-byte random salt (the
 * OWASP minimum for Argon2id), encoded with its parameters so that a later change of parameters still verifies old
 * hashes.
 */
public final class Argon2Hasher implements PasswordHasher {
    private static final int MEMORY_KIB = 19_456;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int LENGTH = 32;

    /**
     * Password4j's function for these parameters, made when a password is first hashed, not when the hasher is: it
     * allocates its 19 MiB of working memory when made and keeps it (as Password4j keeps each function it made), which
     * a command that never hashes (a batch of orders) would otherwise carry, 19,456 arrays, through every collection.
     */
    private static Argon2Function function() {
        return Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, LENGTH, Argon2.ID,
                Argon2Function.ARGON2_VERSION_13);
    }

    @Override
    public String hash(char[] password) {
        return Password.hash(java.nio.CharBuffer.wrap(password)).addRandomSalt(16).with(function()).getResult();
    }

    @Override
    public boolean matches(char[] password, String encodedHash) {
        if (encodedHash == null || !encodedHash.startsWith("$argon2")) {
            return false;
        }
        try {
            return Password.check(java.nio.CharBuffer.wrap(password), encodedHash)
                    .with(Argon2Function.getInstanceFromHash(encodedHash));
        } catch (RuntimeException e) {
            return false; // a damaged hash never lets anyone in
        }
    }
}
