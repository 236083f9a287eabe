package cn.hazedesk.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The composition root hands out only what someone takes: every public getter of {@code app.AppContext} is called
 * somewhere in the sources (a getter nothing calls is wiring that only makes the next reader wonder who needs it).
 */
class AppContextGettersTest {
    private static final Path CONTEXT = Path.of("src/main/java/cn/hazedesk/app/AppContext.java");
    private static final Pattern GETTER = Pattern.compile("\\n    public (?!static)[\\w.<>, ?]+ (\\w+)\\(\\) \\{");

    @Test
    void everyGetterOfTheContextIsCalled() throws IOException {
        String context = Files.readString(CONTEXT);
        List<String> getters = new ArrayList<>();
        Matcher m = GETTER.matcher(context);
        while (m.find()) {
            getters.add(m.group(1));
        }
        assertThat(getters).as("the test reads the getters").contains("store", "grading", "episodes");
        StringBuilder sources = new StringBuilder();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/test/java")))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith(CONTEXT.getFileName())).toList()) {
                sources.append(Files.readString(f));
            }
        }
        String all = sources.toString();
        assertThat(getters.stream().filter(g -> !all.contains("." + g + "()") && !all.contains("::" + g)).toList())
                .as("getters of AppContext that nothing calls").isEmpty();
    }
}
