package cn.hazedesk.domain.enterprise;

import cn.hazedesk.domain.common.TextNormalizer;

import java.util.Optional;

/**
 * 绩效等级 as the list records it. The grading issue turns this into a history of reviewed grade records;
 * until then it is the grade written on the list.
 */
public enum PerformanceGrade {
    A_PLUS("A+"),
    A("A"),
    B("B"),
    B_MINUS("B-"),
    C("C"),
    D("D"),
    LEADING("引领性"),
    NON_LEADING("非引领性"),
    UNRATED("未评级");

    private final String label;

    PerformanceGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the label as people type it: full-width letters, B－ / B− / B—, 绩效引领性, and blank for 未评级. */
    public static Optional<PerformanceGrade> parse(String raw) {
        if (raw == null) {
            return Optional.of(UNRATED);
        }
        String s = TextNormalizer.toHalfWidth(raw).replace(" ", "").trim().toUpperCase(java.util.Locale.ROOT)
                .replace('\u2212', '-').replace('\u2014', '-').replace('\u2013', '-');
        if (s.length() <= 3 && s.endsWith("级") && s.charAt(0) < 128) {
            s = s.substring(0, s.length() - 1); // "A级", "B-级"
        }
        if (s.isEmpty() || s.equals("未评级") || s.equals("未分级") || s.equals("-")) {
            return Optional.of(UNRATED);
        }
        if (s.equals("绩效引领性") || s.equals("引领性")) {
            return Optional.of(LEADING);
        }
        if (s.equals("非引领性") || s.equals("绩效非引领性")) {
            return Optional.of(NON_LEADING);
        }
        for (PerformanceGrade g : values()) {
            if (g.label.equals(s) || g.name().equals(s)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
