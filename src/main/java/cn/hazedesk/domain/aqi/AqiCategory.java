package cn.hazedesk.domain.aqi;

/**
 * The six AQI categories (HJ 633, 表2: 一级 to 六级) with the standard's colours. Their names (优 … 严重污染) are the
 * bundles' aqi.category.* (docs/aqi.md).
 */
public enum AqiCategory {
    EXCELLENT(50, "#00E400"),
    GOOD(100, "#FFFF00"),
    LIGHTLY_POLLUTED(150, "#FF7E00"),
    MODERATELY_POLLUTED(200, "#FF0000"),
    HEAVILY_POLLUTED(300, "#99004C"),
    SEVERELY_POLLUTED(Integer.MAX_VALUE, "#7E0023");

    private final int upperBound;
    private final String colour;

    AqiCategory(int upperBound, String colour) {
        this.upperBound = upperBound;
        this.colour = colour;
    }

    public static AqiCategory of(int aqi) {
        for (AqiCategory c : values()) {
            if (aqi <= c.upperBound) {
                return c;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    public String colour() {
        return colour;
    }
}
