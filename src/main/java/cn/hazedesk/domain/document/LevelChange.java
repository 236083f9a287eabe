package cn.hazedesk.domain.document;

import cn.hazedesk.domain.enterprise.WarningLevel;

import java.util.Objects;

/**
 * One area whose level an adjustment changed, with its old and new level; {@code area} null means the whole city
 * (every district changed alike). Under a county plan a district may have no level: {@code before} null is a warning
 * started there, {@code after} null one ended there (never both).
 */
public record LevelChange(String area, WarningLevel before, WarningLevel after) {
    public LevelChange {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs a level before or after");
        }
        if (before == after) {
            throw new IllegalArgumentException("a change changes the level: " + before);
        }
    }

    public boolean upgrade() {
        return rank(after) > rank(before);
    }

    /** True when the area had no level before (a warning started there) or has none after (ended there). */
    public boolean startsOrEnds() {
        return before == null || after == null;
    }

    private static int rank(WarningLevel l) {
        return l == null ? -1 : l.ordinal();
    }
}
