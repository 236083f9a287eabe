package cn.hazedesk.domain.reduction;

/**
 * Whether a region meets its reduction target. MET and SHORT are said only against the area's total emissions (the
 * city's inventory; docs/measures-and-reductions.md, "The arithmetic"): while an area has no inventory row its baseline
 * is the list's own total, which is not 全社会排放量, so the verdict is UNKNOWN (待核定) whatever the figure; a zero baseline is
 * UNKNOWN too, so an empty list is never 达标.
 */
public enum Verdict { MET, SHORT, UNKNOWN }
