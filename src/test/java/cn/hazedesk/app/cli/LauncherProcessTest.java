package cn.hazedesk.app.cli;

import cn.hazedesk.app.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real entry point in a separate JVM with no display at all, as `java -jar hazedesk.jar <command>` would
 * run on a server or in a script: output, exit codes, and no window.
 */
class LauncherProcessTest {
    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    private Result launch(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("HAZEDESK_HOME", dir.resolve("home").toString());
        pb.environment().put("LANG", "C"); // output must still be UTF-8 Chinese
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void usccRunsHeadlessWithExitCodes() throws Exception {
        Result ok = launch("uscc", "91110000600037341L");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out().trim()).isEqualTo("91110000600037341L valid");

        Result bad = launch("--lang", "zh", "uscc", "91110000600037341N");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out().trim()).isEqualTo("91110000600037341N invalid: 校验码应为 L，实际为 N");
    }

    @Test
    void aqiRunsHeadless() throws Exception {
        Result r = launch("aqi", "PM2_5=151", "--data-dir", dir.resolve("d").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).containsExactly("AQI 201 重度污染 primary PM2_5", "IAQI PM2_5 201");
        assertThat(Files.exists(dir.resolve("d"))).as("a pure calculation creates no data folder").isFalse();
    }

    @Test
    void unknownCommandOrOptionExitsTwoWithUsageOnStderr() throws Exception {
        Result r = launch("frobnicate");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("未知命令：frobnicate").contains("uscc").contains("aqi");

        Result opt = launch("--lang", "en", "--bogus");
        assertThat(opt.exit()).isEqualTo(2);
        assertThat(opt.err()).contains("Unknown option: --bogus");
    }

    @Test
    void helpAndVersion() throws Exception {
        assertThat(launch("--help").out()).contains("uscc", "aqi", "--data-dir");
        Result v = launch("--version");
        assertThat(v.exit()).isZero();
        assertThat(v.out()).startsWith("HazeDesk ");
    }
}
