package cn.hazedesk.domain.document;

/** 紧急程度 printed at the top left of a notice (GB/T 9704): none, 加急 or 特急. */
public enum Urgency {
    NONE(""),
    URGENT("加急"),
    EXTRA_URGENT("特急");

    private final String chineseName;

    Urgency(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
