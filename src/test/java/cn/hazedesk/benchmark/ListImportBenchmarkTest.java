package cn.hazedesk.benchmark;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.ImportPlan;
import cn.hazedesk.application.ImportResult;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.Industry;
import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.listimport.ImportMode;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.uscc.Uscc;
import cn.hazedesk.infra.data.IndustriesCsv;
import cn.hazedesk.infra.data.RegionsCsv;
import cn.hazedesk.infra.excel.PoiListWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list import against its floor, on demand only (tag "benchmark", excluded from {@code mvn verify}):
 * <pre>mvn -B test -Dgroups=benchmark -DexcludedGroups=</pre>
 * Generates a 50,000-line workbook (12,000 enterprises, every column filled), then measures (a) the full import
 * path into an empty H2 file store (read, check, preview, backup, commit) and (b) the floor: the same streaming
 * POI read plus a plain JDBC batch insert of the same rows into one table of a fresh H2 file. Both are measured
 * twice after a warm-up on a small file; the best of each is compared. Results go to stdout and to
 * target/benchmark/list-import.txt.
 */
@Tag("benchmark")
public class ListImportBenchmarkTest {
    static final int ENTERPRISES = 12_000;
    static final int LINES = 50_000;
    static final int ROUNDS = 3;

    @TempDir
    Path dir;

