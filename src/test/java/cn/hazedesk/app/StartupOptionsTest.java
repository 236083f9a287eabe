package cn.hazedesk.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupOptionsTest {

    @Test
    void globalOptionsMayStandBeforeOrAfterTheCommand() throws Exception {
        StartupOptions before = StartupOptions.parse(new String[]{"--data-dir", "/tmp/x", "--lang", "en", "uscc", "A", "B"});
        StartupOptions after = StartupOptions.parse(new String[]{"uscc", "A", "--lang", "en", "B", "--data-dir=/tmp/x"});
        for (StartupOptions o : List.of(before, after)) {
            assertThat(o.command()).contains("uscc");
            assertThat(o.commandArgs()).containsExactly("A", "B");
            assertThat(o.dataDir()).contains(Path.of("/tmp/x"));
            assertThat(o.lang()).contains("en");
        }
    }

    @Test
    void commandOptionsStayWithTheCommand() throws Exception {
        StartupOptions o = StartupOptions.parse(new String[]{"aqi", "--standard", "2012", "PM2_5=75"});
        assertThat(o.commandArgs()).containsExactly("--standard", "2012", "PM2_5=75");
    }

    @Test
    void noCommandMeansTheDesktopApp() throws Exception {
        StartupOptions o = StartupOptions.parse(new String[]{"--lang", "en"});
        assertThat(o.command()).isEmpty();
        assertThat(o.help()).isFalse();
    }

    @Test
    void badOptionsAreRefusedWithAReason() {
        assertThatThrownBy(() -> StartupOptions.parse(new String[]{"--data-dir"}))
                .isInstanceOfSatisfying(StartupOptions.UsageException.class, e -> assertThat(e.key()).isEqualTo("cli.error.missingValue"));
        assertThatThrownBy(() -> StartupOptions.parse(new String[]{"--lang", "fr"}))
                .isInstanceOfSatisfying(StartupOptions.UsageException.class, e -> assertThat(e.argument()).isEqualTo("fr"));
        assertThatThrownBy(() -> StartupOptions.parse(new String[]{"--frobnicate", "uscc"}))
                .isInstanceOfSatisfying(StartupOptions.UsageException.class, e -> assertThat(e.key()).isEqualTo("cli.error.unknownOption"));
    }

    @Test
    void aSharedDatabaseIsNamedWithItsUserAndOnlyTogether() throws Exception {
        StartupOptions o = StartupOptions.parse(new String[]{"audit", "verify", "--db", "jdbc:postgresql://db:5432/hazedesk",
                "--db-user", "hazedesk", "--db-password-file=/tmp/pw"});
        assertThat(o.commandArgs()).containsExactly("verify");
        assertThat(o.database()).hasValueSatisfying(d -> {
            assertThat(d.url()).isEqualTo("jdbc:postgresql://db:5432/hazedesk");
            assertThat(d.user()).isEqualTo("hazedesk");
            assertThat(d.passwordFile()).contains(Path.of("/tmp/pw"));
        });
        assertThat(StartupOptions.parse(new String[]{"audit", "verify"}).database()).isEmpty();
        assertThatThrownBy(() -> StartupOptions.parse(new String[]{"--db", "jdbc:postgresql://db/hazedesk"}))
                .isInstanceOfSatisfying(StartupOptions.UsageException.class, e -> assertThat(e.key()).isEqualTo("cli.error.dbUser"));
        assertThatThrownBy(() -> StartupOptions.parse(new String[]{"--db", "jdbc:h2:file:/tmp/x", "--db-user", "a"}))
                .isInstanceOfSatisfying(StartupOptions.UsageException.class, e -> assertThat(e.key()).isEqualTo("cli.error.dbUrl"));
        assertThatThrownBy(() -> StartupOptions.parse(new String[]{"--db-user", "a"}))
                .isInstanceOfSatisfying(StartupOptions.UsageException.class, e -> assertThat(e.key()).isEqualTo("cli.error.dbWithoutUrl"));
    }
}
