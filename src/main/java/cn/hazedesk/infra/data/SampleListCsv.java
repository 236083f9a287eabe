package cn.hazedesk.infra.data;

import cn.hazedesk.application.port.SampleListSource;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.ListProblem;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.listimport.ListEntryParser;
import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fictional sample list in data/sample/: enterprises.csv (one row per enterprise) and lines.csv (one row
 * per production line, keyed by USCC, with the three levels' measures). Both are plain UTF-8 CSV, headed by the
 * list fields' names (USCC, NAME, YELLOW_TYPE …; DISTRICT_CODE checks the district) so that a person can read and
 * diff them. They are read by the list's own parser (the import's and the
 * editor's), so the sample obeys every rule a typed list does; a value the parser refuses stops the start with
 * its record named.
 */
public final class SampleListCsv implements SampleListSource {
    private static final String ENTERPRISES = "sample/enterprises.csv";
    private static final String LINES = "sample/lines.csv";
    /** The column of the sample files that is not a list field: the district's code, to check the district's name. */
    private static final String DISTRICT_CODE = "DISTRICT_CODE";
    private final ListEntryParser parser;

    public SampleListCsv(ListEntryParser parser) {
        this.parser = parser;
    }

    @Override
    public List<Enterprise> load() {
        ListEntryParser.Tally tally = new ListEntryParser.Tally();
        Map<String, List<ProductionLine>> linesByUscc = new LinkedHashMap<>();
        for (CSVRecord r : BundledData.readCsv(LINES)) {
            Map<ListField, String> cells = new EnumMap<>(ListField.class);
            for (ListField f : ListField.values()) {
                if (f.lineField() && r.isMapped(f.name())) {
                    cells.put(f, r.get(f.name()));
                }
            }
            ListEntryParser.ParsedLine line = parser.parseLine(cells, ListEntryParser.Options.PLAIN, tally);
            refuse(LINES, r, line.problems());
            linesByUscc.computeIfAbsent(r.get(ListField.USCC.name()), k -> new ArrayList<>()).add(line.line());
        }
        List<Enterprise> result = new ArrayList<>();
        for (CSVRecord r : BundledData.readCsv(ENTERPRISES)) {
            Map<ListField, String> cells = new EnumMap<>(ListField.class);
            for (ListField f : ListField.values()) {
                if (!f.lineField() && r.isMapped(f.name())) {
                    cells.put(f, r.get(f.name()));
                }
            }
            ListEntryParser.Parsed parsed = parser.parseEnterprise(cells);
            refuse(ENTERPRISES, r, parsed.problems());
            String uscc = parsed.enterprise().uscc();
            if (!parsed.enterprise().districtCode().equals(r.get(DISTRICT_CODE))) {
                throw BundledData.problem(ENTERPRISES, r, "district " + r.get(ListField.DISTRICT.name()) + " is not code "
                        + r.get(DISTRICT_CODE));
            }
            List<ProductionLine> lines = linesByUscc.remove(uscc);
            if (lines == null) {
                throw BundledData.problem(ENTERPRISES, r, "no production lines for " + uscc);
            }
            Enterprise e = parsed.enterprise().withLines(lines);
            refuse(ENTERPRISES, r, parser.validator().validate(e));
            result.add(e);
        }
        if (!linesByUscc.isEmpty()) {
            throw new IllegalStateException("data/" + LINES + ": lines for unknown enterprises " + linesByUscc.keySet());
        }
        return result;
    }

    private static void refuse(String file, CSVRecord r, List<ListProblem> problems) {
        if (!problems.isEmpty()) {
            throw BundledData.problem(file, r, problems.toString());
        }
    }
}
