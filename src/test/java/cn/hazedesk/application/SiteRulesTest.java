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
}
