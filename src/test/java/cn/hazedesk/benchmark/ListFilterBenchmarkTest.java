package cn.hazedesk.benchmark;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.EnterpriseRow;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.uscc.Uscc;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.Labels;
import cn.hazedesk.ui.common.SameThreadTaskRunner;
import cn.hazedesk.ui.list.EnterpriseListViewModel;
import cn.hazedesk.ui.list.ListNavigator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On demand only (see README, "Benchmarks"): a 50,000-line list in a real H2 file, loaded into the list screen's
 * view model, then filtered keystroke by keystroke. Prints the load time and the time per keystroke (median and
 * worst) to stdout and target/benchmark/list-filter.txt, with PASS or FAIL for the worst keystroke against the
 * target: at most 50 ms per keystroke.
 */
@Tag("benchmark")
public class ListFilterBenchmarkTest {
    static final String ALPHABET = Uscc.ALPHABET;
    private static final String[] INDUSTRIES = {"焦化", "钢铁", "铁合金", "电石", "活性炭", "炭素", "水泥", "其他"};
    private static final String[] DISTRICTS = {"640202", "640205", "640221"};

    @TempDir
    Path dir;

    @Test
    void filtering50000LinesKeystrokeByKeystroke() {
        List<Enterprise> list = generate(50_000, new Random(42));
        try (AppContext ctx = AppContext.open(dir, Clock.systemDefaultZone())) {
            long t0 = System.nanoTime();
            ctx.transactions().inTransaction(() -> ctx.enterprises().insertAll(list, false));
            long insertMs = (System.nanoTime() - t0) / 1_000_000;

            Messages messages = Messages.forLocale(Messages.CHINESE);
            DialogService silent = new DialogService() {
                public boolean confirm(String t, String h, String c) { return false; }
                public void info(String t, String h, String c) { }
                public void error(String t, String h, String c) { throw new AssertionError(h + c); }
            };
            ListNavigator nav = new ListNavigator() {
                public void openEditor(Optional<Long> id, Runnable onSaved) { }
                public void openHistory(String uscc, String name) { }
                public void openImport(Path workbook, Runnable onImported) { }
            };
            EnterpriseListViewModel vm = new EnterpriseListViewModel(messages, new Labels(messages, ctx.regions()),
                    new SameThreadTaskRunner(e -> { throw new AssertionError(e); }), silent, ctx.list(),
                    ctx.sampleData(), nav, ctx.listExport(), null, List::of, cn.hazedesk.testing.Actors.all("bench"), null);
            double heapBefore = heapInUseMb();
            long t1 = System.nanoTime();
            vm.refresh();
            long loadMs = (System.nanoTime() - t1) / 1_000_000;
            // what the loaded list holds in the heap (the launcher's heap setting must leave room for it)
            double heapAfter = heapInUseMb();
            int lines = vm.allRows().stream().mapToInt(EnterpriseRow::lines).sum();
            assertThat(lines).isEqualTo(50_000);

            // warm up, then type two queries a character at a time and clear them
            for (int i = 0; i < 20; i++) {
                vm.filterTextProperty().set("焦" + i);
                vm.filterTextProperty().set("");
            }
            List<Long> times = new ArrayList<>();
            for (String query : List.of("惠农恒润焦化", "91640205MA7", "鑫泰铁合金")) {
                for (int i = 1; i <= query.length(); i++) {
                    long s = System.nanoTime();
                    vm.filterTextProperty().set(query.substring(0, i));
                    vm.countsTextProperty().get(); // the counts line is part of the keystroke's work
                    times.add(System.nanoTime() - s);
                }
                for (int i = query.length() - 1; i >= 0; i--) {
                    long s = System.nanoTime();
                    vm.filterTextProperty().set(query.substring(0, i));
                    vm.countsTextProperty().get();
                    times.add(System.nanoTime() - s);
                }
            }
            long s = System.nanoTime();
            vm.districtProperty().set(vm.districtChoices().get(2));
            vm.countsTextProperty().get();
            times.add(System.nanoTime() - s);
            long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
            double median = sorted[sorted.length / 2] / 1e6;
            double worst = sorted[sorted.length - 1] / 1e6;
            String report = String.format(Locale.ROOT, "BENCHMARK list-filter: %d enterprises, %d lines; insert %d ms;"
                            + " load into view model %d ms; filter per keystroke median %.2f ms, worst %.2f ms over %d"
                            + " keystrokes%n", vm.allRows().size(), lines, insertMs, loadMs, median, worst, sorted.length)
                    + String.format(Locale.ROOT, "BENCHMARK list-filter heap: %.0f MB in use after a full collection with"
                            + " the list loaded, of which the loaded list %.0f MB%n", heapAfter, heapAfter - heapBefore)
                    + "BENCHMARK list-filter keystrokes (ms): " + Arrays.toString(
                    times.stream().mapToDouble(t -> Math.round(t / 1e4) / 100.0).toArray()) + System.lineSeparator()
                    + BenchmarkReport.verdict("filter per keystroke in the view model, worst",
                    String.format(Locale.ROOT, "%.2f ms", worst), "<= 50 ms", worst <= 50.0);
            BenchmarkReport.write("list-filter.txt", report);
        }
    }

