package cn.hazedesk.infra.excel;

import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.CancelledException;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.application.port.ListWorkbook;
import cn.hazedesk.application.port.WorkbookException;
import cn.hazedesk.domain.listimport.MergedRegion;
import cn.hazedesk.domain.listimport.SheetLayout;
import cn.hazedesk.domain.listimport.SheetRow;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a list workbook sheet by sheet, in two passes over each sheet's XML: the first takes the top rows (stopping
 * below them) and scans for the merged regions (which the file writes after the rows) so that the header block can
 * be understood; the second
 * streams the rows below the header, with each merged region's value given to every cell it covers (flagged as
 * such). A file that is no readable .xlsx is told apart before POI sees it ({@link WorkbookFiles}).
 */
final class XlsxListReader {
    private static final Logger LOG = LoggerFactory.getLogger(XlsxListReader.class);
    private static final int PROGRESS_EVERY = 1000;
    /** Rows read in the first pass: the header search plus a units or numbering row below a 3-row block. */
    private static final int TOP_ROWS = SheetLayout.HEADER_SEARCH_ROWS + 5;

    void read(Path file, ListWorkbook.RowSink sink, ProgressListener progress, CancelToken cancel) {
        WorkbookFiles.requireXlsx(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<SheetRef> refs = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    refs.add(new SheetRef(sheets.getSheetName(), sheets.getSheetPart()));
                }
            }
            int[] rowsRead = {0};
            for (SheetRef ref : refs) {
                cancel.check();
                // pass 1: the top rows (parsing stops below them), then every merged region (written after the rows)
                Map<Integer, Map<Integer, String>> top = new LinkedHashMap<>();
                SheetXmlHandler first = new SheetXmlHandler(strings, styles, (r, cells) -> {
                    Map<Integer, String> texts = new HashMap<>();
                    cells.forEach((c, cell) -> texts.put(c, cell.text()));
                    top.put(r, texts);
                }, TOP_ROWS, true);
                parse(ref, first);
                List<MergedRegion> merges = MergeScan.regions(ref.part());
                SheetLayout layout = sink.sheet(ref.name(), top, merges);
                if (!layout.list()) {
                    continue;
                }
                // pass 2: the rows below the header block, merged values spread
                MergeFill fill = new MergeFill(merges, layout.headerLastRow());
                SheetXmlHandler second = new SheetXmlHandler(strings, styles, (r, cells) -> {
                    if (cancel.isCancelled()) {
                        throw new CancelledException();
                    }
                    if (r <= layout.headerLastRow()) {
                        return;
                    }
                    sink.row(new SheetRow(r, fill.apply(r, cells)));
                    if (++rowsRead[0] % PROGRESS_EVERY == 0) {
                        progress.progress(rowsRead[0], 0, "list.progress.reading");
                    }
                }, Integer.MAX_VALUE, false);
                parse(ref, second);
            }
            progress.progress(rowsRead[0], rowsRead[0], "list.progress.reading");
        } catch (CancelledException | WorkbookException e) {
            throw e;
        } catch (IOException | SAXException | RuntimeException e) {
            Throwable cause = e;
            if (e instanceof SAXException s && s.getException() != null) {
                cause = s.getException();
                if (cause instanceof CancelledException c) {
                    throw c;
                }
            }
            LOG.info("cannot read {} as a list workbook", file, cause);
            throw WorkbookFiles.classify(file, cause);
        } catch (Exception e) {
            LOG.info("cannot read {} as a list workbook", file, e);
            throw WorkbookFiles.classify(file, e);
        }
    }

    private record SheetRef(String name, org.apache.poi.openxml4j.opc.PackagePart part) {
    }

    private static void parse(SheetRef sheet, SheetXmlHandler handler) throws IOException, SAXException {
        XMLReader xml;
        try {
            xml = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        xml.setContentHandler(handler);
        try (InputStream in = sheet.part().getInputStream()) {
            xml.parse(new InputSource(in));
        } catch (SheetXmlHandler.EnoughRows done) {
            // the first pass has the rows it needs
        } catch (SAXException e) {
            if (e.getException() instanceof CancelledException c) {
                throw c;
            }
            if (e.getException() instanceof SheetXmlHandler.EnoughRows) {
                return;
            }
            throw e;
        }
    }

    /**
     * Gives every cell of a merged region below the header block the text of the region's top-left cell, marked with
     * the region, as rows stream past (the top-left cell always comes first).
     */
    private static final class MergeFill {
        private final List<MergedRegion> below;
        private final Map<MergedRegion, SheetRow.Cell> topLeft = new HashMap<>();
        private int next;
        private final List<MergedRegion> active = new ArrayList<>();

        MergeFill(List<MergedRegion> merges, int headerLastRow) {
            below = new ArrayList<>();
            for (MergedRegion m : merges) {
                if (m.lastRow() > headerLastRow) {
                    below.add(m);
                }
            }
            below.sort(Comparator.comparingInt(MergedRegion::firstRow));
        }

        Map<Integer, SheetRow.Cell> apply(int row, Map<Integer, SheetRow.Cell> own) {
            while (next < below.size() && below.get(next).firstRow() <= row) {
                active.add(below.get(next++));
            }
            active.removeIf(m -> {
                if (m.lastRow() < row) {
                    topLeft.remove(m);
                    return true;
                }
                return false;
            });
            if (active.isEmpty()) {
                return own;
            }
            Map<Integer, SheetRow.Cell> out = new HashMap<>(own);
            for (MergedRegion m : active) {
                if (m.firstRow() == row) {
                    SheetRow.Cell first = own.get(m.firstColumn());
                    if (first != null) {
                        topLeft.put(m, first);
                    }
                }
                SheetRow.Cell value = topLeft.get(m);
                if (value == null) {
                    continue;
                }
                for (int c = m.firstColumn(); c <= m.lastColumn(); c++) {
                    if (m.continues(row, c)) {
                        SheetRow.Cell mine = out.get(c);
                        if (mine == null || mine.blank()) {
                            out.put(c, new SheetRow.Cell(value.text(), value.flag(), m));
                        }
                    }
                }
            }
            return out;
        }
    }
}
