package cn.hazedesk.domain.episode;

/**
 * What an accepted episode action did: the episode after it, and what the audit trail records of it.
 *
 * @param action audit action code, e.g. episode.propose; {@code before}/{@code after} one-line state summaries
 */
public record EpisodeChange(Episode episode, String action, String before, String after, String detail) {
}
