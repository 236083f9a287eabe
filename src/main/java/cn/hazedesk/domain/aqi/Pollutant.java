package cn.hazedesk.domain.aqi;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The six daily AQI indicators (HJ 633-2026 §4): 24-hour means, and the daily maximum 8-hour O3.
 * {@code decimals} is how the daily concentration is rounded before use (GB/T 8170): whole µg/m³,
 * CO one decimal in mg/m³.
 */
public enum Pollutant {
    PM2_5("PM2.5", "µg/m³", 0),
    PM10("PM10", "µg/m³", 0),
    SO2("SO2", "µg/m³", 0),
    NO2("NO2", "µg/m³", 0),
    CO("CO", "mg/m³", 1),
    O3_8H("O3_8h", "µg/m³", 0);

    private final String label;
    private final String unit;
    private final int decimals;

    Pollutant(String label, String unit, int decimals) {
        this.label = label;
        this.unit = unit;
        this.decimals = decimals;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public int decimals() {
        return decimals;
    }

    /** The IAQI levels shared by every pollutant's breakpoint row. */
    static final int[] IAQI_LEVELS = {0, 50, 100, 150, 200, 300, 400, 500};

    /** Concentration breakpoints for this pollutant in the given edition (HJ 633 表1/表3). */
    BigDecimal[] breakpoints(AqiStandard standard) {
        return switch (this) {
            case PM2_5 -> standard == AqiStandard.HJ633_2012
                    ? bp(0, 35, 75, 115, 150, 250, 350, 500)
                    : bp(0, 35, 60, 115, 150, 250, 350, 500);
            case PM10 -> standard == AqiStandard.HJ633_2012
                    ? bp(0, 50, 150, 250, 350, 420, 500, 600)
                    : bp(0, 50, 120, 250, 350, 420, 500, 600);
            case SO2 -> bp(0, 50, 150, 475, 800, 1600, 2100, 2620);
            case NO2 -> bp(0, 40, 80, 180, 280, 565, 750, 940);
            case CO -> bp(0, 2, 4, 14, 24, 36, 48, 60);
            case O3_8H -> bp(0, 100, 160, 215, 265, 800);
        };
    }

    private static BigDecimal[] bp(int... values) {
        BigDecimal[] r = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            r[i] = BigDecimal.valueOf(values[i]);
        }
        return r;
    }

    /** Accepts the enum name (PM2_5, O3_8H) or the label (PM2.5, O3_8h), in any case. */
    public static Optional<Pollutant> parse(String name) {
        for (Pollutant p : values()) {
            if (p.name().equalsIgnoreCase(name) || p.label.equalsIgnoreCase(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
