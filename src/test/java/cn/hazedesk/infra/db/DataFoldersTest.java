package cn.hazedesk.infra.db;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DataFoldersTest {
    private final Path home = Path.of("/home/duty");

    @Test
    void commandLineWinsOverEnvironment() {
        assertThat(DataFolders.resolve(Optional.of(Path.of("/srv/hd")), Map.of("HAZEDESK_HOME", "/env/hd"), "Linux", home))
                .isEqualTo(Path.of("/srv/hd"));
    }

    @Test
    void environmentWinsOverThePlatformDefault() {
        assertThat(DataFolders.resolve(Optional.empty(), Map.of("HAZEDESK_HOME", "/env/hd"), "Linux", home))
                .isEqualTo(Path.of("/env/hd"));
    }

    @Test
    void linuxDefaultIsUnderLocalShare() {
        assertThat(DataFolders.resolve(Optional.empty(), Map.of(), "Linux", home))
                .isEqualTo(Path.of("/home/duty/.local/share/hazedesk"));
    }

    @Test
    void windowsDefaultIsUnderLocalAppData() {
        Path p = DataFolders.resolve(Optional.empty(), Map.of("LOCALAPPDATA", "/c/Users/duty/AppData/Local"), "Windows 11", home);
        assertThat(p).isEqualTo(Path.of("/c/Users/duty/AppData/Local/HazeDesk"));
    }
}
