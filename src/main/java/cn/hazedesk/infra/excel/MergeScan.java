package cn.hazedesk.infra.excel;

import cn.hazedesk.domain.listimport.Columns;
import cn.hazedesk.domain.listimport.MergedRegion;
import org.apache.poi.openxml4j.opc.PackagePart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The merged regions of a worksheet, found by scanning its XML for {@code mergeCell} elements (with or without a
 * namespace prefix) rather than parsing it: a sheet writes them after all its rows, and a SAX pass over 50,000 rows
 * only to reach them costs several times this scan.
 */
final class MergeScan {
    private static final byte[] TAG = "mergeCell".getBytes(StandardCharsets.US_ASCII);

    private MergeScan() {
    }

    static List<MergedRegion> regions(PackagePart part) throws IOException {
        List<MergedRegion> out = new ArrayList<>();
        try (InputStream in = part.getInputStream()) {
            byte[] buf = new byte[1 << 16];
            // carry the tail of a chunk so that an element split between two reads is found whole
            byte[] window = new byte[0];
            int n;
            while ((n = in.read(buf)) >= 0) {
                byte[] data = new byte[window.length + n];
                System.arraycopy(window, 0, data, 0, window.length);
                System.arraycopy(buf, 0, data, window.length, n);
                int keepFrom = scan(data, out);
                window = java.util.Arrays.copyOfRange(data, keepFrom, data.length);
            }
        }
        return out;
    }

    /** Finds complete elements in {@code data}; returns where an incomplete one (or the last 64 bytes) begins. */
    private static int scan(byte[] data, List<MergedRegion> out) {
        int i = 0;
        int safeEnd = Math.max(0, data.length - 64);
        while (true) {
            int at = indexOf(data, TAG, i);
            if (at < 0) {
                return Math.max(i, safeEnd);
            }
            int after = at + TAG.length;
            if (after >= data.length) {
                return Math.max(0, at - 3); // keep the '<' and a prefix before the name
            }
            byte next = data[after];
            boolean element = at > 0 && (data[at - 1] == '<' || data[at - 1] == ':')
                    && (next == ' ' || next == '\t' || next == '\r' || next == '\n' || next == '/');
            if (!element) {
                i = after;
                continue;
            }
            int close = indexOf(data, new byte[]{'>'}, after);
            if (close < 0) {
                return Math.max(0, at - 3);
            }
            String attrs = new String(data, after, close - after, StandardCharsets.UTF_8);
            region(attrs).ifPresent(out::add);
            i = close + 1;
        }
    }

    private static java.util.Optional<MergedRegion> region(String attrs) {
        int r = attrs.indexOf("ref=");
        if (r < 0 || r + 5 > attrs.length()) {
            return java.util.Optional.empty();
        }
        char quote = attrs.charAt(r + 4);
        int end = attrs.indexOf(quote, r + 5);
        if (end < 0) {
            return java.util.Optional.empty();
        }
        String[] ends = attrs.substring(r + 5, end).split(":");
        if (ends.length != 2) {
            return java.util.Optional.empty();
        }
        int r1 = Columns.row(ends[0]);
        int r2 = Columns.row(ends[1]);
        int c1 = Columns.index(ends[0]);
        int c2 = Columns.index(ends[1]);
        if (r1 < 1 || r2 < 1 || c1 < 0 || c2 < 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new MergedRegion(Math.min(r1, r2), Math.max(r1, r2), Math.min(c1, c2), Math.max(c1, c2)));
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
