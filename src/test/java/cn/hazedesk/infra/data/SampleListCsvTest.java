package cn.hazedesk.infra.data;

import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.uscc.Uscc;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled sample list is what the issue promises: fictional, realistic, valid. */
class SampleListCsvTest {
    private final RegionCatalog regions = RegionsCsv.load();
    private final List<Enterprise> sample = new SampleListCsv(ListReadingCsv.parser(regions, IndustriesCsv.load(), null)).load();

    @Test
    void regionsAreTheCityAndItsThreeDistricts() {
        assertThat(regions.city().name()).isEqualTo("石嘴山市");
        assertThat(regions.districts()).extracting(r -> r.code() + r.name())
                .containsExactly("640202大武口区", "640205惠农区", "640221平罗县");
    }

    @Test
    void atLeastSixtyClearlyFictionalEnterprisesAcrossAllDistricts() {
        assertThat(sample).hasSizeGreaterThanOrEqualTo(60);
        assertThat(sample).allSatisfy(e -> assertThat(e.name()).endsWith("（示例）"));
        assertThat(sample.stream().map(Enterprise::districtCode).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("640202", "640205", "640221");
    }

    @Test
    void theCitysIndustriesAreAllPresent() {
        assertThat(sample.stream().map(Enterprise::industry).collect(Collectors.toSet()))
                .contains("焦化", "钢铁", "铁合金", "电石", "活性炭", "炭素", "水泥", "其他");
    }

    @Test
    void everyUsccIsValidUniqueAndCarriesItsDistrictCode() {
        Set<String> seen = new HashSet<>();
        for (Enterprise e : sample) {
            assertThat(Uscc.isValid(e.uscc())).as(e.uscc()).isTrue();
            assertThat(Uscc.divisionCode(e.uscc())).as(e.name()).isEqualTo(e.districtCode());
            assertThat(seen.add(e.uscc())).as("duplicate " + e.uscc()).isTrue();
        }
    }

    @Test
    void everyEnterpriseHasOneToFourLinesWithAllThreeLevels() {
        for (Enterprise e : sample) {
            assertThat(e.lines()).as(e.name()).hasSizeBetween(1, 4);
            assertThat(e.lines().stream().map(ProductionLine::name).distinct().count()).isEqualTo(e.lines().size());
            for (ProductionLine l : e.lines()) {
                assertThat(l.measures()).extracting(m -> m.level()).containsExactly(WarningLevel.values());
                assertThat(l.so2Tonnes().add(l.noxTonnes()).add(l.pmTonnes()).add(l.vocsTonnes()).signum())
                        .as("%s %s has emissions", e.name(), l.name()).isPositive();
            }
        }
    }

    @Test
    void everyEnterprisePassesTheListRules() {
        var validator = new cn.hazedesk.domain.enterprise.EnterpriseValidator(regions, IndustriesCsv.load());
        for (Enterprise e : sample) {
            assertThat(validator.validate(e)).as(e.name()).isEmpty();
        }
    }

    @Test
    void coordinatesLieAroundShizuishan() {
        for (Enterprise e : sample) {
            assertThat(e.longitude().doubleValue()).isBetween(106.0, 107.0);
            assertThat(e.latitude().doubleValue()).isBetween(38.6, 39.5);
        }
    }
}
