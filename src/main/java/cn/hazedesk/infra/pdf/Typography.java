package cn.hazedesk.infra.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The typography rules of the printed documents, from data/typography.csv (docs/documents.md, "Line breaking"): which
 * characters never start a line, which never end one, and which mark ends the run-in part of a second-level heading.
 * The characters are data, not Java.
 */
final class Typography {
    static final String FILE = "/data/typography.csv";
    private static final List<String> KINDS = List.of("no_line_start", "no_line_end", "heading_end");
    private static final Typography BUNDLED = load();

    private final String noLineStart;
    private final String noLineEnd;
    private final String headingEnd;

    private Typography(Map<String, String> byKind) {
        this.noLineStart = byKind.get("no_line_start");
        this.noLineEnd = byKind.get("no_line_end");
        this.headingEnd = byKind.get("heading_end");
    }

    static Typography rules() {
        return BUNDLED;
    }

    /** Whether the character may not start a line (closing punctuation, hung in the margin instead). */
    boolean noLineStart(int cp) {
        return noLineStart.indexOf(cp) >= 0;
    }

    /** Whether the character may not end a line (opening punctuation). */
    boolean noLineEnd(int cp) {
        return noLineEnd.indexOf(cp) >= 0;
    }

    /** Where the run-in part of a second-level heading ends: the index of the first heading-end mark, or -1. */
    int headingEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (headingEnd.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static Typography load() {
        Map<String, String> byKind = new HashMap<>();
        try (InputStream in = Typography.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the classpath");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            if (lines.isEmpty() || !lines.get(0).strip().equals("kind,characters")) {
                throw new IllegalStateException(FILE + ": the first line must be kind,characters");
            }
            for (String l : lines.subList(1, lines.size())) {
                int comma = l.indexOf(',');
                String kind = comma < 0 ? l.strip() : l.substring(0, comma).strip();
                if (!KINDS.contains(kind)) {
                    throw new IllegalStateException(FILE + ": unknown kind \"" + kind + "\" (expected " + KINDS + ")");
                }
                String chars = comma < 0 ? "" : l.substring(comma + 1).strip();
                if (chars.isEmpty() || byKind.put(kind, chars) != null) {
                    throw new IllegalStateException(FILE + ": " + kind + " is empty or given twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String k : KINDS) {
            if (!byKind.containsKey(k)) {
                throw new IllegalStateException(FILE + ": no " + k + " line");
            }
        }
        return new Typography(byKind);
    }
}
