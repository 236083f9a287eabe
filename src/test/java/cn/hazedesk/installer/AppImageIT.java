package cn.hazedesk.installer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installer's app-image, built by {@code installer/build.sh app-image} from the packaged jar (Failsafe runs
 * this after {@code package}, in {@code mvn verify}), started through its own launcher with its own trimmed
 * runtime, without a display and under the POSIX "C" locale: the runtime starts, prints Chinese, reads the
 * bundled data files, opens H2 with Flyway, and keeps its data in the per-user folder, never in the image.
 * Linux only: the Windows MSI is built on Windows (installer/build-msi.ps1).
 */
@EnabledOnOs(OS.LINUX)
class AppImageIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path IMAGE = PROJECT.resolve("target/installer/HazeDesk");

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void buildTheAppImage() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "installer/build.sh", "app-image").directory(PROJECT.toFile());
        // the JDK that runs this build (and compiled the jar) makes the runtime
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Path log = Files.createTempFile("hazedesk-app-image", ".log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        boolean done = p.waitFor(10, TimeUnit.MINUTES);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertThat(done).as("installer/build.sh app-image finished in 10 minutes").isTrue();
        assertThat(p.exitValue()).as("installer/build.sh app-image:\n" + output).isZero();
        assertThat(IMAGE.resolve("bin/HazeDesk")).isExecutable();
    }

    private Result launch(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(IMAGE.resolve("bin/HazeDesk").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> e = pb.environment();
        e.remove("DISPLAY");
        e.remove("WAYLAND_DISPLAY");
        e.remove("HAZEDESK_HOME");
        e.remove("XDG_DATA_HOME");
        e.remove("LANGUAGE");
        e.put("LANG", "C");
        e.put("LC_ALL", "C");
        e.putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("the launcher exits").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Result launch(String... args) throws Exception {
        return launch(Map.of("HAZEDESK_HOME", dir.resolve("home").toString()), args);
    }

    @Test
    void helpPrintsTheChineseUsage() throws Exception {
        Result r = launch("--help");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("HazeDesk 重污染天气应急值守台")
                .contains("用法：", "校验统一社会信用代码", "uscc", "recommend", "--data-dir");
    }

    @Test
    void theLauncherMapsTheClassDataSharingArchiveDumpedForTheImage() throws Exception {
        assertThat(IMAGE.resolve("lib/app/hazedesk.jsa")).isRegularFile();
        // -Xshare:on: the JVM refuses to start unless the archive matches the image's runtime and class path
        Result on = launch(Map.of("JAVA_TOOL_OPTIONS", "-Xshare:on"), "--version");
        assertThat(on.exit()).as(on.out() + on.err()).isZero();
        assertThat(on.out()).startsWith("HazeDesk ");
        // as the launcher starts: not a word about the archive
        Result plain = launch("--version");
        assertThat(plain.exit()).isZero();
        assertThat(plain.out() + plain.err()).doesNotContain("shared").doesNotContain("CDS");
    }

    @Test
    void usccChecksCodesWithChineseReasons() throws Exception {
        Result ok = launch("uscc", "91110000600037341L");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out().trim()).isEqualTo("91110000600037341L valid");

        Result bad = launch("uscc", "91110000600037341N");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out().trim()).isEqualTo("91110000600037341N invalid: 校验码应为 L，实际为 N");
    }

    @Test
    void recommendReadsTheBundledWarningCriteriaAndRegions() throws Exception {
        Path forecast = Files.writeString(dir.resolve("forecast.csv"), """
                district,date,aqi
                惠农区,2026-12-10,230
                惠农区,2026-12-11,260
                惠农区,2026-12-12,320
                """, StandardCharsets.UTF_8);
        Result r = launch("recommend", forecast.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines()).containsExactly(
                "大武口区 NONE 无预报数据",
                "惠农区 RED 预测12月10日至12月12日 AQI>200 连续 3 天，且预测12月12日 AQI>300 → 红色预警",
                "平罗县 NONE 无预报数据",
                "石嘴山市 RED 无全市预报，取各区县最高级别（惠农区）");
    }

    @Test
    void theDatabaseIsCreatedAndMigratedInTheDataFolderNotInTheImage() throws Exception {
        List<String> imageBefore = listing(IMAGE);
        Path home = dir.resolve("home");
        Result r = launch("reduction", "--level", "yellow");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines()).contains("石嘴山市 yellow SO2 0.000 0.0% UNKNOWN");
        assertThat(home.resolve("db/hazedesk.mv.db")).isRegularFile();
        assertThat(listing(IMAGE)).as("the app-image is never written to").isEqualTo(imageBefore);
    }

    @Test
    void withoutHazedeskHomeTheDataGoesToThePerUserFolder() throws Exception {
        Path userHome = Files.createDirectories(dir.resolve("user"));
        // the JVM takes user.home from the password database, not from HOME: point it at a temporary folder
        Result r = launch(Map.of("JAVA_TOOL_OPTIONS", "-Duser.home=" + userHome), "reduction", "--level", "red");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(userHome.resolve(".local/share/hazedesk/db/hazedesk.mv.db")).isRegularFile();
    }

    @Test
    void theRuntimeIsTrimmedAndKeepsTheChineseLocaleData() throws Exception {
        Path runtime = IMAGE.resolve("lib/runtime");
        String release = Files.readString(runtime.resolve("release"), StandardCharsets.UTF_8);
        assertThat(release).contains("java.sql", "java.desktop", "jdk.unsupported", "jdk.localedata", "jdk.charsets")
                .doesNotContain("jdk.compiler", "jdk.jshell", "java.net.http");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jimage").toString(), "list",
                runtime.resolve("lib/modules").toString()).redirectErrorStream(true).start();
        String classes = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(classes).contains("sun/text/resources/cldr/ext/FormatData_zh.class")
                .as("only en and zh locales are kept").doesNotContain("FormatData_ja.class");
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.map(p -> root.relativize(p) + " " + p.toFile().length()).sorted().toList();
        }
    }
}
