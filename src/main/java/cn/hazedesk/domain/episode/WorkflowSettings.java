package cn.hazedesk.domain.episode;

/**
 * A city's way of running episodes (data/warning-workflow.csv): who signs at each level, after how many hours an
 * unacknowledged order is overdue, the pattern of suggested notice numbers ({year}, {seq}), the name a new episode
 * gets ({year}, {month}, {day}: the day it was opened) and what starts a drill's numbers, so that they are never
 * taken for real notices; the pattern of a temporary control's notice numbers (轻中度污染临时管控: its own series,
 * never the warnings'); and each county's own series, for the warnings a county issues under its own plan
 * (rows number_pattern.<区县名>, keyed here by the district's name).
 */
public record WorkflowSettings(SignatoryPolicy signatories, int acknowledgeHours, String numberPattern,
                               String titlePattern, String drillNumberPrefix, String tempControlNumberPattern,
                               java.util.Map<String, String> countyNumberPatterns) {
    public WorkflowSettings {
        countyNumberPatterns = java.util.Map.copyOf(countyNumberPatterns);
        java.util.Set<String> patterns = new java.util.HashSet<>(java.util.List.of(numberPattern, tempControlNumberPattern));
        for (var c : countyNumberPatterns.entrySet()) {
            if (!c.getValue().contains("{seq}") || !patterns.add(c.getValue())) {
                throw new IllegalArgumentException("number_pattern." + c.getKey()
                        + " must contain {seq} and differ from every other number pattern");
            }
        }
        if (!tempControlNumberPattern.contains("{seq}") || tempControlNumberPattern.equals(numberPattern)) {
            throw new IllegalArgumentException("temp_control_number_pattern must contain {seq} and differ from number_pattern");
        }
        if (acknowledgeHours < 1) {
            throw new IllegalArgumentException("acknowledge_hours must be at least 1");
        }
        if (!numberPattern.contains("{seq}")) {
            throw new IllegalArgumentException("number_pattern must contain {seq}");
        }
        if (titlePattern.isBlank()) {
            throw new IllegalArgumentException("title_pattern is empty");
        }
        if (drillNumberPrefix.isBlank()) {
            throw new IllegalArgumentException("drill_number_prefix is empty");
        }
    }

    /** Refuses a county series of a name that is no district of the city's regions (a typo would go unused). */
    public WorkflowSettings requireDistricts(java.util.Collection<String> districtNames) {
        for (String county : countyNumberPatterns.keySet()) {
            if (!districtNames.contains(county)) {
                throw new IllegalArgumentException("number_pattern." + county + " names no district of the regions ("
                        + String.join(", ", districtNames) + ")");
            }
        }
        return this;
    }

    /** The name of an episode opened on {@code day}. */
    public String title(java.time.LocalDate day) {
        return titlePattern.replace("{year}", String.valueOf(day.getYear()))
                .replace("{month}", String.valueOf(day.getMonthValue())).replace("{day}", String.valueOf(day.getDayOfMonth()));
    }

    /** The suggested number of a drill's notice: a real one's, marked as a drill's. */
    public String drillNumber(int year, int seq) {
        return drillNumberPrefix + number(year, seq);
    }

    /** The suggested number of a temporary control's notice: its own series. */
    public String tempControlNumber(int year, int seq) {
        return fill(tempControlNumberPattern, year, seq);
    }

    /**
     * The suggested number of a warning {@code county} issues under its own plan: the county's series (a drill's
     * marked as such); empty when the city has not set the county's pattern (the officer types the number).
     */
    public java.util.Optional<String> countyNumber(String county, boolean drill, int year, int seq) {
        return java.util.Optional.ofNullable(countyNumberPatterns.get(county))
                .map(p -> (drill ? drillNumberPrefix : "") + fill(p, year, seq));
    }

    /** True when {@code n} is a number of a warning series, the city's or a county's (any year and sequence, drills too). */
    public boolean warningNumber(String n) {
        return series(n).isPresent();
    }

    /**
     * The warning series {@code n} belongs to: "" for the city's (number_pattern), a district's name for a county's;
     * empty when it is of neither (a temporary control's, or typed by hand in another form).
     */
    public java.util.Optional<String> series(String n) {
        String s = n.strip();
        String bare = s.startsWith(drillNumberPrefix) ? s.substring(drillNumberPrefix.length()) : s;
        if (matches(numberPattern, bare)) {
            return java.util.Optional.of("");
        }
        return countyNumberPatterns.entrySet().stream().filter(c -> matches(c.getValue(), bare)).map(java.util.Map.Entry::getKey)
                .findFirst();
    }

    private static boolean matches(String pattern, String n) {
        return n.matches(java.util.regex.Pattern.quote(pattern).replace("{year}", "\\E\\d{4}\\Q")
                .replace("{seq}", "\\E\\d+\\Q"));
    }

    private static String fill(String pattern, int year, int seq) {
        return pattern.replace("{year}", String.valueOf(year)).replace("{seq}", String.valueOf(seq));
    }

    public String number(int year, int seq) {
        return fill(numberPattern, year, seq);
    }
}
