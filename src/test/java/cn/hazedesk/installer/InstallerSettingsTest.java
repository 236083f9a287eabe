package cn.hazedesk.installer;

import cn.hazedesk.infra.db.DataFolders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Windows installer cannot be built here, so its settings are checked as written: installer/package.conf
 * (read by both build scripts) and the jpackage options of installer/build-msi.ps1.
 */
class InstallerSettingsTest {
    private static final Path INSTALLER = Path.of("installer");

    private static Map<String, String> conf() throws Exception {
        Map<String, String> conf = new HashMap<>();
        Pattern line = Pattern.compile("^\\s*([A-Z_]+)=(.*)$");
        for (String l : Files.readAllLines(INSTALLER.resolve("package.conf"), StandardCharsets.UTF_8)) {
            Matcher m = line.matcher(l);
            if (m.matches()) {
                conf.put(m.group(1), m.group(2).trim().replaceAll("^[\"']|[\"']$", ""));
            }
        }
        return conf;
    }

    /**
     * A per-user MSI installs into %LOCALAPPDATA%\<install dir> and jpackage's MSI removes that whole folder on
     * uninstall (and on every upgrade, which uninstalls the old version): it must never be or hold the data folder.
     */
    @Test
    void theWindowsInstallFolderIsNotTheDataFolder() throws Exception {
        Map<String, String> conf = conf();
        String installDir = conf.getOrDefault("WIN_INSTALL_DIR", conf.get("NAME")); // jpackage's default: the name
        Path localAppData = Path.of("/LocalAppData");
        Path data = DataFolders.resolve(Optional.empty(), Map.of("LOCALAPPDATA", localAppData.toString()),
                "Windows 11", Path.of("/Users/duty"));
        Path install = localAppData.resolve(installDir.replace('\\', '/'));
        String d = data.toString().toLowerCase(Locale.ROOT) + "/";  // Windows paths ignore case
        String i = install.toString().toLowerCase(Locale.ROOT) + "/";
        assertThat(i).as("install folder %s, data folder %s", install, data)
                .doesNotStartWith(d).satisfies(x -> assertThat(d).doesNotStartWith(x));
    }

    @Test
    void theMsiIsPerUserWithShortcutsAndAFixedUpgradeCode() throws Exception {
        Map<String, String> conf = conf();
        assertThat(UUID.fromString(conf.get("WIN_UPGRADE_UUID")).toString()).isEqualTo(conf.get("WIN_UPGRADE_UUID"));
        assertThat(conf.get("TITLE")).isEqualTo("重污染天气应急值守台");
        String ps1 = Files.readString(INSTALLER.resolve("build-msi.ps1"), StandardCharsets.UTF_8);
        assertThat(ps1).contains("--type msi", "--win-per-user-install", "--install-dir $conf.WIN_INSTALL_DIR",
                "--win-menu ", "--win-menu-group $conf.WIN_MENU_GROUP", "--win-shortcut",
                "--win-upgrade-uuid $conf.WIN_UPGRADE_UUID", "--vendor $conf.VENDOR", "--app-version $version",
                "--include-locales=en,zh");
        assertThat(Files.readAllBytes(INSTALLER.resolve("build-msi.ps1"))).as("UTF-8 byte-order mark for PowerShell 5.1")
                .startsWith(0xEF, 0xBB, 0xBF);
    }
}
