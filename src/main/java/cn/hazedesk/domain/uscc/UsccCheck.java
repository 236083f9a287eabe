package cn.hazedesk.domain.uscc;

import java.util.Optional;

/** The outcome of checking one code: what was given, its normalised form, and the problem if any. */
public record UsccCheck(String input, String normalized, Optional<UsccProblem> problem) {
    public boolean valid() {
        return problem.isEmpty();
    }
}
