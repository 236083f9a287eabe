package cn.hazedesk.app.cli;

import cn.hazedesk.app.StartupOptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The headless commands, run in-process with captured output. */
class CliTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) throws Exception {
        return run(java.time.Clock.systemDefaultZone(), args);
    }

    /** A command on a clock the test fixes (dates of backups and records). */
    static Run run(java.time.Clock clock, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(clock).run(StartupOptions.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * A data folder with an administrator and a city list maintainer whose first password is changed: the
     * {@code --user … --password-file …} arguments of the maintainer (commands that change the list need them).
     */
    static String[] maintainer(Path data) throws Exception {
        return user(data, "清单员", "LIST_MAINTAINER", null);
    }

    /** As {@link #maintainer}, for any role and district (null: the city). */
    static String[] user(Path data, String name, String role, String district) throws Exception {
        Path dir = java.nio.file.Files.createDirectories(data.resolveSibling(data.getFileName() + "-passwords"));
        Path admin = java.nio.file.Files.writeString(dir.resolve("admin.pw"), "Admin2026pw\n");
        Path first = java.nio.file.Files.writeString(dir.resolve(name + ".first"), "First2026pw\n");
        Path own = java.nio.file.Files.writeString(dir.resolve(name + ".pw"), "Own2026pw\n");
        Run init = run("admin", "init", "--user", "管理员", "--password-file", admin.toString(), "--data-dir", data.toString());
        if (init.exit() != 0 && !init.err().contains("已有管理员")) {
            throw new AssertionError(init.err());
        }
        java.util.List<String> add = new java.util.ArrayList<>(java.util.List.of("user", "add", name, "--role", role,
                "--first-password-file", first.toString(), "--user", "管理员", "--password-file", admin.toString(),
                "--data-dir", data.toString()));
        if (district != null) {
            add.addAll(java.util.List.of("--district", district));
        }
        Run added = run(add.toArray(String[]::new));
        if (added.exit() != 0) {
            throw new AssertionError(added.err());
        }
        Run changed = run("user", "password", "--user", name, "--password-file", first.toString(),
                "--new-password-file", own.toString(), "--data-dir", data.toString());
        if (changed.exit() != 0) {
            throw new AssertionError(changed.err());
        }
        return new String[]{"--user", name, "--password-file", own.toString()};
    }

    @Test
    void usccPrintsOneLinePerCodeAndExitsZeroWhenAllValid() throws Exception {
        Run r = run("uscc", "91110000600037341L", "９１６４０２０２０００００００００ｋ");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).containsExactly("91110000600037341L valid", "91640202000000000K valid");
    }

    @Test
    void usccExplainsEachInvalidCodeAndExitsOne() throws Exception {
        Run r = run("uscc", "91110000600037341N", "12345", "91110000600037341L");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines()).containsExactly(
                "91110000600037341N invalid: 校验码应为 L，实际为 N",
                "12345 invalid: 长度应为 18 位，实际为 5 位",
                "91110000600037341L valid");
    }

    @Test
    void usccReasonsInEnglishWithLangEn() throws Exception {
        Run r = run("uscc", "9111000060003IOZSV", "--lang", "en");
        assertThat(r.out().trim()).isEqualTo("9111000060003IOZSV invalid: character “I” at position 14 is not allowed "
                + "(I, O, S, V, Z and symbols are never used)");
    }

    @Test
    void aqiPrintsTheIndexCategoryPrimaryAndEverySubIndexInOrder() throws Exception {
        Run r = run("aqi", "PM2_5=160", "PM10=230", "SO2=40", "NO2=70", "CO=2.1", "O3_8H=60");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).containsExactly(
                "AQI 210 重度污染 primary PM2_5",
                "IAQI PM2_5 210", "IAQI PM10 143", "IAQI SO2 40", "IAQI NO2 88", "IAQI CO 53", "IAQI O3_8H 30");
    }

    @Test
    void aqiUnder2012UsesTheOldBreakpoints() throws Exception {
        Run r = run("aqi", "--standard", "2012", "PM10=120", "PM2_5=60");
        assertThat(r.out().lines()).containsExactly("AQI 85 良 primary PM10", "IAQI PM10 85", "IAQI PM2_5 82");
        Run r2026 = run("aqi", "PM10=120", "PM2_5=60");
        assertThat(r2026.out().lines()).containsExactly("AQI 100 良 primary PM10,PM2_5", "IAQI PM10 100", "IAQI PM2_5 100");
    }

    @Test
    void aqiWithLowValuesHasNoPrimaryPollutant() throws Exception {
        assertThat(run("aqi", "SO2=20").out().lines()).containsExactly("AQI 20 优 primary -", "IAQI SO2 20");
    }

    @Test
    void badArgumentsGiveUsageOnStderrAndExitTwo() throws Exception {
        for (String[] args : new String[][]{{"aqi"}, {"aqi", "PM2_5"}, {"aqi", "PM25=3"}, {"aqi", "PM2_5=x"},
                {"aqi", "PM2_5=-3"}, {"aqi", "--standard", "2020", "PM2_5=3"}, {"uscc"}, {"nonsense"}}) {
            Run r = run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).as(String.join(" ", args)).isEmpty();
            assertThat(r.err()).as(String.join(" ", args)).contains("用法");
        }
    }

    @Test
    void helpListsEveryCommandAndTheGlobalOptions() throws Exception {
        Run r = run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("uscc ", "aqi [--standard 2026|2012]", "help", "--data-dir DIR", "--lang zh|en");
        assertThat(run("help", "--lang", "en").out()).contains("Commands:", "unified social credit codes");
    }
}
