package cn.hazedesk.domain.document;

import cn.hazedesk.domain.enterprise.WarningLevel;

import java.util.Objects;

/**
 * One area whose level an adjustment changed, with its old and new level; {@code area} null means the whole city
 * (every district changed alike).
 */
public record LevelChange(String area, WarningLevel before, WarningLevel after) {
    public LevelChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before == after) {
            throw new IllegalArgumentException("a change changes the level: " + before);
        }
    }

    public boolean upgrade() {
        return after.ordinal() > before.ordinal();
    }
}
