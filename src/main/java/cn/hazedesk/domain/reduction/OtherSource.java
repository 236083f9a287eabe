package cn.hazedesk.domain.reduction;

/**
 * The sources besides industry whose reductions count towards an area's target (docs/measures-and-reductions.md, "The
 * baseline and what counts").
 */
public enum OtherSource {
    /** 移动源: vehicles and non-road machinery (transport restrictions, traffic controls). */
    MOBILE,
    /** 扬尘源: construction and road dust. */
    DUST,
    /** 其他: everything else the plan counts (open burning, fireworks, ...). */
    OTHER
}
