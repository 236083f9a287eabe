package cn.hazedesk.domain.enterprise;

/**
 * The road-freight rule that goes with a measure (docs/measures-and-reductions.md, "The transport rule of a line and of
 * an order"): counted as a mobile-source measure, not here. Ordered from the mildest to the strictest: an order states
 * one rule, the strictest of its lines. Worded by the bundles (measure.transport.*) on screen and by
 * data/documents/phrases.txt in an order.
 */
public enum TransportRule {
    NONE,
    /** No 国四及以下 (China IV and older) heavy trucks, gas trucks included. */
    NO_CHINA_IV_OR_OLDER,
    /** 停止公路运输: no road freight at all. */
    NO_ROAD_TRANSPORT;

    /** The stricter of two rules. */
    public TransportRule strictest(TransportRule other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
