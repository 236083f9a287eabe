package cn.hazedesk.domain.enterprise;

/** What kind of measure a production line takes at a level; its words are data ({@link ListWords}). */
public enum MeasureType {
    STOP,
    CAP,
    EXTEND_COKING,
    STAGGER,
    TRANSPORT,
    VOLUNTARY,
    OTHER
}