    @Test
    void importOfFiftyThousandLinesAgainstTheFloor() throws Exception {
        var regions = RegionsCsv.load();
        PoiListWorkbook workbook = new PoiListWorkbook(regions, cn.hazedesk.infra.data.ListReadingCsv.vocabulary(null));
        Path small = dir.resolve("warmup.xlsx");
        Path big = dir.resolve("list-50000.xlsx");
        long t0 = System.nanoTime();
        workbook.write(small, generate(500, 2_000, 7), ProgressListener.NONE);
        workbook.write(big, generate(ENTERPRISES, LINES, 42), ProgressListener.NONE);
        double generated = seconds(t0);

        importOnce(small, dir.resolve("warm-import"));
        floorOnce(small, dir.resolve("warm-floor"));
        List<Double> imports = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            floors.add(floorOnce(big, dir.resolve("floor-" + round)));
            imports.add(importOnce(big, dir.resolve("import-" + round)));
        }
        double importBest = imports.stream().mapToDouble(d -> d).min().orElseThrow();
        double floorBest = floors.stream().mapToDouble(d -> d).min().orElseThrow();
        String report = String.format(java.util.Locale.ROOT,
                "list import benchmark: %d lines, %d enterprises, workbook %.1f MB (generated in %.1f s)%n"
                        + "import (read, check, preview, backup, commit): %s s, best %.2f s%n"
                        + "floor (POI streaming read + JDBC batch insert into one table): %s s, best %.2f s%n"
                        + "ratio import/floor: %.2f (target <= 1.5)%n",
                LINES, ENTERPRISES, Files.size(big) / 1e6, generated, list(imports), importBest, list(floors), floorBest,
                importBest / floorBest);
        double ratio = importBest / floorBest;
        report += BenchmarkReport.verdict("list import of 50,000 lines against floor", importBest, floorBest, "s",
                "ratio <= 1.5 (README)", ratio <= 1.5);
        report += BenchmarkReport.verdict("list import of 50,000 lines against floor", importBest, floorBest, "s",
                "ratio <= 1.2 (issue 18, with the crash-safe commit)", ratio <= 1.2);
        BenchmarkReport.write("list-import.txt", report);
    }

    private static double importOnce(Path file, Path dataFolder) {
        try (AppContext ctx = AppContext.open(dataFolder, Clock.systemDefaultZone())) {
            long t = System.nanoTime();
            ImportPlan plan = ctx.listImport().read(file, ProgressListener.NONE, CancelToken.NONE);
            double read = seconds(t);
            assertThat(plan.problems()).isEmpty();
            ImportResult r = ctx.listImport().commit(plan, ImportMode.MERGE, cn.hazedesk.testing.Actors.all("benchmark"), ProgressListener.NONE, CancelToken.NONE);
            double s = seconds(t);
            assertThat(r.applied().lines().added()).isEqualTo(plan.rows());
            assertThat(ctx.enterprises().summary().lines()).isEqualTo(plan.rows());
            System.out.printf(java.util.Locale.ROOT, "import %.2f s: read+check+preview %.2f s, backup+commit %.2f s%n",
                    s, read, s - read);
            return s;
        }
    }

    /** The least any import must do: stream the sheet with POI, insert every row's texts with one JDBC batch. */
    private static double floorOnce(Path file, Path folder) throws Exception {
        Files.createDirectories(folder);
        String url = "jdbc:h2:file:" + folder.resolve("floor").toAbsolutePath();
        long t = System.nanoTime();
        List<String[]> rows = new ArrayList<>();
        int width = ListField.values().length;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            try (InputStream in = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new XSSFSheetXMLHandler.SheetContentsHandler() {
                            String[] row;

                            @Override
                            public void startRow(int rowNum) {
                                row = new String[width];
                            }

                            @Override
                            public void endRow(int rowNum) {
                                if (rowNum > 0) {
                                    rows.add(row);
                                }
                            }

                            @Override
                            public void cell(String ref, String value, XSSFComment comment) {
                                int col = ref.charAt(1) >= 'A' ? (ref.charAt(0) - 'A' + 1) * 26 + ref.charAt(1) - 'A' : ref.charAt(0) - 'A';
                                if (col < width) {
                                    row[col] = value;
                                }
                            }
                        }, new DataFormatter(), false));
                xml.parse(new InputSource(in));
            }
        }
        double read = seconds(t);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            StringBuilder cols = new StringBuilder("id BIGINT PRIMARY KEY");
            StringBuilder marks = new StringBuilder("?");
            for (int i = 0; i < width; i++) {
                cols.append(", c").append(i).append(" VARCHAR(1000)");
                marks.append(", ?");
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE line_row (" + cols + ")");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO line_row VALUES (" + marks + ")")) {
                long id = 1;
                for (String[] row : rows) {
                    p.setLong(1, id++);
                    for (int i = 0; i < width; i++) {
                        p.setString(i + 2, row[i]);
                    }
                    p.addBatch();
                    if (id % 2000 == 0) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            c.commit();
        }
        double s = seconds(t);
        System.out.printf(java.util.Locale.ROOT, "floor %.2f s: read %.2f s, insert %.2f s%n", s, read, s - read);
        assertThat(rows).hasSizeGreaterThan(1000);
        return s;
    }

    /** A list that looks like a real one: every column filled, 1 to 8 lines per enterprise, three measures per line. */
    public static List<Enterprise> generate(int enterprises, int lines, long seed) {
        Random rnd = new Random(seed);
        List<Region> districts = RegionsCsv.load().districts();
        List<Industry> industries = IndustriesCsv.load().industries();
        String[] surnames = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"};
        String[] words = {"鑫", "盛", "华", "远", "裕", "锦", "宏", "泰", "恒", "源", "达", "隆", "昌", "丰"};
        String[] equipment = {"焦炉", "熟料生产线", "水泥粉磨站", "电石炉", "煅烧炉", "燃煤锅炉", "矿热炉", "回转窑", "喷涂线", "烘干窑"};
        PerformanceGrade[] grades = PerformanceGrade.values();
        int[] counts = new int[enterprises];
        int left = lines;
        for (int i = 0; i < enterprises; i++) {
            int rest = enterprises - i - 1;
            int n = i == enterprises - 1 ? left : Math.max(1, Math.min(Math.min(8, left - rest), 1 + rnd.nextInt(7)));
            counts[i] = n;
            left -= n;
        }
        List<Enterprise> out = new ArrayList<>(enterprises);
        for (int i = 0; i < enterprises; i++) {
            Region d = districts.get(rnd.nextInt(districts.size()));
            Industry ind = industries.get(rnd.nextInt(industries.size()));
            String first17 = "91" + d.code() + "MA7" + String.format("%06d", i);
            String uscc = first17 + Uscc.checkCharacter(first17);
            String name = d.name().substring(0, 2) + words[rnd.nextInt(words.length)] + words[rnd.nextInt(words.length)]
                    + ind.name() + "有限公司" + i;
            List<ProductionLine> ls = new ArrayList<>();
            for (int k = 0; k < counts[i]; k++) {
                List<LevelMeasure> ms = new ArrayList<>();
                for (WarningLevel level : WarningLevel.values()) {
                    BigDecimal f = BigDecimal.valueOf(10 * (level.ordinal() + 1) + rnd.nextInt(30), 2);
                    ms.add(new LevelMeasure(level, MeasureType.CAP, f,
                            "限产" + ValueOf.percent(f) + "，停止使用国四及以下重型载货车辆进行物料运输"));
                }
                ls.add(new ProductionLine((k + 1) + "号" + equipment[rnd.nextInt(equipment.length)], "设备" + (k + 1),
                        (10 + rnd.nextInt(190)) + "万吨/年", tonnes(rnd), tonnes(rnd), tonnes(rnd), tonnes(rnd), ms));
            }
            out.add(new Enterprise(uscc, name, d.code(), ind.name(), grades[rnd.nextInt(grades.length)],
                    ind.key() ? ControlType.KEY_INDUSTRY : ControlType.GENERAL,
                    d.name() + "工业园区" + (1 + rnd.nextInt(300)) + "号",
                    BigDecimal.valueOf(106_200_000 + rnd.nextInt(700_000), 6), BigDecimal.valueOf(38_800_000 + rnd.nextInt(500_000), 6),
                    surnames[rnd.nextInt(surnames.length)] + words[rnd.nextInt(words.length)],
                    "0952-" + (2_000_000 + rnd.nextInt(7_000_000)), "916402" + String.format("%012d", i) + "001P",
                    rnd.nextBoolean() ? "重点管理" : "简化管理", rnd.nextBoolean(), rnd.nextInt(60), "国五", ls));
        }
        return out;
    }

    private static BigDecimal tonnes(Random rnd) {
        return BigDecimal.valueOf(rnd.nextInt(5_000_000), 4).setScale(4, RoundingMode.UNNECESSARY);
    }

    private static final class ValueOf {
        static String percent(BigDecimal f) {
            return cn.hazedesk.domain.enterprise.ValueParser.percent(f);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String list(List<Double> values) {
        return values.stream().map(v -> String.format(java.util.Locale.ROOT, "%.2f", v)).toList().toString();
    }
}
