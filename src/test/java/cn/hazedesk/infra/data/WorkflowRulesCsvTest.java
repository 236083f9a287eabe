package cn.hazedesk.infra.data;

import cn.hazedesk.domain.episode.WorkflowSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * data/warning-workflow.csv's number series: the city's, each county's own (number_pattern.<区县名>) and the temporary
 * control's; a site's copy from before the county series existed keeps working; a county series naming no district,
 * or repeating another series, stops the start with the row named.
 */
class WorkflowRulesCsvTest {
    @TempDir
    Path site;

    private static final String OLD_COPY = String.join("\n",
            "key,value,source",
            "signatory.YELLOW,分管副市长,x",
            "signatory.ORANGE,分管副市长,x",
            "signatory.RED,市长,x",
            "acknowledge_hours,2,x",
            "number_pattern,石污防指〔{year}〕{seq}号,x") + "\n";

    @Test
    void theBundledSeriesAreTheCitysEachCountysAndTheTemporaryControls() {
        WorkflowSettings s = WorkflowRulesCsv.load(null, RegionsCsv.load());
        assertThat(s.countyNumber("平罗县", false, 2026, 3)).contains("平罗县污防指〔2026〕3号");
        assertThat(s.countyNumber("平罗县", true, 2026, 3)).contains("演练平罗县污防指〔2026〕3号");
        assertThat(s.countyNumber("石嘴山市", false, 2026, 3)).isEmpty();
        assertThat(s.series("石污防指〔2026〕12号")).contains("");
        assertThat(s.series("演练惠农区污防指〔2026〕2号")).contains("惠农区");
        assertThat(s.series("石污防指临〔2026〕1号")).isEmpty();
        assertThat(s.warningNumber("大武口区污防指〔2027〕1号")).isTrue();
        assertThat(s.signatories().forTempControl()).isEqualTo("分管副市长");
    }

    @Test
    void aSiteCopyFromBeforeTheCountySeriesTakesTheBundledOnes() throws Exception {
        Files.writeString(site.resolve("warning-workflow.csv"), OLD_COPY);
        WorkflowSettings s = WorkflowRulesCsv.load(site, RegionsCsv.load());
        assertThat(s.countyNumberPatterns()).containsOnlyKeys("大武口区", "惠农区", "平罗县");
        assertThat(s.numberPattern()).isEqualTo("石污防指〔{year}〕{seq}号");
    }

    @Test
    void aCountySeriesOfAnUnknownDistrictOrRepeatingAnotherIsRefusedByName() throws Exception {
        Files.writeString(site.resolve("warning-workflow.csv"), OLD_COPY + "number_pattern.石嘴山县,石县污防指〔{year}〕{seq}号,x\n");
        assertThatThrownBy(() -> WorkflowRulesCsv.load(site, RegionsCsv.load()))
                .hasMessageContaining("warning-workflow.csv").hasMessageContaining("number_pattern.石嘴山县");
        Files.writeString(site.resolve("warning-workflow.csv"), OLD_COPY + "number_pattern.平罗县,石污防指〔{year}〕{seq}号,x\n");
        assertThatThrownBy(() -> WorkflowRulesCsv.load(site, RegionsCsv.load()))
                .hasMessageContaining("number_pattern.平罗县");
        Files.writeString(site.resolve("warning-workflow.csv"), OLD_COPY + "number_pattern.平罗县,平罗县污防指〔{year}〕号,x\n");
        assertThatThrownBy(() -> WorkflowRulesCsv.load(site, RegionsCsv.load()))
                .hasMessageContaining("number_pattern.平罗县").hasMessageContaining("{seq}");
    }
}
