package cn.hazedesk.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What every benchmark reports: its figures, then one verdict line per target, of the form
 * {@code RESULT <what>: <measured>; target <target>; PASS} (or FAIL), printed and written to
 * target/benchmark/&lt;name&gt;.txt. A FAIL is reported, not thrown: benchmarks that enforce their target do so
 * with their own assertion.
 */
final class BenchmarkReport {
    private BenchmarkReport() {
    }

    /** One verdict line: the measured figure against its target. */
    static String verdict(String what, String measured, String target, boolean pass) {
        return String.format(Locale.ROOT, "RESULT %s: %s; target %s; %s%n", what, measured, target, pass ? "PASS" : "FAIL");
    }

    /** Prints the report and writes it to target/benchmark/{file}; returns the path written. */
    static Path write(String file, String report) {
        System.out.print(report);
        System.out.flush();
        Path out = Path.of("target", "benchmark", file);
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
