package cn.hazedesk.domain.measure;

/** Which rule chose the measure of a line at a level (checked in this order). */
public enum MeasureRule {
    /** 长期停产 enterprise: listed, not counted (it emits nothing to cut). */
    LONG_TERM_SHUTDOWN,
    /** 豁免 exempt at this level per the exemption policy. */
    EXEMPT,
    /**
     * A 保障类 line without a written measure, or one the exemption policy exempts at this level: it produces only what
     * its protection task needs (按保障任务量生产 / 以热定产); not counted, never "exempt from stopping or limiting".
     */
    PROTECTION_TASK,
    /** A+, A, 引领性: 自主减排, never counted. */
    VOLUNTARY_GRADE,
    /** The measure written on the line in the list (the city list overrides the default). */
    LINE_MEASURE,
    /** An ungraded (未评级) firm of a key industry: the industry's lowest grade in the matrix (D if none). */
    UNGRADED_KEY_INDUSTRY,
    /** The matrix default for the industry, grade and level. */
    MATRIX_DEFAULT,
    /** Nothing applies: no line measure and no matrix row; nothing is counted. */
    NO_MEASURE
}
