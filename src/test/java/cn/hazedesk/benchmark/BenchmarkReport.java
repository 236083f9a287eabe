package cn.hazedesk.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What every benchmark reports: its figures, then one verdict line per target, of the form
 * {@code RESULT <what>: <measured>; [floor <floor>; ratio <ratio>; ]target <target>; load <load>; PASS} (or FAIL),
 * printed and written to target/benchmark/&lt;name&gt;.txt; {@code load} is the machine's load average over the last
 * minute when the figure was taken (other work on a shared machine slows every figure). A FAIL is reported, not
 * thrown: benchmarks that enforce their target do so with their own assertion. {@link BenchmarkSummary} gathers
 * every RESULT line into one table.
 */
public final class BenchmarkReport {
    private BenchmarkReport() {
    }

    /** One verdict line: the measured figure against its target. */
    public static String verdict(String what, String measured, String target, boolean pass) {
        return String.format(Locale.ROOT, "RESULT %s: %s; target %s; load %s; %s%n", what, measured, target, load(),
                pass ? "PASS" : "FAIL");
    }

    /** One verdict line for a figure measured side by side with its floor: both, their ratio, the target. */
    public static String verdict(String what, double measured, double floor, String unit, String target, boolean pass) {
        return String.format(Locale.ROOT, "RESULT %s: %s; floor %s; ratio %.2f; target %s; load %s; %s%n", what,
                figure(measured, unit), figure(floor, unit), measured / floor, target, load(), pass ? "PASS" : "FAIL");
    }

    private static String figure(double v, String unit) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.2f %s", v, unit);
    }

    /** The load average of the last minute, as the summary shows it. */
    public static String load() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "?" : String.format(Locale.ROOT, "%.1f", l);
    }

    /** Prints the report and writes it to target/benchmark/{file}; returns the path written. */
    public static Path write(String file, String report) {
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
