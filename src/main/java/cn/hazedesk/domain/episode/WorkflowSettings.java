package cn.hazedesk.domain.episode;

/**
 * A city's way of running episodes (data/warning-workflow.csv): who signs at each level, after how many hours an
 * unacknowledged order is overdue, the pattern of suggested notice numbers ({year}, {seq}), the name a new episode
 * gets ({year}, {month}, {day}: the day it was opened) and what starts a drill's numbers, so that they are never
 * taken for real notices.
 */
public record WorkflowSettings(SignatoryPolicy signatories, int acknowledgeHours, String numberPattern,
                               String titlePattern, String drillNumberPrefix) {
    public WorkflowSettings {
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

    public String number(int year, int seq) {
        return numberPattern.replace("{year}", String.valueOf(year)).replace("{seq}", String.valueOf(seq));
    }
}
