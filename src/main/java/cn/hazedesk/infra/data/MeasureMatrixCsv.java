package cn.hazedesk.infra.data;

import cn.hazedesk.domain.enterprise.IndustryCatalog;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.listimport.ListVocabulary;
import cn.hazedesk.domain.measure.Confidence;
import cn.hazedesk.domain.measure.MatrixEntry;
import cn.hazedesk.domain.measure.MeasureFallbacks;
import cn.hazedesk.domain.measure.MeasureMatrix;
import cn.hazedesk.domain.measure.MeasureSelector;
import cn.hazedesk.domain.measure.TransportPolicy;
import cn.hazedesk.domain.enterprise.TransportRule;
import org.apache.commons.csv.CSVRecord;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * data/measure-matrix.csv: industry × grade × level → default measure, each row with its source and confidence; with
 * data/measure-fallbacks.csv (which rows stand in for a grade or industry without its own) and
 * data/transport-rules.csv (the transport rule of each grade).
 */
public final class MeasureMatrixCsv {
    static final String FILE = "measure-matrix.csv";
    static final String FALLBACKS = "measure-fallbacks.csv";
    static final String TRANSPORT = "transport-rules.csv";

    private MeasureMatrixCsv() {
    }

    public static MeasureMatrix load(IndustryCatalog industries) {
        return load(industries, null);
    }

    /** The matrix, from {@code siteRules}/measure-matrix.csv when the site has its own. */
    public static MeasureMatrix load(IndustryCatalog industries, java.nio.file.Path siteRules) {
        List<MatrixEntry> out = new ArrayList<>();
        ListVocabulary words = ListReadingCsv.vocabulary(siteRules);
        for (CSVRecord r : BundledData.readCsv(FILE, true, siteRules)) {
            String industry = r.get("industry");
            if (industries.byName(industry).isEmpty()) {
                throw BundledData.problemInRecord(FILE, r, "unknown industry " + industry);
            }
            PerformanceGrade grade = RuleValues.grade(words, r.get("grade"))
                    .orElseThrow(() -> BundledData.problemInRecord(FILE, r, "unknown grade"));
            try {
                out.add(new MatrixEntry(industry, grade, RuleValues.level(r.get("level")),
                        MeasureType.valueOf(r.get("measure_type")), new BigDecimal(r.get("fraction")), r.get("text"),
                        RuleValues.transport(r.get("transport")), r.get("source"),
                        Confidence.valueOf(r.get("confidence"))));
            } catch (IllegalArgumentException e) {
                throw BundledData.problemInRecord(FILE, r, e.getMessage());
            }
        }
        if (out.stream().noneMatch(e -> e.type() == MeasureType.VOLUNTARY && !e.text().isBlank())) {
            // its text is the text of every voluntary line (A+, 引领性) that has none of its own
            throw new IllegalStateException("data/" + FILE + ": no VOLUNTARY row with a text (the text of a voluntary "
                    + "measure comes from it)");
        }
        try {
            return new MeasureMatrix(out);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("data/" + FILE + ": " + e.getMessage(), e);
        }
    }

    /** The fallbacks, from {@code siteRules}/measure-fallbacks.csv when the site has its own. */
    public static MeasureFallbacks fallbacks(IndustryCatalog industries, java.nio.file.Path siteRules) {
        Map<PerformanceGrade, PerformanceGrade> grades = new EnumMap<>(PerformanceGrade.class);
        Map<String, String> byIndustry = new HashMap<>();
        ListVocabulary words = ListReadingCsv.vocabulary(siteRules);
        for (CSVRecord r : BundledData.readCsv(FALLBACKS, true, siteRules)) {
            String kind = r.get("kind").strip();
            String from = r.get("from").strip();
            String to = r.get("to").strip();
            switch (kind) {
                case "grade" -> {
                    PerformanceGrade f = RuleValues.grade(words, from)
                            .orElseThrow(() -> BundledData.problemInRecord(FALLBACKS, r, "unknown grade " + from));
                    PerformanceGrade t = RuleValues.grade(words, to)
                            .orElseThrow(() -> BundledData.problemInRecord(FALLBACKS, r, "unknown grade " + to));
                    if (grades.put(f, t) != null) {
                        throw BundledData.problemInRecord(FALLBACKS, r, "grade " + from + " given twice");
                    }
                }
                case "industry" -> {
                    for (String name : List.of(from, to)) {
                        if (industries.byName(name).isEmpty()) {
                            throw BundledData.problemInRecord(FALLBACKS, r, "unknown industry " + name);
                        }
                    }
                    if (byIndustry.put(from, to) != null) {
                        throw BundledData.problemInRecord(FALLBACKS, r, "industry " + from + " given twice");
                    }
                }
                default -> throw BundledData.problemInRecord(FALLBACKS, r, "kind must be grade or industry");
            }
        }
        return new MeasureFallbacks(grades, byIndustry);
    }

    /** The transport rule per grade, from {@code siteRules}/transport-rules.csv when the site has its own. */
    public static TransportPolicy transport(java.nio.file.Path siteRules) {
        Map<PerformanceGrade, TransportRule> byGrade = new EnumMap<>(PerformanceGrade.class);
        ListVocabulary words = ListReadingCsv.vocabulary(siteRules);
        for (CSVRecord r : BundledData.readCsv(TRANSPORT, true, siteRules)) {
            PerformanceGrade g = RuleValues.grade(words, r.get("grade"))
                    .orElseThrow(() -> BundledData.problemInRecord(TRANSPORT, r, "unknown grade"));
            try {
                if (byGrade.put(g, RuleValues.transport(r.get("transport"))) != null) {
                    throw new IllegalArgumentException("grade given twice");
                }
            } catch (IllegalArgumentException e) {
                throw BundledData.problemInRecord(TRANSPORT, r, e.getMessage());
            }
        }
        return new TransportPolicy(byGrade);
    }

    /**
     * The measure selector with every rule file of the site ({@code siteRules} null: the bundled ones): the matrix,
     * exemptions, fallbacks and transport rules.
     */
    public static MeasureSelector selector(IndustryCatalog industries, java.nio.file.Path siteRules) {
        return new MeasureSelector(load(industries, siteRules), ReductionRulesCsv.exemptions(siteRules), industries,
                fallbacks(industries, siteRules), transport(siteRules));
    }

    /** The bundled rules' selector. */
    public static MeasureSelector selector(IndustryCatalog industries) {
        return selector(industries, null);
    }
}
