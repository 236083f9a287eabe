package cn.hazedesk.testing;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test class against the embedded PostgreSQL instead of H2: before each test every {@code @TempDir} data
 * folder of the test becomes a shared-mode folder on a database of its own ({@link PostgresFolders}). Put on a
 * subclass of an H2 test, so the same tests run on both engines.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(PostgresFolders.class)
public @interface OnPostgres {
}
