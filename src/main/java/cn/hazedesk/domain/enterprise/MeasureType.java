package cn.hazedesk.domain.enterprise;

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

    public static Optional<MeasureType> byChineseName(String name) {
        for (MeasureType t : values()) {
            if (t.chineseName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
