package cn.hazedesk.app.cli;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.StoredEnterprise;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.infra.excel.TestWorkbooks;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static cn.hazedesk.infra.excel.TestWorkbooks.COLUMNS;
import static cn.hazedesk.infra.excel.TestWorkbooks.line;
import static cn.hazedesk.infra.excel.TestWorkbooks.uscc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated corpus of well over 300 files that are no good list workbook — cut short at 150 lengths,
 * bytes flipped, zip parts missing or broken, CSV (UTF-8, GBK) renamed .xlsx, an .xls, a password-protected
 * workbook, a Word document, images, random bytes, an empty file, a folder — each given to {@code list validate},
 * and many to {@code list import} (merge and replace) against a data folder holding a list. Every run ends with
 * exit code 0, 1 or 2 and never a stack trace; exit 2 is one sentence on stderr; the stored list never changes.
 */
class MalformedWorkbooksTest {
    @TempDir
    Path dir;

    private Path good() {
        List<Map<cn.hazedesk.domain.enterprise.ListField, Object>> lines = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            lines.add(line("企业" + i, uscc(i), "惠农区", "炭素", "C", "煅烧炉", i, 1, "50%", "限产50%", "停产", "停产"));
        }
        return TestWorkbooks.list(dir.resolve("good.xlsx"), COLUMNS, lines);
    }

    /** name → file content (null: make it a folder). */
    private Map<String, byte[]> corpus(byte[] valid) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        // cut short: 150 lengths spread over the whole file
        for (int i = 0; i < 150; i++) {
            int length = (int) ((long) valid.length * i / 150);
            files.put("cut-" + length + ".xlsx", java.util.Arrays.copyOf(valid, length));
        }
        // single bytes changed anywhere (some still read: then the check reports what it found)
        Random random = new Random(20261204);
        for (int i = 0; i < 120; i++) {
            byte[] copy = valid.clone();
            int at = random.nextInt(copy.length);
            copy[at] = (byte) (copy[at] ^ (1 + random.nextInt(255)));
            files.put("flip-" + i + "-at-" + at + ".xlsx", copy);
        }
        // zip parts missing or broken
        for (String part : List.of("xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
                "[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels")) {
            files.put("without-" + part.replace('/', '_') + ".xlsx", rezip(valid, part, null));
            files.put("garbage-" + part.replace('/', '_') + ".xlsx", rezip(valid, part, "<<<not xml".getBytes(StandardCharsets.UTF_8)));
            files.put("halfxml-" + part.replace('/', '_') + ".xlsx", rezip(valid, part, halfOf(valid, part)));
        }
        files.put("bad-sst-index.xlsx", rezip(valid, "xl/worksheets/sheet1.xml",
                new String(entry(valid, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8)
                        .replaceFirst("<v>(\\d+)</v>", "<v>999999</v>").getBytes(StandardCharsets.UTF_8)));
        // other kinds of file under an .xlsx name
        String csv = "企业名称,统一社会信用代码,所属区县\n甲公司," + uscc(1) + ",大武口区\n";
        files.put("csv-utf8.xlsx", csv.getBytes(StandardCharsets.UTF_8));
        files.put("csv-utf8-bom.xlsx", ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
        files.put("csv-gbk.xlsx", csv.getBytes(Charset.forName("GBK")));
        files.put("text.xlsx", "just a note\n".getBytes(StandardCharsets.UTF_8));
        files.put("empty.xlsx", new byte[0]);
        files.put("pdf.xlsx", "%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\n".getBytes(StandardCharsets.ISO_8859_1));
        files.put("png.xlsx", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        files.put("old.xls", xls());
        files.put("old-as-xlsx.xlsx", xls());
        files.put("password.xlsx", encrypted(valid));
        files.put("word.xlsx", docx());
        files.put("zip-of-text.xlsx", zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8))));
        files.put("empty-zip.xlsx", zip(Map.of()));
        for (int i = 0; i < 20; i++) {
            byte[] noise = new byte[64 + random.nextInt(4096)];
            random.nextBytes(noise);
            if (i % 2 == 0) {
                noise[0] = 'P';
                noise[1] = 'K';
            }
            files.put("noise-" + i + ".xlsx", noise);
        }
        files.put("folder.xlsx", null);
        return files;
    }

    @Test
    void everyMalformedFileGetsOneSentenceOrItsProblemsNeverAStackTraceAndTheListNeverChanges() throws Exception {
        byte[] valid = Files.readAllBytes(good());
        Map<String, byte[]> corpus = corpus(valid);
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        Path data = dir.resolve("data");
        Path stored = TestWorkbooks.list(dir.resolve("stored.xlsx"), COLUMNS, List.of(
                line("甲焦化", uscc(901), "大武口区", "焦化", "B", "焦炉1", 10, 20, "30%", "限产30%", "限产50%", "停产"),
                line("乙水泥", uscc(902), "平罗县", "水泥", "C", "熟料线", 50, 400, "100%", "停产", "停产", "停产")));
        assertThat(ListCommandTest.run("list", "import", stored.toString(), "--data-dir", data.toString()).exit()).isZero();
        List<Enterprise> before = storedList(data);

        Path folder = Files.createDirectories(dir.resolve("corpus"));
        Map<Integer, Integer> exits = new java.util.TreeMap<>();
        List<Path> refused = new ArrayList<>();
        int imports = 0;
        int n = 0;
        for (Map.Entry<String, byte[]> f : corpus.entrySet()) {
            Path file = folder.resolve(f.getKey());
            if (f.getValue() == null) {
                Files.createDirectories(file);
            } else {
                Files.write(file, f.getValue());
            }
            ListCommandTest.Run r = ListCommandTest.run("list", "validate", file.toString());
            assertSane(f.getKey(), r);
            exits.merge(r.exit(), 1, Integer::sum);
            if (r.exit() != 0) {
                refused.add(file);
            }
            // a file the check refuses is never imported, in either mode (some changed bytes leave a readable
            // workbook); the command opens the data folder each time, so a sample of them goes through it
            if (r.exit() != 0 && n++ % 20 == 0) {
                for (String[] mode : new String[][]{{}, {"--replace"}}) {
                    List<String> args = new ArrayList<>(List.of("list", "import", file.toString(), "--data-dir", data.toString()));
                    args.addAll(List.of(mode));
                    ListCommandTest.Run imported = ListCommandTest.run(args.toArray(String[]::new));
                    assertSane(f.getKey() + " import " + String.join(" ", mode), imported);
                    assertThat(imported.exit()).as(f.getKey() + ": a broken file is never imported").isNotZero();
                    imports++;
                }
            }
        }
        assertThat(exits.get(2)).as("most are no readable workbook").isGreaterThan(250);
        assertThat(imports).isGreaterThanOrEqualTo(20);
        // and every refused file through the import service of one open data folder, both modes
        try (AppContext ctx = AppContext.open(data, java.time.Clock.systemUTC())) {
            for (Path file : refused) {
                try {
                    var plan = ctx.listImport().read(file, cn.hazedesk.application.ProgressListener.NONE,
                            cn.hazedesk.application.CancelToken.NONE);
                    assertThat(plan.clean()).as(file.getFileName() + " is refused by the check").isFalse();
                    for (var mode : cn.hazedesk.domain.listimport.ImportMode.values()) {
                        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ctx.listImport().commit(plan, mode, cn.hazedesk.testing.Actors.all("tester"),
                                true, cn.hazedesk.application.ProgressListener.NONE, cn.hazedesk.application.CancelToken.NONE))
                                .isInstanceOf(IllegalArgumentException.class);
                    }
                } catch (cn.hazedesk.application.port.WorkbookException expected) {
                    assertThat(expected.kind()).isNotNull();
                }
            }
        }
        assertThat(storedList(data)).as("the stored list never changed").isEqualTo(before);
    }

    @Test
    void eachKindOfFileIsNamedForWhatItIs() throws Exception {
        byte[] valid = Files.readAllBytes(good());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("old.xls", "是 Excel 97-2003 格式（.xls）：请在 Excel 中另存为 .xlsx 后再导入。");
        expected.put("password.xlsx", "设置了打开密码：请在 Excel 中取消密码后另存，再导入。");
        expected.put("list.csv.xlsx", "是文本（CSV）文件，不是 Excel 工作簿：请在 Excel 中打开并另存为 .xlsx。");
        expected.put("cut.xlsx", "不完整或已损坏，不能作为 Excel 工作簿读取：请重新获取或从 Excel 重新保存。");
        expected.put("word.xlsx", "不是 Excel 工作簿（.xlsx）。");
        expected.put("empty.xlsx", "是空的。");
        Map<String, byte[]> content = Map.of("old.xls", xls(), "password.xlsx", encrypted(valid),
                "list.csv.xlsx", "企业名称,统一社会信用代码\n".getBytes(Charset.forName("GBK")),
                "cut.xlsx", java.util.Arrays.copyOf(valid, valid.length / 2), "word.xlsx", docx(), "empty.xlsx", new byte[0]);
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Path file = Files.write(dir.resolve(e.getKey()), content.get(e.getKey()));
            ListCommandTest.Run r = ListCommandTest.run("list", "validate", file.toString());
            assertThat(r.exit()).as(e.getKey()).isEqualTo(2);
            assertThat(r.err().trim()).as(e.getKey()).endsWith(e.getValue()).contains(file.toString());
        }
    }

    private static void assertSane(String name, ListCommandTest.Run r) {
        assertThat(r.exit()).as(name + " exit").isBetween(0, 2);
        for (String text : List.of(r.out(), r.err())) {
            assertThat(text).as(name + " shows no stack trace").doesNotContain("Exception").doesNotContain("\tat ")
                    .doesNotContain("org.apache").doesNotContain("java.");
        }
        if (r.exit() == 2) {
            assertThat(r.err().trim().lines()).as(name + ": one sentence").hasSize(1);
            assertThat(r.out()).as(name).isEmpty();
        }
    }

    private static List<Enterprise> storedList(Path data) {
        try (AppContext ctx = AppContext.open(data, java.time.Clock.systemUTC())) {
            return ctx.enterprises().loadAll().stream().map(StoredEnterprise::enterprise).toList();
        }
    }

    private static byte[] entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        return new byte[0];
    }

    private static byte[] halfOf(byte[] zip, String name) throws Exception {
        byte[] e = entry(zip, name);
        return java.util.Arrays.copyOf(e, e.length / 2);
    }

    /** The same package with {@code part} left out (replacement null) or replaced. */
    private static byte[] rezip(byte[] zip, String part, byte[] replacement) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(part)) {
                    if (replacement == null) {
                        continue;
                    }
                    data = replacement;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] xls() throws Exception {
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("清单").createRow(0).createCell(0).setCellValue("企业名称");
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] encrypted(byte[] valid) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(valid); // the package's own bytes, encrypted as Excel does with a password
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx() throws Exception {
        return zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8)));
    }
}
