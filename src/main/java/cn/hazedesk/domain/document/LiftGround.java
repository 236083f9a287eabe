package cn.hazedesk.domain.document;

/** The basis a lift notice states: the one actually used when the lift was approved. */
public enum LiftGround {
    /** The forecast stays below the start criteria for at least the required hours (36 h). */
    CONDITIONS_MET,
    /** The forecast stays below them for fewer hours; the officer confirmed lifting anyway. */
    SHORTFALL_CONFIRMED,
    /** The provincial or regional authority whose notice caused the warning lifted it. */
    AUTHORITY_LIFTED
}
