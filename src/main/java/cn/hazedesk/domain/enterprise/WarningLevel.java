package cn.hazedesk.domain.enterprise;

/**
 * The three warning levels, low to high. Their words (黄色, and the emergency-response grades Ⅲ/Ⅱ/Ⅰ级) are the
 * bundles' enum.WarningLevel.* on screen and data/documents/phrases.txt in documents.
 */
public enum WarningLevel {
    YELLOW,
    ORANGE,
    RED;
}
