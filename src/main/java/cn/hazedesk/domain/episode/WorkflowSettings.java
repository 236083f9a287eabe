package cn.hazedesk.domain.episode;

/**
 * A city's way of running episodes (data/warning-workflow.csv): who signs at each level, after how many hours an
 * unacknowledged order is overdue, and the pattern of suggested notice numbers ({year}, {seq}).
 */
public record WorkflowSettings(SignatoryPolicy signatories, int acknowledgeHours, String numberPattern) {
    public WorkflowSettings {
        if (acknowledgeHours < 1) {
            throw new IllegalArgumentException("acknowledge_hours must be at least 1");
        }
        if (!numberPattern.contains("{seq}")) {
            throw new IllegalArgumentException("number_pattern must contain {seq}");
        }
    }

    public String number(int year, int seq) {
        return numberPattern.replace("{year}", String.valueOf(year)).replace("{seq}", String.valueOf(seq));
    }
}
