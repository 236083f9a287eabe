package cn.hazedesk.application;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.reduction.SmallList;
import cn.hazedesk.domain.response.ResponseOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The orders of the stored list on a real H2 file: districts by name, and the grade in effect at the time asked. */
class ResponseOrderServiceTest {
    private static final Instant START = Instant.parse("2026-09-01T02:00:00Z");

    @TempDir
    Path dir;
    private MutableClock clock;
    private AppContext ctx;

    @BeforeEach
    void open() {
        clock = new MutableClock(START, ZoneId.of("Asia/Shanghai"));
        ctx = AppContext.open(dir, clock);
        ctx.transactions().inTransaction(() -> ctx.enterprises().insertAll(SmallList.enterprises(), false));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void oneDistrictByNameOrEveryDistrict() {
        ResponseOrderService s = ctx.responseOrders();
        assertThat(s.ordersNow(WarningLevel.RED, Optional.of("惠农区"))).extracting(ResponseOrder::enterpriseName)
                .containsExactly("惠农电石（测试）", "惠农焦化（测试）");
        assertThat(s.ordersNow(WarningLevel.RED, Optional.of(" 平罗县 "))).hasSize(3);
        assertThat(s.ordersNow(WarningLevel.RED, Optional.empty())).hasSize(7)
                .extracting(ResponseOrder::districtName).startsWith("大武口区").endsWith("平罗县");
        assertThat(s.districtNames()).containsExactly("大武口区", "惠农区", "平罗县");
    }

    @Test
    void anUnknownDistrictIsRefusedByName() {
        assertThatThrownBy(() -> ctx.responseOrders().ordersNow(WarningLevel.RED, Optional.of("银川市")))
                .isInstanceOf(UnknownDistrictException.class)
                .satisfies(e -> assertThat(((UnknownDistrictException) e).name()).isEqualTo("银川市"));
        assertThatThrownBy(() -> ctx.responseOrders().ordersNow(WarningLevel.RED, Optional.of("石嘴山市")))
                .isInstanceOf(UnknownDistrictException.class); // the city is not a district
    }

    @Test
    void theGradeInEffectAtTheTimeAskedChoosesTheMeasure() {
        // 大武口水泥 is B on the list; a D grade takes effect four days after START
        long id = ctx.grading().apply(SmallList.E1, "水泥", PerformanceGrade.D, "降级", cn.hazedesk.testing.Actors.all("企业"), null).value().record().orElseThrow().id();
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofDays(1));
            assertThat(ctx.grading().approve(id, cn.hazedesk.testing.Actors.all("审核员"), null).isAccepted()).isTrue();
        }
        ResponseOrder before = cement(ctx.responseOrders().ordersAt(WarningLevel.YELLOW, Optional.of("大武口区"), START));
        ResponseOrder now = cement(ctx.responseOrders().ordersNow(WarningLevel.YELLOW, Optional.of("大武口区")));
        assertThat(before.grade()).isEqualTo(PerformanceGrade.B);
        assertThat(before.lines().get(0).type()).isEqualTo(MeasureType.TRANSPORT);
        assertThat(now.grade()).isEqualTo(PerformanceGrade.D);
        assertThat(now.lines().get(0).type()).isEqualTo(MeasureType.STOP);
    }

    private static ResponseOrder cement(List<ResponseOrder> orders) {
        return orders.stream().filter(o -> o.uscc().equals(SmallList.E1)).findFirst().orElseThrow();
    }

    @Test
    void theListsCheckReadPageByPageNamesWhatTheWholeOrdersName() {
        // more enterprises than the check reads at a time; every 50th generated one without lines (no measure)
        List<cn.hazedesk.domain.enterprise.Enterprise> more = new java.util.ArrayList<>();
        List<cn.hazedesk.domain.enterprise.Enterprise> generated = cn.hazedesk.benchmark.ListFilterBenchmarkTest.generate(
                4_800, new java.util.Random(7));
        for (int i = 0; i < generated.size(); i++) {
            var e = generated.get(i);
            more.add(i % 50 != 0 ? e : new cn.hazedesk.domain.enterprise.Enterprise(e.uscc(), e.name(), e.districtCode(),
                    e.industry(), e.grade(), e.controlType(), e.address(), e.longitude(), e.latitude(), e.contactName(),
                    e.contactPhone(), null, null, false, null, null, List.of()));
        }
        assertThat(more).hasSizeGreaterThan(1_100);
        ctx.transactions().inTransaction(() -> ctx.enterprises().insertAll(more, false));
        ResponseOrderService s = ctx.responseOrders();

        java.util.Set<String> without = new java.util.LinkedHashSet<>();
        java.util.Set<String> unverified = new java.util.LinkedHashSet<>();
        java.util.Set<String> protectedLow = new java.util.LinkedHashSet<>();
        for (WarningLevel l : WarningLevel.values()) {
            var c = s.checks(s.ordersNow(l, Optional.empty()));
            c.keyIndustryWithoutMeasure().forEach(o -> without.add(o.enterpriseName()));
            c.unverifiedDefaults().forEach(o -> unverified.add(o.enterpriseName()));
            c.protectedBelowB().forEach(o -> protectedLow.add(o.enterpriseName()));
        }
        ResponseOrderService.ListCheck check = s.listCheck(java.util.EnumSet.allOf(WarningLevel.class));
        assertThat(without).hasSizeGreaterThan(10);
        assertThat(protectedLow).hasSizeGreaterThan(10);
        assertThat(check.keyIndustryWithoutMeasure()).containsExactlyElementsOf(without);
        assertThat(check.unverifiedDefaults()).containsExactlyElementsOf(unverified);
        assertThat(check.protectedBelowB()).containsExactlyElementsOf(protectedLow);
        assertThat(s.listCheck(java.util.EnumSet.of(WarningLevel.RED)).keyIndustryWithoutMeasure())
                .containsExactlyElementsOf(s.checks(s.ordersNow(WarningLevel.RED, Optional.empty()))
                        .keyIndustryWithoutMeasure().stream().map(ResponseOrder::enterpriseName).distinct().toList());
    }

}
