package cn.hazedesk.domain.document;

/** 紧急程度 printed at the top left of a notice (GB/T 9704): none, 加急 or 特急
 * (the words: data/documents/phrases.txt). */
public enum Urgency {
    NONE,
    URGENT,
    EXTRA_URGENT;
}
