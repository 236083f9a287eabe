package cn.hazedesk.infra.data;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the CSV files of the top-level data/ folder, which the build puts on the classpath under /data. */
final class BundledData {
    private BundledData() {
    }

    static List<CSVRecord> readCsv(String name) {
        return readCsv(name, false);
    }

    /** {@code comments}: lines starting with # are notes, not records (the rule files explain themselves). */
    static List<CSVRecord> readCsv(String name, boolean comments) {
        return readCsv(name, comments, null);
    }

    /**
     * As {@link #readCsv(String, boolean)}, but a file of the same name in {@code siteRules} (the data folder's
     * rules/ folder) replaces the bundled one: a city edits its rules there without a new build.
     */
    static List<CSVRecord> readCsv(String name, boolean comments, java.nio.file.Path siteRules) {
        String path = "/data/" + name;
        InputStream in;
        if (siteRules != null && java.nio.file.Files.isRegularFile(siteRules.resolve(name))) {
            path = siteRules.resolve(name).toString();
            try {
                in = java.nio.file.Files.newInputStream(siteRules.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        } else {
            in = BundledData.class.getResourceAsStream(path);
        }
        if (in == null) {
            throw new IllegalStateException("bundled data file missing: " + path);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
                .setCommentMarker(comments ? Character.valueOf('#') : null).get();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, format)) {
            return p.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * The text of data/{@code name} (UTF-8), or of {@code siteRules}/{@code name} when the site has its own file:
     * e.g. documents/issue-notice.txt is replaced by rules/documents/issue-notice.txt.
     */
    static String readText(String name, java.nio.file.Path siteRules) {
        try {
            if (siteRules != null && java.nio.file.Files.isRegularFile(siteRules.resolve(name))) {
                return java.nio.file.Files.readString(siteRules.resolve(name), StandardCharsets.UTF_8);
            }
            try (InputStream in = BundledData.class.getResourceAsStream("/data/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("bundled data file missing: data/" + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    static IllegalStateException problem(String file, CSVRecord r, String what) {
        // header is line 1, so record n sits on line n + 1 (in files without notes)
        return new IllegalStateException("data/" + file + " line " + (r.getRecordNumber() + 1) + ": " + what);
    }

    /** For files with # notes (line numbers would not match): names the record by its number and content. */
    static IllegalStateException problemInRecord(String file, CSVRecord r, String what) {
        return new IllegalStateException("data/" + file + " record " + r.getRecordNumber() + " ("
                + String.join(",", r.values()) + "): " + what);
    }
}
