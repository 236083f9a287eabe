package cn.hazedesk.benchmark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark summary gathers the RESULT lines of every report into one table (part of the normal suite). */
class BenchmarkSummaryTest {
    @TempDir
    Path dir;

    @Test
    void everyResultLineOfEveryReportBecomesOneRowOfTheTable() throws Exception {
        Files.writeString(dir.resolve("orders-pdf.txt"), "orders PDF benchmark: 1000 orders\napp 0.41 s\n"
                + BenchmarkReport.verdict("1,000 orders, app against floor", 0.41, 0.20, "s", "ratio <= 1.5", false)
                + BenchmarkReport.verdict("1,000 orders, app path", "0.41 s", "<= 10 s", true), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("old-style.txt"), "RESULT worst keystroke: 12 ms; target <= 50 ms; PASS\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(BenchmarkSummary.FILE), "RESULT stale: 1 s; target 2 s; FAIL\n", StandardCharsets.UTF_8);

        BenchmarkSummary.main(new String[]{dir.toString()});

        String table = Files.readString(dir.resolve(BenchmarkSummary.FILE), StandardCharsets.UTF_8);
        assertThat(table).contains("3 figures from 2 reports, 2 PASS, 1 FAIL").doesNotContain("stale");
        assertThat(table.lines()).anySatisfy(l -> assertThat(l).contains("1,000 orders, app against floor")
                .contains("0.41 s").contains("0.20 s").contains("2.05").contains("ratio <= 1.5").contains("FAIL")
                .contains("orders-pdf.txt"));
        assertThat(table.lines()).anySatisfy(l -> assertThat(l).contains("worst keystroke").contains("12 ms")
                .contains("<= 50 ms").contains("PASS").contains("old-style.txt"));
        assertThat(BenchmarkSummary.parse("x.txt", "not a result")).isNull();
    }
}
