package cn.hazedesk.domain.measure;

import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.WarningLevel;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Up to which warning level 豁免 and 保障类 enterprises are exempt (data/exemptions.csv). A control type without
 * a level is never exempt by this rule. Defaults: 豁免 exempt at every level (up to RED); 保障类 not exempt by
 * level, because a protected firm produces only what its protection task needs and the list writes that on the
 * line: the line's measure applies, and a protected line without a written measure is exempt.
 */
public record ExemptionPolicy(Map<ControlType, WarningLevel> exemptUpTo) {
    public ExemptionPolicy {
        exemptUpTo = exemptUpTo.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(exemptUpTo));
    }

    public static ExemptionPolicy defaults() {
        return new ExemptionPolicy(Map.of(ControlType.EXEMPT, WarningLevel.RED));
    }

    public Optional<WarningLevel> upTo(ControlType type) {
        return Optional.ofNullable(exemptUpTo.get(type));
    }

    public boolean exempt(ControlType type, WarningLevel level) {
        WarningLevel limit = exemptUpTo.get(type);
        return limit != null && level.ordinal() <= limit.ordinal();
    }
}
