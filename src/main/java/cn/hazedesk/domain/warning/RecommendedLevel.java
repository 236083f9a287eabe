package cn.hazedesk.domain.warning;

/** What the criteria recommend for an area, lowest first. TEMP_CONTROL (轻中度污染临时管控) is not a warning. */
public enum RecommendedLevel {
    NONE, TEMP_CONTROL, YELLOW, ORANGE, RED
}
