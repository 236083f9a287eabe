package cn.hazedesk.application;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.reduction.RegionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A city edits its rules in <data>/rules/ without a new build: the file there replaces the bundled one. */
class SiteRulesTest {
    @TempDir
    Path dir;

    @Test
    void aTargetsFileInTheDataFolderReplacesTheBundledTargets() throws Exception {
        String bundled;
        try (InputStream in = getClass().getResourceAsStream("/data/reduction-targets.csv")) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/reduction-targets.csv"),
                bundled.replaceAll("(?m)^orange,([A-Z0-9]+),20,", "orange,$1,35,"));

        try (AppContext ctx = AppContext.open(dir, Clock.systemDefaultZone())) {
            ctx.sampleData().loadIfFirstStart("tester");
            List<RegionResult> orange = ctx.reduction().report(List.of(WarningLevel.ORANGE)).results();
            assertThat(orange).isNotEmpty().allSatisfy(r -> assertThat(r.targetShare()).isEqualByComparingTo("0.35"));
            List<RegionResult> yellow = ctx.reduction().report(List.of(WarningLevel.YELLOW)).results();
            assertThat(yellow).allSatisfy(r -> assertThat(r.targetShare()).isEqualByComparingTo("0.10"));
        }
    }

    @Test
    void withoutASiteFileTheBundledTargetsApply() {
        try (AppContext ctx = AppContext.open(dir, Clock.systemDefaultZone())) {
            ctx.sampleData().loadIfFirstStart("tester");
            assertThat(ctx.reduction().report(List.of(WarningLevel.RED)).results())
                    .allSatisfy(r -> assertThat(r.targetShare()).isEqualByComparingTo("0.30"));
        }
    }

    @Test
    void theSitesFallbackTransportAndSourceFilesReplaceTheBundledOnes() throws Exception {
        Files.createDirectories(dir.resolve("rules"));
        // no fallbacks at all; B trucks unrestricted; 大武口区 mobile sources cut 2 t/d NOx at red
        Files.writeString(dir.resolve("rules/measure-fallbacks.csv"), "kind,from,to,source\n");
        Files.writeString(dir.resolve("rules/transport-rules.csv"), "grade,transport,source\nB,NONE,site\nD,NO_ROAD_TRANSPORT,site\n");
        Files.writeString(dir.resolve("rules/source-reductions.csv"),
                "region_code,source,level,pollutant,daily_tonnes,basis\n640202,MOBILE,red,NOX,2,site\n");
        cn.hazedesk.domain.enterprise.Enterprise steel = cn.hazedesk.domain.reduction.SmallList.firm("91640202TEST00012C",
                "大武口长流程钢铁（测试）", "640202", "长流程钢铁", cn.hazedesk.domain.enterprise.PerformanceGrade.B,
                cn.hazedesk.domain.enterprise.ControlType.KEY_INDUSTRY,
                cn.hazedesk.domain.reduction.SmallList.line("365", "365", "365", "0"));
        try (AppContext ctx = AppContext.open(dir, Clock.systemDefaultZone())) {
            ctx.transactions().inTransaction(() -> ctx.enterprises().insertAll(List.of(steel), false));
            var order = ctx.responseOrders().ordersNow(WarningLevel.RED, java.util.Optional.of("大武口区")).get(0);
            assertThat(order.lines().get(0).rule()).as("长流程钢铁 without the fallback to 钢铁")
                    .isEqualTo(cn.hazedesk.domain.measure.MeasureRule.NO_MEASURE);
            assertThat(order.transport()).isEqualTo(cn.hazedesk.domain.enterprise.TransportRule.NONE);
            RegionResult nox = ctx.reduction().report(List.of(WarningLevel.RED)).result("640202", WarningLevel.RED,
                    cn.hazedesk.domain.enterprise.Enterprise.Pollutant.NOX).orElseThrow();
            assertThat(nox.otherCutAnnual()).isEqualByComparingTo("730");
            assertThat(nox.dailyCut()).isEqualByComparingTo("2");
        }
    }
}