    /** The heap in use after a full collection, in MB. */
    private static double heapInUseMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / 1048576.0;
    }

    /** A realistic list: about 4 lines per enterprise, valid USCCs carrying the district codes. */
    public static List<Enterprise> generate(int lineCount, Random random) {
        List<Enterprise> out = new ArrayList<>();
        int made = 0;
        int n = 0;
        String names = "宏鑫泰嘉瑞祥恒达兴隆昌盛华源金鼎通远新锦旭博润丰裕晟安康永利宇辉腾汇聚天弘佳";
        while (made < lineCount) {
            n++;
            String district = DISTRICTS[random.nextInt(DISTRICTS.length)];
            StringBuilder body = new StringBuilder("MA");
            String serial = Integer.toString(n, 31).toUpperCase();
            for (int i = 0; i < 7 - serial.length(); i++) {
                body.append('0');
            }
            for (char c : serial.toCharArray()) {
                body.append(ALPHABET.charAt(Character.digit(c, 31)));
            }
            String first17 = "91" + district + body;
            String uscc = first17 + Uscc.checkCharacter(first17);
            String industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
            String name = "测试" + names.charAt(random.nextInt(names.length())) + names.charAt(random.nextInt(names.length()))
                    + industry + "有限公司" + n;
            int k = Math.min(lineCount - made, 1 + random.nextInt(7));
            List<ProductionLine> lines = new ArrayList<>();
            for (int i = 1; i <= k; i++) {
                lines.add(new ProductionLine(i + "号生产线", "设备" + i, "10万吨/年", tonnes(random), tonnes(random),
                        tonnes(random), tonnes(random), List.of(
                        new LevelMeasure(WarningLevel.YELLOW, MeasureType.CAP, new BigDecimal("0.1"), "限产10%"),
                        new LevelMeasure(WarningLevel.ORANGE, MeasureType.CAP, new BigDecimal("0.2"), "限产20%"),
                        new LevelMeasure(WarningLevel.RED, MeasureType.STOP, BigDecimal.ONE, "停产"))));
            }
            made += k;
            out.add(new Enterprise(uscc, name, district, industry, PerformanceGrade.values()[random.nextInt(9)],
                    ControlType.values()[random.nextInt(5)], "测试地址" + n, new BigDecimal("106.5"), new BigDecimal("39.0"),
                    "联系人", "0952-0000000", null, null, false, null, null, lines));
        }
        return out;
    }

    private static BigDecimal tonnes(Random random) {
        return BigDecimal.valueOf(random.nextInt(100_000), 2);
    }
}
