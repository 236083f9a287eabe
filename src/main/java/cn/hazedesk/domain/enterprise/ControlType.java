package cn.hazedesk.domain.enterprise;

/** How an enterprise is handled in the list (管控类型); its words are data ({@link ListWords}). */
public enum ControlType {
    KEY_INDUSTRY,
    GENERAL,
    PROTECTED,
    EXEMPT,
    LONG_TERM_SHUTDOWN
}
