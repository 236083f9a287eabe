package cn.hazedesk.application.port;

import cn.hazedesk.domain.permit.PermitRow;

import java.nio.file.Path;
import java.util.List;

/** Reads the rows of a permit register file (.xlsx or .csv); a file that cannot be read is a WorkbookException. */
public interface PermitRegisterSource {
    /** The rows under the header row; {@code HeaderMissing} when no row names the permit number and the code. */
    List<PermitRow> read(Path file);

    /** No header row with the required columns was found; {@code seen} is the first non-empty row. */
    final class HeaderMissing extends RuntimeException {
        private final Path file;
        private final String seen;

        public HeaderMissing(Path file, String seen) {
            super(file + ": no header row with the permit number and the credit code (" + seen + ")");
            this.file = file;
            this.seen = seen;
        }

        public Path file() {
            return file;
        }

        public String seen() {
            return seen;
        }
    }
}
