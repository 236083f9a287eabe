package cn.hazedesk.benchmark;

import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The summary step of a benchmark run: when a test run that held benchmarks (JUnit tag "benchmark") ends, prints the
 * one table of every figure and writes it to target/benchmark/summary.txt ({@link BenchmarkSummary}). Registered
 * with the JUnit Platform (META-INF/services); a run without benchmarks (e.g. {@code mvn verify}) does nothing.
 */
public final class BenchmarkSummaryListener implements TestExecutionListener {
    private static final TestTag BENCHMARK = TestTag.create("benchmark");
    private boolean benchmarks;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        benchmarks = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .anyMatch(BenchmarkSummaryListener::isBenchmark);
    }

    private static boolean isBenchmark(TestIdentifier id) {
        return id.getTags().contains(BENCHMARK);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (!benchmarks) {
            return;
        }
        try {
            BenchmarkSummary.main(new String[]{Path.of("target", "benchmark").toString()});
        } catch (IOException e) {
            System.err.println("benchmark summary not written: " + e);
        }
    }
}
