package cn.hazedesk.infra.data;

import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * data/file-headers.csv: the column names accepted in the forecast CSV and the permit register (words of other
 * systems' exports, so data, not Java), by file and key. Read from the bundled data once per reader.
 */
public final class FileHeaders {
    static final String FILE = "file-headers.csv";

    private FileHeaders() {
    }

    /** The names of each key of one {@code file} ("forecast", "permit"), in the order the data file gives them. */
    public static Map<String, List<String>> of(String file) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (CSVRecord r : BundledData.readCsv(FILE, true)) {
            if (r.get("file").equals(file)) {
                out.computeIfAbsent(r.get("key"), k -> new ArrayList<>())
                        .addAll(Arrays.stream(r.get("names").split("\\|")).map(String::strip).toList());
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("data/" + FILE + ": no names for " + file);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }
}
