package cn.hazedesk.app.cli;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.domain.reduction.SmallList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code reduction} in-process on a real data folder holding {@link SmallList}: the exact lines. */
class ReductionCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private CliTest.Run run(String... args) throws Exception {
        return CliTest.run(CLOCK, args);
    }

    private void storeSmallList() {
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            ctx.transactions().inTransaction(() -> ctx.enterprises().insertAll(SmallList.enterprises(), false));
        }
    }

    @Test
    void withoutALevelEveryDistrictThenTheCityForAllThreeLevels() throws Exception {
        storeSmallList();
        CliTest.Run r = run("reduction", "--data-dir", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> expected = new java.util.ArrayList<>(SmallList.EXPECTED_LINES);
        expected.addAll(CHECKS);
        assertThat(r.out().lines()).containsExactlyElementsOf(expected);
    }

    /** The list's check: 平罗炭素（测试） is 保障类 in a key industry (炭素) and ungraded, so below B. */
    static final List<String> CHECKS = List.of("check key-industry-without-measure 0", "check unverified-default 0",
            "check protected-below-b 1 平罗炭素（测试）");

    @Test
    void oneLevel() throws Exception {
        storeSmallList();
        CliTest.Run r = run("--data-dir", dir.toString(), "reduction", "--level", "yellow");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).containsExactly(
                "大武口区 yellow SO2 0.050 4.5% UNKNOWN",
                "大武口区 yellow NOX 0.100 4.5% UNKNOWN",
                "大武口区 yellow PM 0.500 33.3% UNKNOWN",
                "大武口区 yellow VOCS 1.000 50.0% UNKNOWN",
                "惠农区 yellow SO2 0.000 0.0% UNKNOWN",
                "惠农区 yellow NOX 0.000 0.0% UNKNOWN",
                "惠农区 yellow PM 0.000 0.0% UNKNOWN",
                "惠农区 yellow VOCS 0.000 0.0% UNKNOWN",
                "平罗县 yellow SO2 1.000 50.0% UNKNOWN",
                "平罗县 yellow NOX 1.000 100.0% UNKNOWN",
                "平罗县 yellow PM 1.000 100.0% UNKNOWN",
                "平罗县 yellow VOCS 0.000 0.0% UNKNOWN",
                "石嘴山市 yellow SO2 1.050 17.2% UNKNOWN",
                "石嘴山市 yellow NOX 1.100 21.2% UNKNOWN",
                "石嘴山市 yellow PM 1.500 33.3% UNKNOWN",
                "石嘴山市 yellow VOCS 1.000 25.0% UNKNOWN",
                "check key-industry-without-measure 0", "check unverified-default 0",
                "check protected-below-b 1 平罗炭素（测试）");
        assertThat(run("reduction", "--level=red", "--data-dir", dir.toString()).out().lines())
                .containsExactlyElementsOf(java.util.stream.Stream.concat(SmallList.EXPECTED_LINES.stream()
                        .filter(l -> l.contains(" red ")), CHECKS.stream()).toList());
    }

    @Test
    void theSampleListGivesSixteenLinesPerLevel() throws Exception {
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            ctx.sampleData().loadIfFirstStart("test");
        }
        CliTest.Run r = run("reduction", "--level", "orange", "--data-dir", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().limit(16)).allMatch(l -> l.matches("\\S+ orange (SO2|NOX|PM|VOCS) \\d+\\.\\d{3} \\d+\\.\\d% UNKNOWN"));
        assertThat(r.out().lines().map(l -> l.split(" ")[0]).distinct())
                .containsExactly("大武口区", "惠农区", "平罗县", "石嘴山市", "check");
        // the sample writes a measure on every line of its key-industry firms, and its one 保障类 key-industry firm is B
        assertThat(r.out().lines().skip(16)).containsExactly("check key-industry-without-measure 0",
                "check unverified-default 0", "check protected-below-b 0");
    }

    @Test
    void okAndUnderOnlyWhereTheCityInventoryGivesTheBaseline() throws Exception {
        storeSmallList();
        // 石嘴山市 SO2 36500 t/yr = 100 t/d (yellow cut 1.05 t/d: UNDER); 平罗县 NOX 365 t/yr = 1 t/d (cut 1 t/d: OK)
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/emission-inventory.csv"), "region_code,pollutant,annual_tonnes,year,source\n"
                + "640200,SO2,36500,2025,测试清单\n640221,NOX,365,2025,测试清单\n");
        CliTest.Run r = run("reduction", "--level", "yellow", "--data-dir", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).contains("石嘴山市 yellow SO2 1.050 1.1% UNDER", "平罗县 yellow NOX 1.000 100.0% OK",
                "石嘴山市 yellow NOX 1.100 21.2% UNKNOWN");
        assertThat(r.out().lines().filter(l -> l.endsWith(" OK") || l.endsWith(" UNDER"))).hasSize(2);
    }

    @Test
    void badArgumentsGiveUsageAndExitTwo() throws Exception {
        for (String[] args : new String[][]{{"reduction", "--level", "purple"}, {"reduction", "--level"},
                {"reduction", "extra"}, {"reduction", "--level", "red", "--level", "yellow"}}) {
            CliTest.Run r = run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("用法").contains("reduction [--level yellow|orange|red]");
        }
        assertThat(run("reduction", "--level", "purple").err()).startsWith("未知的预警级别“purple”：请用 yellow、orange 或 red。");
    }

    @Test
    void aFolderInUseIsReportedOnStderrWithExitTwo() throws Exception {
        try (AppContext held = AppContext.open(dir, CLOCK)) {
            CliTest.Run r = run("reduction", "--data-dir", dir.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains(dir.toAbsolutePath().normalize().toString());
        }
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        CliTest.Run r = run("reduction", "--data-dir", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isNotEmpty();
    }

    @Test
    void helpListsTheCommand() throws Exception {
        assertThat(run("--help", "--lang", "en").out()).contains("reduction [--level yellow|orange|red]");
    }
}
