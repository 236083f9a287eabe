package cn.hazedesk.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No main source file is over 400 lines: a longer file holds several jobs and is split by them. The one way out is
 * a first comment that says why the file must stay whole, with the words "kept whole".
 */
class MainFileSizeTest {
    static final int MAX_LINES = 400;

    @Test
    void noMainFileIsOver400Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(Path.of("src/main/java"))) {
            for (Path f : all.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                if (lines.size() > MAX_LINES && !firstComment(lines).contains("kept whole")) {
                    tooLong.add(f + " (" + lines.size() + " lines)");
                }
            }
        }
        assertThat(files).as("the test reads the sources").isGreaterThan(100);
        assertThat(tooLong).as("main files over %d lines", MAX_LINES).isEmpty();
    }

    /** The file's first comment (a block or line comment before or at the type), lower-cased. */
    private static String firstComment(List<String> lines) {
        StringBuilder comment = new StringBuilder();
        boolean in = false;
        for (String line : lines) {
            String t = line.strip();
            if (!in && (t.startsWith("/*") || t.startsWith("//"))) {
                in = t.startsWith("/*");
                comment.append(t).append('\n');
                if (!in || t.endsWith("*/")) {
                    return comment.toString().toLowerCase(java.util.Locale.ROOT);
                }
            } else if (in) {
                comment.append(t).append('\n');
                if (t.endsWith("*/")) {
                    return comment.toString().toLowerCase(java.util.Locale.ROOT);
                }
            }
        }
        return "";
    }
}
