package cn.hazedesk.domain.episode;

import java.util.List;

/** Why an action was refused; the words (why, and what to do instead) come from the bundles by code. */
public record EpisodeRefusal(Code code, List<String> args) {
    public enum Code {
        FINISHED, OPEN_PROPOSAL_EXISTS, NO_OPEN_PROPOSAL, NOT_APPROVED_YET, ALREADY_APPROVED, KIND_NOT_ALLOWED,
        NO_CONSULTATION, NO_FORECAST, UNKNOWN_PROFILE, CONSULT_NOT_ALLOWED, DISTRICT_MISSING, DISTRICT_BELOW_CITY,
        REASON_REQUIRED, DUST_DRIVEN, TIME_REQUIRED, TIME_ORDER, END_BEFORE_START, SAME_LEVELS, EXTEND_NOT_LATER,
        LIFT_BASIS_REQUIRED, LIFT_36H_NOT_CONFIRMED, LIFT_BEFORE_RESPONSE, NAME_REQUIRED, NUMBER_REQUIRED, PUBLISH_BEFORE_APPROVAL,
        NOT_LIFTED, SUMMARY_REQUIRED, CANCEL_NOT_DRAFT, NUMBER_TAKEN, ANOTHER_IN_FORCE, DUPLICATE_FORECAST
    }

    public EpisodeRefusal {
        args = List.copyOf(args);
    }

    public static EpisodeRefusal of(Code code, Object... args) {
        return new EpisodeRefusal(code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
