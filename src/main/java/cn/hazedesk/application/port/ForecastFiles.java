package cn.hazedesk.application.port;

import cn.hazedesk.domain.warning.ForecastPeriod;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The forecast file the meteorological bureau sends (docs/warning-criteria.md, "What is forecast"), as CSV or as an
 * Excel workbook: the periods of each area by its name. A line that cannot be read is a {@link BadLine}: nothing
 * of the file is taken then.
 */
public interface ForecastFiles {
    Map<String, List<ForecastPeriod>> read(Path file) throws IOException, BadLine;

    /** A line that cannot be read: its number, the message key of what is wrong, and the value as written. */
    final class BadLine extends Exception {
        private final long line;
        private final String key;
        private final String value;

        public BadLine(long line, String key, String value) {
            super(key + " " + value + " at line " + line);
            this.line = line;
            this.key = key;
            this.value = value;
        }

        public long line() {
            return line;
        }

        public String key() {
            return key;
        }

        public String value() {
            return value;
        }
    }
}
