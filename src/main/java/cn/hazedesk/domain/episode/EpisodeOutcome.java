package cn.hazedesk.domain.episode;

/** An action's result: the episode after it with what to write to the audit trail, or the refusal (nothing changed). */
public sealed interface EpisodeOutcome {
    /** @param action audit action code, e.g. episode.propose; {@code before}/{@code after} one-line state summaries */
    record Done(Episode episode, String action, String before, String after, String detail) implements EpisodeOutcome {
    }

    record Refused(EpisodeRefusal refusal) implements EpisodeOutcome {
    }

    default boolean accepted() {
        return this instanceof Done;
    }
}
