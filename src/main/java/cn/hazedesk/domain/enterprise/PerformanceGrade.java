package cn.hazedesk.domain.enterprise;

import cn.hazedesk.domain.common.TextNormalizer;

import java.util.Optional;

/**
 * 绩效等级 as the list records it. The letter grades carry their letters; every grade's written word (引领性,
 * 未评级 …) is data ({@link ListWords}), and so are the other ways a sheet writes them (A级, 地方A, 绩效引领性: the
 * list vocabulary).
 */
public enum PerformanceGrade {
    A_PLUS("A+"),
    A("A"),
    B("B"),
    B_MINUS("B-"),
    C("C"),
    D("D"),
    LEADING(null),
    NON_LEADING(null),
    UNRATED(null);

    private final String letters;

    PerformanceGrade(String letters) {
        this.letters = letters;
    }

    /** The letters of a letter grade (A+, B-); the enum name for the others (LEADING). Not for people to read. */
    public String code() {
        return letters == null ? name() : letters;
    }

    /**
     * A letter grade as people type it (full-width letters, lower case, B－ / B− / B—) or a grade's enum name; blank
     * is 未评级. Other words are the list vocabulary's to read.
     */
    public static Optional<PerformanceGrade> parse(String raw) {
        if (raw == null) {
            return Optional.of(UNRATED);
        }
        String s = TextNormalizer.toHalfWidth(raw).replace(" ", "").trim().toUpperCase(java.util.Locale.ROOT)
                .replace('\u2212', '-').replace('\u2014', '-').replace('\u2013', '-');
        if (s.isEmpty() || s.equals("-")) {
            return Optional.of(UNRATED);
        }
        for (PerformanceGrade g : values()) {
            if (s.equals(g.letters) || g.name().equals(s)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
