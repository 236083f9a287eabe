package cn.hazedesk.domain.episode;

/** Why a warning is lifted (docs/warning-criteria.md, "Lifting"). */
public enum LiftBasis {
    /** The forecast stays below the yellow criteria for at least 36 hours. */
    BELOW_CRITERIA,
    /** The provincial or regional authority that caused the warning lifted it. */
    AUTHORITY_LIFTED
}
