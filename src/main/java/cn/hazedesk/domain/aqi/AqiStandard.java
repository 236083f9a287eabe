package cn.hazedesk.domain.aqi;

import java.util.Optional;

/** The edition of 《环境空气质量指数（AQI）技术规定》 whose breakpoints apply. */
public enum AqiStandard {
    /** HJ 633-2012, in force until 2026-02-28. */
    HJ633_2012("2012"),
    /** HJ 633-2026, in force from 2026-03-01 (the default). */
    HJ633_2026("2026");

    private final String year;

    AqiStandard(String year) {
        this.year = year;
    }

    public String year() {
        return year;
    }

    public static AqiStandard defaultStandard() {
        return HJ633_2026;
    }

    public static Optional<AqiStandard> byYear(String year) {
        for (AqiStandard s : values()) {
            if (s.year.equals(year)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
