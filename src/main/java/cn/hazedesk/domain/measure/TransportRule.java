package cn.hazedesk.domain.measure;

import java.util.Optional;

/**
 * The road-freight rule that goes with a measure (DOMAIN.md §3.3): counted as a mobile-source measure, not here.
 * Ordered from the mildest to the strictest: an order states one rule, the strictest of its lines.
 */
public enum TransportRule {
    NONE("无"),
    /** No 国四及以下 (China IV and older) heavy trucks, gas trucks included. */
    NO_CHINA_IV_OR_OLDER("禁止国四及以下重型载货车辆运输"),
    /** 停止公路运输: no road freight at all. */
    NO_ROAD_TRANSPORT("停止公路运输");

    private final String chineseName;

    TransportRule(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The stricter of two rules. */
    public TransportRule strictest(TransportRule other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }

    /**
     * The rule a measure text written by the city states, if any: 停止公路运输 (or 禁止公路运输) → NO_ROAD_TRANSPORT;
     * 国四 (国Ⅳ, 国4) → NO_CHINA_IV_OR_OLDER. A line whose own measure names a rule keeps it, so the order never
     * states a different one next to it.
     */
    public static Optional<TransportRule> mentionedIn(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (text.contains("停止公路运输") || text.contains("禁止公路运输") || text.contains("停止汽车运输")) {
            return Optional.of(NO_ROAD_TRANSPORT);
        }
        if (text.contains("国四") || text.contains("国Ⅳ") || text.contains("国4") || text.contains("国IV")) {
            return Optional.of(NO_CHINA_IV_OR_OLDER);
        }
        return Optional.empty();
    }
}
