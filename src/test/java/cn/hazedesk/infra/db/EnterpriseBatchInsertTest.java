package cn.hazedesk.infra.db;

import cn.hazedesk.application.StoredEnterprise;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ProductionLine;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** insertAll with more lines than one JDBC batch (2,000): every enterprise and line comes back exactly, twice in a row. */
class EnterpriseBatchInsertTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    @Test
    void thousandsOfLinesInOneCallComeBackExactly() {
        List<Enterprise> first = enterprises(0, 700);
        List<Enterprise> second = enterprises(700, 100);
        try (Store store = Store.open(dir, CLOCK)) {
            JooqTransactions tx = new JooqTransactions(store.dsl());
            JooqEnterpriseStore enterprises = new JooqEnterpriseStore(tx);
            tx.inTransaction(() -> enterprises.insertAll(first, false));
            tx.inTransaction(() -> enterprises.insertAll(second, true));
            List<Enterprise> all = new ArrayList<>(first);
            all.addAll(second);
            List<StoredEnterprise> stored = enterprises.loadAll();
            assertThat(stored).hasSize(800);
            java.util.Map<String, Enterprise> byUscc = new java.util.HashMap<>();
            stored.forEach(s -> byUscc.put(s.enterprise().uscc(), s.enterprise()));
            for (Enterprise e : all) {
                // same values (the database keeps 4 decimals: 1 comes back as 1.0000)
                assertThat(cn.hazedesk.domain.enterprise.EnterpriseDiff.changes(e, byUscc.get(e.uscc()),
                        cn.hazedesk.testing.ListWordsForTests.WORDS.values())).as(e.uscc()).isEmpty();
                assertThat(byUscc.get(e.uscc()).lines()).hasSize(3);
            }
            assertThat(enterprises.summary().lines()).isEqualTo(800 * 3);
            assertThat(enterprises.summary().sampleEnterprises()).isEqualTo(100);
        }
    }

    private static List<Enterprise> enterprises(int from, int count) {
        List<Enterprise> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            String first17 = "91640205MA7" + String.format("%06d", i);
            List<ProductionLine> lines = new ArrayList<>();
            for (int k = 1; k <= 3; k++) {
                List<LevelMeasure> measures = k == 3 ? List.of()
                        : List.of(new LevelMeasure(WarningLevel.YELLOW, MeasureType.CAP, new BigDecimal("0.3"), "限产30%"),
                        new LevelMeasure(WarningLevel.RED, MeasureType.STOP, BigDecimal.ONE, "停产"));
                lines.add(new ProductionLine("线" + k, k == 1 ? null : "设备", "10万吨/年", new BigDecimal("1.2345"),
                        new BigDecimal(k), BigDecimal.ZERO, new BigDecimal("0.5"), measures));
            }
            out.add(new Enterprise(first17 + Uscc.checkCharacter(first17), "企业" + i, "640205", "炭素", PerformanceGrade.B,
                    ControlType.KEY_INDUSTRY, i % 2 == 0 ? null : "地址" + i, new BigDecimal("106.123456"),
                    new BigDecimal("39.123456"), "联系人", null, null, null, i % 3 == 0, i % 5 == 0 ? null : i, "国五", lines));
        }
        return out;
    }
}
