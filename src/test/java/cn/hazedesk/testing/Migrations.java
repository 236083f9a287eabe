package cn.hazedesk.testing;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The schema version a fresh store must reach: the highest V<n>__ migration in the source tree, SQL or Java; a
 * version may have a dotted part written with an underscore (V14_1__ is 14.1, as Flyway reads it).
 */
public final class Migrations {
    private static final Pattern VERSION = Pattern.compile("V(\\d+(?:_\\d+)?)__.*\\.(sql|java)");

    private Migrations() {
    }

    public static String latest() {
        try (Stream<Path> sql = Files.list(Path.of("src/main/resources/db/migration"));
             Stream<Path> h2 = Files.list(Path.of("src/main/resources/db/h2/migration"));
             Stream<Path> java = Files.list(Path.of("src/main/java/db/migration"))) {
            return Stream.concat(Stream.concat(sql, h2), java).map(p -> VERSION.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).map(m -> m.group(1).replace('_', '.'))
                    .max(Comparator.comparing(BigDecimal::new)).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
