package cn.hazedesk.domain.enterprise;

import java.util.Arrays;
import java.util.Optional;

/** How an enterprise is handled in the list (管控类型). */
public enum ControlType {
    KEY_INDUSTRY("重点行业"),
    GENERAL("一般"),
    PROTECTED("保障类"),
    EXEMPT("豁免"),
    LONG_TERM_SHUTDOWN("长期停产");

    private final String chineseName;

    ControlType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<ControlType> byChineseName(String name) {
        return Arrays.stream(values()).filter(t -> t.chineseName.equals(name)).findFirst();
    }
}
