package cn.hazedesk.domain.enterprise;

import java.util.Arrays;
import java.util.Optional;

/** What kind of measure a production line takes at a level. */
public enum MeasureType {
    STOP("停产"),
    CAP("限产"),
    EXTEND_COKING("延长结焦时间"),
    STAGGER("错峰"),
    TRANSPORT("运输管控"),
    VOLUNTARY("自主减排"),
    OTHER("其他");

    private final String chineseName;

    MeasureType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /**
     * The type a measure text most likely means, for lists that give only the text: 自主减排 → VOLUNTARY,
     * 结焦 → EXTEND_COKING, 停产 → STOP (unless 限产 or a share of lines), 限产 → CAP, 错峰 → STAGGER,
     * 运输/车辆 → TRANSPORT; anything else (or nothing) → OTHER.
     */
    public static MeasureType guessFromText(String text) {
        if (text == null || text.isBlank()) {
            return OTHER;
        }
        if (text.contains("自主")) {
            return VOLUNTARY;
        }
        if (text.contains("结焦") || text.contains("出焦")) {
            return EXTEND_COKING;
        }
        if (text.contains("限产") || text.contains("%") || text.contains("％")) {
            return CAP;
        }
        if (text.contains("停产")) {
            return STOP;
        }
        if (text.contains("错峰")) {
            return STAGGER;
        }
        if (text.contains("运输") || text.contains("车辆") || text.contains("国四")) {
            return TRANSPORT;
        }
        return OTHER;
    }

    public static Optional<MeasureType> byChineseName(String name) {
        return Arrays.stream(values()).filter(t -> t.chineseName.equals(name)).findFirst();
    }
}
