package cn.hazedesk.domain.document;

import cn.hazedesk.domain.enterprise.WarningLevel;

import java.util.Objects;

/** One area (a district's name) and the warning level it is at. */
public record AreaLevel(String area, WarningLevel level) {
    public AreaLevel {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(level, "level");
    }
}
