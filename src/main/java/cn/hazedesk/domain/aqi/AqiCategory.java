package cn.hazedesk.domain.aqi;

/** The six AQI categories (HJ 633, 表2), with the standard's names and colours. */
public enum AqiCategory {
    EXCELLENT(50, "一级", "优", "#00E400"),
    GOOD(100, "二级", "良", "#FFFF00"),
    LIGHTLY_POLLUTED(150, "三级", "轻度污染", "#FF7E00"),
    MODERATELY_POLLUTED(200, "四级", "中度污染", "#FF0000"),
    HEAVILY_POLLUTED(300, "五级", "重度污染", "#99004C"),
    SEVERELY_POLLUTED(Integer.MAX_VALUE, "六级", "严重污染", "#7E0023");

    private final int upperBound;
    private final String grade;
    private final String chineseName;
    private final String colour;

    AqiCategory(int upperBound, String grade, String chineseName, String colour) {
        this.upperBound = upperBound;
        this.grade = grade;
        this.chineseName = chineseName;
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

    public String grade() {
        return grade;
    }

    public String chineseName() {
        return chineseName;
    }

    public String colour() {
        return colour;
    }
}
