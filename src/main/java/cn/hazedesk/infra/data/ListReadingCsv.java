package cn.hazedesk.infra.data;

import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.IndustryCatalog;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.TransportRule;
import cn.hazedesk.domain.listimport.ListEntryParser;
import cn.hazedesk.domain.listimport.ListLimits;
import cn.hazedesk.domain.listimport.ListVocabulary;
import cn.hazedesk.domain.listimport.MeasureTextRules;
import cn.hazedesk.domain.region.RegionCatalog;
import org.apache.commons.csv.CSVRecord;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules for reading a list, as data: data/list-vocabulary.csv (column names and words), data/measure-text-rules.csv
 * (measures written as text), data/list-limits.csv (plausible emissions per line); each replaced by the site's
 * {@code rules/} file of the same name. A malformed file stops the start with its record named.
 */
public final class ListReadingCsv {
    static final String VOCABULARY = "list-vocabulary.csv";
    static final String MEASURE_TEXT = "measure-text-rules.csv";
    static final String LIMITS = "list-limits.csv";

    private ListReadingCsv() {
    }

    /** The parser of list text, with the bundled rules (or the site's, when {@code siteRules} has them). */
    public static ListEntryParser parser(RegionCatalog regions, IndustryCatalog industries, Path siteRules) {
        return new ListEntryParser(regions, industries, vocabulary(siteRules), measureText(siteRules), limits(siteRules));
    }

    /**
     * The site's vocabulary where it has one; a kind the site's file does not have at all (a file written for an older
     * version, before that kind existed) is taken from the bundled file, so an upgrade never stops the start or
     * silently drops a rule.
     */
    public static ListVocabulary vocabulary(Path siteRules) {
        List<ListVocabulary.Entry> entries = entries(BundledData.readCsv(VOCABULARY, true, siteRules));
        if (siteRules != null && java.nio.file.Files.isRegularFile(siteRules.resolve(VOCABULARY))) {
            java.util.Set<ListVocabulary.Kind> present = java.util.EnumSet.noneOf(ListVocabulary.Kind.class);
            entries.forEach(e -> present.add(e.kind()));
            entries(BundledData.readCsv(VOCABULARY, true, null)).stream().filter(e -> !present.contains(e.kind()))
                    .forEach(entries::add);
        }
        try {
            return new ListVocabulary(entries);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("data/" + VOCABULARY + ": " + e.getMessage(), e);
        }
    }

    private static List<ListVocabulary.Entry> entries(List<CSVRecord> records) {
        List<ListVocabulary.Entry> entries = new ArrayList<>();
        for (CSVRecord r : records) {
            ListVocabulary.Kind kind;
            try {
                kind = ListVocabulary.Kind.valueOf(r.get("kind").trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw BundledData.problemInRecord(VOCABULARY, r, "unknown kind " + r.get("kind"));
            }
            List<String> names = Arrays.stream(r.get("names").split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            entries.add(new ListVocabulary.Entry(kind, r.get("key").trim(), names));
        }
        return entries;
    }

    public static MeasureTextRules measureText(Path siteRules) {
        List<MeasureTextRules.Rule> rules = new ArrayList<>();
        for (CSVRecord r : BundledData.readCsv(MEASURE_TEXT, true, siteRules)) {
            String kind = r.get("kind").trim();
            if (!kind.equals("production") && !kind.equals("transport")) {
                throw BundledData.problemInRecord(MEASURE_TEXT, r, "kind must be production or transport");
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(r.get("pattern"));
            } catch (PatternSyntaxException e) {
                throw BundledData.problemInRecord(MEASURE_TEXT, r, "bad pattern: " + e.getDescription());
            }
            MeasureType type = null;
            String typeText = r.get("type").trim();
            if (!typeText.isEmpty()) {
                try {
                    type = MeasureType.valueOf(typeText);
                } catch (IllegalArgumentException e) {
                    throw BundledData.problemInRecord(MEASURE_TEXT, r, "unknown type " + typeText);
                }
            }
            String shareText = r.get("share").trim();
            MeasureTextRules.Share share;
            BigDecimal constant = null;
            switch (shareText) {
                case "" -> share = MeasureTextRules.Share.NONE;
                case "pct" -> share = MeasureTextRules.Share.PCT;
                case "fraction" -> share = MeasureTextRules.Share.FRACTION;
                case "drop" -> share = MeasureTextRules.Share.DROP;
                case "coking" -> share = MeasureTextRules.Share.COKING;
                default -> {
                    share = MeasureTextRules.Share.CONSTANT;
                    try {
                        constant = new BigDecimal(shareText);
                    } catch (NumberFormatException e) {
                        throw BundledData.problemInRecord(MEASURE_TEXT, r, "share must be a number 0-1, pct, fraction, drop or coking");
                    }
                    if (constant.signum() < 0 || constant.compareTo(BigDecimal.ONE) > 0) {
                        throw BundledData.problemInRecord(MEASURE_TEXT, r, "share must be between 0 and 1");
                    }
                }
            }
            TransportRule transport = TransportRule.NONE;
            String transportText = r.get("transport").trim();
            if (!transportText.isEmpty()) {
                try {
                    transport = TransportRule.valueOf(transportText);
                } catch (IllegalArgumentException e) {
                    throw BundledData.problemInRecord(MEASURE_TEXT, r, "unknown transport rule " + transportText);
                }
            }
            boolean production = kind.equals("production");
            if (!production && transport == TransportRule.NONE) {
                throw BundledData.problemInRecord(MEASURE_TEXT, r, "a transport rule needs its transport");
            }
            rules.add(new MeasureTextRules.Rule(production, pattern, type, share, constant, transport));
        }
        return new MeasureTextRules(rules);
    }

    public static ListLimits limits(Path siteRules) {
        Map<Enterprise.Pollutant, BigDecimal> max = new EnumMap<>(Enterprise.Pollutant.class);
        for (CSVRecord r : BundledData.readCsv(LIMITS, true, siteRules)) {
            try {
                Enterprise.Pollutant p = Enterprise.Pollutant.valueOf(r.get("pollutant").trim());
                BigDecimal v = new BigDecimal(r.get("max_tonnes_per_line").trim());
                if (v.signum() <= 0) {
                    throw BundledData.problemInRecord(LIMITS, r, "the limit must be positive");
                }
                max.put(p, v);
            } catch (IllegalArgumentException e) {
                throw BundledData.problemInRecord(LIMITS, r, "pollutant SO2, NOX, PM or VOCS and a number");
            }
        }
        return new ListLimits(max);
    }
}
