package cn.hazedesk.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Words live in data: document phrases in {@code data/documents/}, import vocabulary in {@code data/*.csv}, window
 * words in the resource bundles (worded by {@code cn.hazedesk.i18n}). No string, char or text-block literal in the
 * production code outside the i18n package holds a Chinese character or a full-width punctuation mark — written
 * out or as a {@code \}{@code u} escape. Comments may (they are not shown to anyone).
 */
class NoChineseInJavaTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Path I18N = MAIN.resolve("cn/hazedesk/i18n");
    @Test
    void noProductionLiteralOutsideI18nHoldsChinese() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (file.startsWith(I18N)) {
                    continue;
                }
                String source = Files.readString(file, StandardCharsets.UTF_8);
                for (Literal literal : literals(source)) {
                    if (hasChinese(decode(literal.text()))) {
                        found.add(MAIN.relativize(file) + ":" + literal.line() + "  " + literal.text());
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), found.size() + " literal(s) with Chinese outside cn.hazedesk.i18n (move the "
                + "words to data/documents/, a data/*.csv file or a bundle):\n" + String.join("\n", found));
    }

    /** The scanner itself: comments with quotes, escaped quotes, text blocks, char literals and escapes. */
    @Test
    void theScannerFindsLiteralsAndSkipsComments() {
        String source = """
                // a "注释" with quotes
                /* block "注释" ' */
                String a = "say \\"hi\\" // not a comment";
                String b = "中文";
                char c = '、';
                char q = '\\'';
                String d = "\\u4e2d";
                String e = \"""
                    第一行 "quoted"
                    \""";
                String f = "plain";
                """;
        List<Literal> literals = literals(source);
        List<String> texts = literals.stream().map(Literal::text).toList();
        assertEquals(List.of("\"say \\\"hi\\\" // not a comment\"", "\"中文\"", "'、'", "'\\''", "\"\\u4e2d\"",
                "\"\"\"\n    第一行 \"quoted\"\n    \"\"\"", "\"plain\""), texts);
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 11), literals.stream().map(Literal::line).toList());
        assertEquals(List.of(false, true, true, false, true, true, false),
                texts.stream().map(t -> hasChinese(decode(t))).toList());
    }

    record Literal(int line, String text) {
    }

    /** Every string, char and text-block literal of a Java source, with the line it starts on; comments skipped. */
    static List<Literal> literals(String s) {
        List<Literal> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(s, i, end);
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int j = i + 3;
                while (j < n && !s.startsWith("\"\"\"", j)) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(n, j + 3);
                out.add(new Literal(line, s.substring(i, end)));
                line += count(s, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(n, j + 1);
                out.add(new Literal(line, s.substring(i, end)));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** The literal with its unicode escapes decoded (other escapes left as they are: they are never Chinese). */
    static String decode(String literal) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < literal.length(); k++) {
            char c = literal.charAt(k);
            if (c == '\\' && k + 1 < literal.length() && literal.charAt(k + 1) == 'u') {
                int h = k + 1;
                while (h < literal.length() && literal.charAt(h) == 'u') {
                    h++;
                }
                if (h + 4 <= literal.length()) {
                    try {
                        out.append((char) Integer.parseInt(literal.substring(h, h + 4), 16));
                        k = h + 3;
                        continue;
                    } catch (NumberFormatException notAnEscape) {
                        // fall through: keep the characters as written
                    }
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Han characters, CJK punctuation and symbols (U+3000–U+303F), kana, full-width forms, curly Chinese quotes. */
    static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(cp -> (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFFEF) || cp >= 0x20000
                || cp == 0x201C || cp == 0x201D);
    }
}
