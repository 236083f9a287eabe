package cn.hazedesk.infra.data;

import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.SignatoryPolicy;
import cn.hazedesk.domain.episode.WorkflowSettings;
import org.apache.commons.csv.CSVRecord;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** data/warning-workflow.csv: signatories per level, the acknowledgement deadline and the notice number patterns. */
public final class WorkflowRulesCsv {
    static final String FILE = "warning-workflow.csv";
    /** number_pattern.<区县名>: a county's own series. */
    private static final String COUNTY_NUMBER = "number_pattern.";

    private WorkflowRulesCsv() {
    }

    /** As {@link #load(Path)}, and every county series names one of {@code regions}' districts. */
    public static WorkflowSettings load(Path siteRules, cn.hazedesk.domain.region.RegionCatalog regions) {
        WorkflowSettings s = load(siteRules);
        try {
            return s.requireDistricts(regions.districts().stream().map(cn.hazedesk.domain.region.Region::name).toList());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("data/" + FILE + ": " + e.getMessage(), e);
        }
    }

    public static WorkflowSettings load(Path siteRules) {
        Map<String, String> values = values(siteRules);
        // a city's copy written before a setting existed takes the bundled value of that setting (read only then)
        java.util.List<String> later = java.util.List.of("title_pattern", "drill_number_prefix", "temp_control_number_pattern",
                "signatory.COUNTY", "signatory.TEMP_CONTROL");
        boolean noCountySeries = values.keySet().stream().noneMatch(k -> k.startsWith(COUNTY_NUMBER));
        if (!values.keySet().containsAll(later) || noCountySeries) {
            Map<String, String> bundled = values(null);
            later.forEach(key -> values.putIfAbsent(key, bundled.getOrDefault(key, "")));
            if (noCountySeries) {
                bundled.forEach((k, v) -> {
                    if (k.startsWith(COUNTY_NUMBER)) {
                        values.put(k, v);
                    }
                });
            }
        }
        try {
            Map<WarningLevel, String> signatories = new EnumMap<>(WarningLevel.class);
            for (WarningLevel l : WarningLevel.values()) {
                String s = values.get("signatory." + l.name());
                if (s == null || s.isBlank()) {
                    throw new IllegalArgumentException("signatory." + l.name() + " is missing");
                }
                signatories.put(l, s);
            }
            int hours = Integer.parseInt(values.getOrDefault("acknowledge_hours", "2"));
            Map<String, String> countySeries = new java.util.TreeMap<>();
            values.forEach((k, v) -> {
                if (k.startsWith(COUNTY_NUMBER) && !v.isBlank()) {
                    countySeries.put(k.substring(COUNTY_NUMBER.length()), v);
                }
            });
            return new WorkflowSettings(new SignatoryPolicy(signatories, values.get("signatory.COUNTY"),
                    values.get("signatory.TEMP_CONTROL")), hours,
                    values.getOrDefault("number_pattern", "{year}-{seq}"), values.get("title_pattern"),
                    values.get("drill_number_prefix"), values.get("temp_control_number_pattern"), countySeries);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("data/" + FILE + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> values(Path siteRules) {
        Map<String, String> values = new HashMap<>();
        for (CSVRecord r : BundledData.readCsv(FILE, true, siteRules)) {
            if (values.put(r.get("key").strip(), r.get("value").strip()) != null) {
                throw BundledData.problemInRecord(FILE, r, "given twice");
            }
        }
        return values;
    }
}
