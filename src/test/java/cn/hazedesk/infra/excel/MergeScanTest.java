package cn.hazedesk.infra.excel;

import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.application.port.ListWorkbook;
import cn.hazedesk.domain.listimport.MergedRegion;
import cn.hazedesk.domain.listimport.SheetLayout;
import cn.hazedesk.domain.listimport.SheetRow;
import cn.hazedesk.infra.data.RegionsCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every merged region of a sheet is found, however many, wherever the scan's buffer boundaries fall. */
class MergeScanTest {
    @TempDir
    Path dir;

    @Test
    void thousandsOfMergedRegionsAreAllFound() throws Exception {
        Set<String> written = new HashSet<>();
        Path file;
        try (SheetBuilder b = new SheetBuilder()) {
            b.sheet("清单");
            for (int r = 1; r <= 6000; r += 2) {
                b.row(r, "企业" + r, "x", "y");
                String range = "A" + r + ":A" + (r + 1);
                b.merge(range);
                written.add(range);
                if (r % 10 == 1) {
                    String wide = "B" + r + ":C" + r;
                    b.merge(wide);
                    written.add(wide);
                }
            }
            file = b.write(dir.resolve("merges.xlsx"));
        }
        Set<String> found = new HashSet<>();
        new PoiListWorkbook(RegionsCsv.load(), cn.hazedesk.infra.data.ListReadingCsv.vocabulary(null)).read(file, new ListWorkbook.RowSink() {
            @Override
            public SheetLayout sheet(String name, Map<Integer, Map<Integer, String>> top, List<MergedRegion> merges) {
                merges.forEach(m -> found.add(m.a1()));
                return SheetLayout.none(name);
            }

            @Override
            public void row(SheetRow row) {
            }
        }, ProgressListener.NONE, CancelToken.NONE);
        assertThat(found).hasSize(written.size()).isEqualTo(written);
    }
}
