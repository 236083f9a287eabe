package cn.hazedesk.domain.episode;

/**
 * Why an episode action was refused: the codes of the episode's own set. A refusal is an
 * {@link cn.hazedesk.domain.common.Outcome.Refusal} carrying one of these with its facts; the words (why, and what to
 * do instead) come from the bundles under {@code refusal.EpisodeRefusal.<code>}.
 */
public enum EpisodeRefusal {
    FINISHED, OPEN_PROPOSAL_EXISTS, NO_OPEN_PROPOSAL, NOT_APPROVED_YET, ALREADY_APPROVED, KIND_NOT_ALLOWED,
    NO_CONSULTATION, NO_FORECAST, UNKNOWN_PROFILE, CONSULT_NOT_ALLOWED, DISTRICT_MISSING, DISTRICT_BELOW_CITY,
    REASON_REQUIRED,
    /** A proposed level differs from the recommendation and no reason says why: area, recommended, proposed. */
    LEVEL_REASON_REQUIRED,
    DUST_DRIVEN, TIME_REQUIRED, TIME_ORDER, END_BEFORE_START, SAME_LEVELS, EXTEND_NOT_LATER,
    LIFT_BASIS_REQUIRED, LIFT_36H_NOT_CONFIRMED, LIFT_BEFORE_RESPONSE, NAME_REQUIRED, NUMBER_REQUIRED,
    PUBLISH_BEFORE_APPROVAL, NOT_LIFTED, SUMMARY_REQUIRED, CANCEL_NOT_DRAFT, NUMBER_TAKEN, ANOTHER_IN_FORCE,
    DUPLICATE_FORECAST,
    /** A temporary control (not a warning) given a number of the warning series: the number. */
    WARNING_NUMBER_FOR_TEMP_CONTROL,
    /** One county's own notice (under its plan) given a number of the city's series: the number, the county. */
    CITY_NUMBER_FOR_COUNTY,
    /** The city's notice given a number of a county's own series: the number, that county. */
    COUNTY_NUMBER_FOR_CITY,
    /** The summary report is numbered only for an episode that was issued: the phase it is in. */
    SUMMARY_NOT_ISSUED
}
