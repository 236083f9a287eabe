package cn.hazedesk.infra.db;

import cn.hazedesk.application.port.ListVersions;
import cn.hazedesk.application.StoredEnterprise;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.TransportRule;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.uscc.Uscc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole list on H2 ({@link WholeListRead}, read from the JDBC rows by column position) is exactly what the
 * statement-per-enterprise read gives for each enterprise (every column, every level's four columns, empty and
 * absent values, the row version), in district code, name and id order, and leaves out the lines of a list version
 * being written and not yet current.
 */
class WholeListReadTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final String[] DISTRICTS = {"640205", "640202", "640221"};
    private static final String[] NAMES = {"石嘴山市宏达炭素有限公司", "宁夏惠农焦化厂", "平罗县 建材（二期）", "Alpha 水泥",
            "宁夏惠农焦化厂"};

    @TempDir
    Path dir;

    @Test
    void theWholeListIsWhatEachEnterpriseReadsAsInDistrictNameAndIdOrder() {
        List<Enterprise> list = enterprises(60);
        try (Store store = Store.open(dir, CLOCK)) {
            JooqTransactions tx = new JooqTransactions(store.dsl());
            JooqEnterpriseStore enterprises = new JooqEnterpriseStore(tx);
            tx.inTransaction(() -> enterprises.insertAll(list.subList(0, 45), false));
            tx.inTransaction(() -> enterprises.insertAll(list.subList(45, 60), true));
            // an edit bumps one enterprise's row version
            StoredEnterprise edited = enterprises.findByUscc(list.get(7).uscc()).orElseThrow();
            assertThat(tx.inTransaction(() -> enterprises.update(edited.id(), edited.version(), list.get(7)))).isTrue();

            // a version being written, not current: its lines are in the table and must not show
            JooqListVersions versions = new JooqListVersions(tx);
            ListVersions.Build build = tx.inTransaction(versions::begin);
            tx.inTransaction(() -> versions.insert(build, List.of(enterprises(61).get(60))));

            List<StoredEnterprise> whole = enterprises.loadAll();
            assertThat(whole).hasSize(60);
            List<StoredEnterprise> oneByOne = new ArrayList<>();
            for (StoredEnterprise s : whole) {
                StoredEnterprise single = enterprises.findByUscc(s.enterprise().uscc()).orElseThrow();
                assertThat(s).as(s.enterprise().uscc()).isEqualTo(single);
                oneByOne.add(single);
            }
            assertThat(whole.stream().filter(s -> s.enterprise().uscc().equals(list.get(7).uscc())).findFirst()
                    .orElseThrow().version()).isGreaterThan(edited.version());
            assertThat(whole.stream().filter(StoredEnterprise::sample).count()).isEqualTo(15);
            List<StoredEnterprise> sorted = new ArrayList<>(oneByOne);
            sorted.sort(Comparator.comparing((StoredEnterprise s) -> s.enterprise().districtCode())
                    .thenComparing(s -> s.enterprise().name()).thenComparingLong(StoredEnterprise::id));
            assertThat(whole).containsExactlyElementsOf(sorted);
            // the same name twice in a district: both, by id
            assertThat(whole.stream().map(s -> s.enterprise().districtCode() + s.enterprise().name()).distinct().count())
                    .isLessThan(60);
        }
    }

    /** Varied enterprises: every column set or empty in turn, and lines with every shape of measure. */
    private static List<Enterprise> enterprises(int count) {
        List<Enterprise> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String first17 = "91640205MA8" + String.format("%06d", i);
            List<ProductionLine> lines = new ArrayList<>();
            for (int k = 0; k < i % 4; k++) {
                List<LevelMeasure> measures = switch ((i + k) % 4) {
                    case 0 -> List.of();
                    case 1 -> List.of(new LevelMeasure(WarningLevel.YELLOW, MeasureType.CAP, new BigDecimal("0.30"),
                                    "限产30%", TransportRule.NO_CHINA_IV_OR_OLDER),
                            new LevelMeasure(WarningLevel.ORANGE, MeasureType.CAP, new BigDecimal("0.5"), "限产50%"),
                            new LevelMeasure(WarningLevel.RED, MeasureType.STOP, BigDecimal.ONE, "停产",
                                    TransportRule.NO_ROAD_TRANSPORT));
                    case 2 -> List.of(new LevelMeasure(WarningLevel.ORANGE, null, null, "按照排污许可证要求自主减排"));
                    default -> List.of(new LevelMeasure(WarningLevel.RED, MeasureType.EXTEND_COKING, null, "",
                            TransportRule.NONE), new LevelMeasure(WarningLevel.YELLOW, null, new BigDecimal("0.1"), ""));
                };
                lines.add(new ProductionLine("线" + k + (k == 2 ? "（设备2）" : ""), k == 1 ? null : "焦炉",
                        k == 0 ? null : "10万吨/年", new BigDecimal("1.2345"), k == 1 ? null : new BigDecimal(k * 10),
                        BigDecimal.ZERO, new BigDecimal("0.5000"), measures, k == 2 ? new BigDecimal("19.5") : null));
            }
            out.add(new Enterprise(first17 + Uscc.checkCharacter(first17), NAMES[i % NAMES.length] + (i % 7 == 0 ? "" : i),
                    DISTRICTS[i % DISTRICTS.length], i % 2 == 0 ? "炭素" : "焦化", PerformanceGrade.values()[
                    i % PerformanceGrade.values().length], ControlType.values()[i % ControlType.values().length],
                    i % 2 == 0 ? null : "地址" + i, i % 3 == 0 ? null : new BigDecimal("106.123456"),
                    i % 3 == 0 ? null : new BigDecimal("39.10"), i % 4 == 0 ? null : "联系人",
                    i % 5 == 0 ? null : "0952-1234567", i % 6 == 0 ? null : "91640205MA" + i + "001P",
                    i % 6 == 1 ? "重点管理" : null, i % 3 == 1, i % 5 == 0 ? null : Integer.valueOf(i),
                    i % 4 == 1 ? null : "国五", lines));
        }
        return out;
    }
}
