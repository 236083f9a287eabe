package cn.hazedesk.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one table of every benchmark figure: reads the RESULT lines the benchmarks wrote to target/benchmark/*.txt
 * ({@link BenchmarkReport}), prints them as one table (figure, measured, floor, ratio, target, load, PASS/FAIL, the
 * report it came from with the report's time) and writes it to target/benchmark/summary.txt. Run by the {@code benchmarks} Maven profile
 * after the benchmarks ({@code mvn -B -Pbenchmarks test}); {@code main} takes the folder (default
 * target/benchmark). A benchmark that did not run has no file and so no rows: the table says how many files it read.
 */
public final class BenchmarkSummary {
    static final String FILE = "summary.txt";
    private static final Pattern RESULT = Pattern.compile("^RESULT (.+?): ([^;]+);(.*); (PASS|FAIL)$");

    /** One verdict line, split into its parts ("" for a part the line does not give). */
    record Row(String file, String what, String measured, String floor, String ratio, String target, String load,
               boolean pass) {
    }

    private BenchmarkSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/benchmark");
        String table = table(read(folder));
        System.out.print(table);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(FILE), table, StandardCharsets.UTF_8);
    }

    /** Every RESULT line of every report in {@code folder} (the summary itself excepted), by file name. */
    static List<Row> read(Path folder) throws IOException {
        List<Row> rows = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return rows;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> !p.getFileName().toString().equals(FILE)).sorted().toList();
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);
        for (Path f : files) {
            // the report's own time: one left from an earlier run stands out
            String name = f.getFileName() + " " + time.format(Files.getLastModifiedTime(f).toInstant());
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                Row r = parse(name, line.strip());
                if (r != null) {
                    rows.add(r);
                }
            }
        }
        return rows;
    }

    /** A RESULT line as a row, or null for any other line. */
    static Row parse(String file, String line) {
        Matcher m = RESULT.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String floor = "";
        String ratio = "";
        String target = "";
        String load = "";
        for (String part : m.group(3).split(";")) {
            String p = part.strip();
            if (p.startsWith("floor ")) {
                floor = p.substring(6);
            } else if (p.startsWith("ratio ")) {
                ratio = p.substring(6);
            } else if (p.startsWith("target ")) {
                target = p.substring(7);
            } else if (p.startsWith("load ")) {
                load = p.substring(5);
            }
        }
        return new Row(file, m.group(1).strip(), m.group(2).strip(), floor, ratio, target, load, m.group(4).equals("PASS"));
    }

    static String table(List<Row> rows) {
        String[] head = {"figure", "measured", "floor", "ratio", "target", "load", "verdict", "report (UTC)"};
        List<String[]> cells = new ArrayList<>();
        cells.add(head);
        for (Row r : rows) {
            cells.add(new String[]{r.what(), r.measured(), dash(r.floor()), dash(r.ratio()), r.target(), dash(r.load()),
                    r.pass() ? "PASS" : "FAIL", r.file()});
        }
        int[] w = new int[head.length];
        for (String[] c : cells) {
            for (int i = 0; i < c.length; i++) {
                w[i] = Math.max(w[i], width(c[i]));
            }
        }
        StringBuilder b = new StringBuilder();
        long files = rows.stream().map(Row::file).distinct().count();
        long failed = rows.stream().filter(r -> !r.pass()).count();
        b.append(String.format(Locale.ROOT, "Benchmark summary, %s: %d figures from %d reports, %d PASS, %d FAIL%n",
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                rows.size(), files, rows.size() - failed, failed));
        for (int k = 0; k < cells.size(); k++) {
            String[] c = cells.get(k);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < c.length; i++) {
                line.append(i == 0 ? "" : " | ").append(c[i]).append(" ".repeat(w[i] - width(c[i])));
            }
            b.append(line.toString().stripTrailing()).append(System.lineSeparator());
            if (k == 0) {
                StringBuilder rule = new StringBuilder();
                for (int i = 0; i < w.length; i++) {
                    rule.append(i == 0 ? "" : "-+-").append("-".repeat(w[i]));
                }
                b.append(rule).append(System.lineSeparator());
            }
        }
        return b.toString();
    }

    private static String dash(String s) {
        return s.isEmpty() ? "-" : s;
    }

    /** Columns as a terminal shows them: CJK characters take two. */
    private static int width(String s) {
        return s.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60) ? 2 : 1).sum();
    }
}
