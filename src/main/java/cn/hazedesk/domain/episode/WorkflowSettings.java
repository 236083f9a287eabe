package cn.hazedesk.domain.episode;

/**
 * A city's way of running episodes (data/warning-workflow.csv): who signs at each level, after how many hours an
 * unacknowledged order is overdue, the pattern of suggested notice numbers ({year}, {seq}), the name a new episode
 * gets ({year}, {month}, {day}: the day it was opened) and what starts a drill's numbers, so that they are never
 * taken for real notices; the pattern of a temporary control's notice numbers (轻中度污染临时管控: its own series,
 * never the warnings').
 */
public record WorkflowSettings(SignatoryPolicy signatories, int acknowledgeHours, String numberPattern,
                               String titlePattern, String drillNumberPrefix, String tempControlNumberPattern) {
    public WorkflowSettings {
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

    /** True when {@code n} is a number of the warnings' series (by number_pattern, any year and sequence, drills too). */
    public boolean warningNumber(String n) {
        String s = n.strip();
        s = s.startsWith(drillNumberPrefix) ? s.substring(drillNumberPrefix.length()) : s;
        return s.matches(java.util.regex.Pattern.quote(numberPattern).replace("{year}", "\\E\\d{4}\\Q")
                .replace("{seq}", "\\E\\d+\\Q"));
    }

    private static String fill(String pattern, int year, int seq) {
        return pattern.replace("{year}", String.valueOf(year)).replace("{seq}", String.valueOf(seq));
    }

    public String number(int year, int seq) {
        return numberPattern.replace("{year}", String.valueOf(year)).replace("{seq}", String.valueOf(seq));
    }
}
